package dev.wafer.bot.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wafer.bot.format.FollowText;
import dev.wafer.bot.settings.ServerSettingsStore;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.follow.TopicMatcher;
import dev.wafer.retrieval.index.IndexProgress;
import dev.wafer.testkit.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following stories over a real library in a temp folder: one update per story, never twice. */
class FollowsTest {

    private static final Instant START = Instant.parse("2026-11-02T12:00:00Z");
    private static final Follows.Place NEWSROOM = Follows.Place.channel(10L, 20L, 30L);

    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock(START);
    private NewsLibrary library;

    /** Sends to a list, or refuses to when told to. */
    private static final class Channel implements Follows.Delivery {
        final List<String> posted = new ArrayList<>();
        boolean down;

        @Override
        public boolean reaches(Follow follow) {
            return true;
        }

        @Override
        public void send(Follows.Update update) {
            if (down) {
                throw new IllegalStateException("Discord said no");
            }
            posted.add(FollowText.discord(update));
        }
    }

    @BeforeEach
    void open() {
        library = NewsLibrary.open(DataFolder.open(folder), NewsLibrary.Options.defaults().withStarter(false));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Follows follows() {
        return new Follows(new FollowBook(library.folder().follows()), library.store(),
                new TopicMatcher(library.passages(), library.store()::get), clock,
                new ServerSettingsStore(library.folder().servers()), 5);
    }

    private Article article(String slug, String publisher, String title, String body) {
        return Article.of("https://news.example/" + slug, title, publisher, null, clock.instant().minusSeconds(3600), body,
                clock.instant());
    }

    /** What a refresh an hour later brings: the licence story from two outlets, and news of something else. */
    private void refreshBringsTheLicenceStory() {
        clock.advance(Duration.ofHours(1));
        library.ingest(List.of(
                article("reuters-h20", "Reuters", "US tells Nvidia H20 exports to China now need a licence",
                        "The US Commerce Department told Nvidia that exports of its H20 chips to China now require a licence."
                                + " Nvidia said the rule applies indefinitely."),
                article("ft-h20", "Financial Times", "Nvidia H20 exports to China need a US licence",
                        "The US Commerce Department has told Nvidia that exports of its H20 chips to China require a licence,"
                                + " the company said. Analysts expect a large charge."),
                article("tsmc-az", "Nikkei Asia", "TSMC pulls forward 3nm output in Arizona",
                        "TSMC will start 3-nanometre production at its second Arizona fab in 2027, a year early.")),
                IndexProgress.NONE);
    }

    @Test
    void aRefreshBringsOneUpdatePerStoryCitedWithTheOtherOutletsCounted() {
        library.ingest(List.of(article("old-h20", "Bloomberg", "Nvidia H20 export licence: the story so far",
                "Nvidia's H20 export licence has been debated for months.")), IndexProgress.NONE);
        clock.advance(Duration.ofMinutes(1));
        Follows follows = follows();
        follows.follow(NEWSROOM, "H20 export licence", null, null);
        refreshBringsTheLicenceStory();
        Channel channel = new Channel();

        assertThat(follows.deliver(channel)).isEqualTo(1);

        assertThat(channel.posted).singleElement().satisfies(message -> {
            assertThat(message).startsWith("**Update on “H20 export licence”:** The US Commerce Department")
                    .contains("(<https://news.example/").contains("(+1 outlet)").doesNotContain("TSMC")
                    .doesNotContain("story so far");
            assertThat(message.length()).isLessThan(2000);
        });
        assertThat(follows.following(NEWSROOM).getFirst().lastUpdate()).isEqualTo(clock.instant());
    }

    @Test
    void nothingIsPostedTwiceNotAfterTheNextRefreshNorAfterARestart() {
        follows().follow(NEWSROOM, "H20 export licence", null, null);
        refreshBringsTheLicenceStory();
        Channel channel = new Channel();
        assertThat(follows().deliver(channel)).isEqualTo(1);

        clock.advance(Duration.ofHours(1));
        library.ingest(List.of(article("verge-h20", "The Verge", "Nvidia's H20 now needs an export licence for China",
                "The US Commerce Department told Nvidia that exports of its H20 chips to China now require a licence.")),
                IndexProgress.NONE);

        assertThat(follows().deliver(channel)).as("a later report of a posted story, read by a restarted process").isZero();
        assertThat(channel.posted).hasSize(1);
    }

    @Test
    void anUpdateThatCouldNotBeSentIsSentAfterTheNextRefreshInstead() {
        Follows follows = follows();
        follows.follow(NEWSROOM, "H20 export licence", null, null);
        refreshBringsTheLicenceStory();
        Channel channel = new Channel();
        channel.down = true;

        assertThat(follows.deliver(channel)).isZero();
        channel.down = false;

        assertThat(follows.deliver(channel)).isEqualTo(1);
    }

    @Test
    void minOutletsHoldsAStoryUntilEnoughIndependentOutletsReportIt() {
        Follows follows = follows();
        follows.follow(NEWSROOM, "H20 export licence", 3, null);
        refreshBringsTheLicenceStory();
        Channel channel = new Channel();

        assertThat(follows.deliver(channel)).as("two outlets of three").isZero();

        clock.advance(Duration.ofHours(1));
        library.ingest(List.of(article("wsj-h20", "The Wall Street Journal", "Nvidia must get a licence to sell H20 in China",
                "Nvidia must now obtain a US licence before it exports H20 chips to China, the Commerce Department said.")),
                IndexProgress.NONE);

        assertThat(follows.deliver(channel)).isEqualTo(1);
        assertThat(channel.posted.getFirst()).contains("(+2 outlets)");
    }

    @Test
    void quietHoursHoldUpdatesUntilTheyEnd() {
        clock.advance(Duration.ofHours(10)); // 22:00 UTC
        Follows follows = follows();
        follows.follow(NEWSROOM, "H20 export licence", null, "22-07");
        refreshBringsTheLicenceStory(); // 23:00 UTC
        Channel channel = new Channel();

        assertThat(follows.deliver(channel)).isZero();
        clock.advance(Duration.ofHours(8)); // 07:00 UTC

        assertThat(follows.deliver(channel)).isEqualTo(1);
    }

    @Test
    void limitsPerMemberAndDuplicatesAreRefusedInPlainWords() {
        Follows follows = follows();
        follows.follow(NEWSROOM, "H20 export licence", null, null);
        assertThatThrownBy(() -> follows.follow(NEWSROOM, "h20  Export licence", null, null))
                .hasMessage("This channel already follows “H20 export licence”.");
        for (String topic : List.of("TSMC Arizona", "Intel 18A", "Samsung HBM4", "AMD MI350")) {
            follows.follow(NEWSROOM, topic, null, null);
        }

        assertThatThrownBy(() -> follows.follow(Follows.Place.channel(10L, 21L, 30L), "Huawei Ascend", null, null))
                .hasMessageStartingWith("You already follow 5 stories in this server, the limit per member");
        assertThatThrownBy(() -> follows.follow(NEWSROOM, "Huawei Ascend", null, "22-22"))
                .hasMessageStartingWith("quiet:");
        assertThat(follows.follow(Follows.Place.directMessages(30L), "Huawei Ascend", 2, "22-07").options())
                .isEqualTo("at least 2 outlets, quiet 22:00–07:00 UTC");
        assertThat(follows.unfollow(NEWSROOM, "intel 18a")).isPresent();
        assertThat(follows.following(NEWSROOM)).hasSize(4);
        assertThat(follows().all()).hasSize(5);
    }

    @Test
    void theLimitInDirectMessagesIsANumberOrOffAndOffKeepsTheConsole() {
        assertThat(Follows.inDirectMessages(Map.of())).isEqualTo(Follows.DEFAULT_IN_DIRECT_MESSAGES);
        assertThat(Follows.inDirectMessages(Map.of(Follows.IN_DIRECT_MESSAGES_ENV, " 12 "))).isEqualTo(12);
        assertThat(Follows.inDirectMessages(Map.of(Follows.IN_DIRECT_MESSAGES_ENV, "Off"))).isZero();
        assertThatThrownBy(() -> Follows.inDirectMessages(Map.of(Follows.IN_DIRECT_MESSAGES_ENV, "lots")))
                .hasMessage("WAFER_FOLLOWS_IN_DMS takes 1 to 25 (stories one person may follow in direct messages), or off,"
                        + " was 'lots'.");

        Follows off = new Follows(new FollowBook(library.folder().follows()), library.store(),
                new TopicMatcher(library.passages(), library.store()::get), clock,
                new ServerSettingsStore(library.folder().servers()), 0);
        assertThatThrownBy(() -> off.follow(Follows.Place.directMessages(42L), "H20 export licence", null, null))
                .hasMessageStartingWith("Following stories in direct messages is switched off");
        assertThat(off.follow(Follows.Place.CONSOLE, "H20 export licence", null, null).onConsole()).isTrue();
        assertThat(off.follow(NEWSROOM, "H20 export licence", null, null).inChannel()).isTrue();
        assertThat(off.all()).hasSize(2);
    }
}
