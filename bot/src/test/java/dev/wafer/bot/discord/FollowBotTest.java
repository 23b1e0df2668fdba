package dev.wafer.bot.discord;

import static dev.wafer.bot.discord.FakeDiscord.BOT;
import static dev.wafer.bot.discord.FakeDiscord.CHANNEL;
import static dev.wafer.bot.discord.FakeDiscord.MODERATOR_ROLE;
import static dev.wafer.bot.discord.FakeDiscord.option;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.wafer.bot.app.NewsModeratorActions;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.discord.FakeDiscord.Call;
import dev.wafer.bot.feedback.VoteStore;
import dev.wafer.bot.follow.Follow;
import dev.wafer.bot.follow.FollowBook;
import dev.wafer.bot.follow.Follows;
import dev.wafer.bot.settings.ServerSettingsStore;
import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.follow.TopicMatcher;
import dev.wafer.testkit.LoopbackServer;
import dev.wafer.testkit.LoopbackServer.Reply;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Following a story with the real JDA against the fake Discord on 127.0.0.1: a moderator follows a
 * topic, a /refresh reads two outlets' feeds on a loopback news site, and the channel gets exactly one
 * update for the story both carry — nothing again after a restart, and no follow once the server removes Wafer.
 */
class FollowBotTest {

    private static final Duration ANSWERED = Duration.ofSeconds(60);

    @TempDir
    Path data;

    /** Two outlets on the H20 licence story, one of them also on something else. */
    static LoopbackServer storySite() {
        LoopbackServer site = LoopbackServer.start();
        String base = site.base();
        site.route("/reuters.xml", request -> Reply.ok("application/rss+xml; charset=utf-8", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Reuters</title>
                <item><title>US tells Nvidia H20 exports to China now need a licence</title><link>%1$s/reuters/h20</link>
                <pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate><description>A new licence rule.</description></item>
                <item><title>TSMC pulls forward 3nm output at its second Arizona fab</title><link>%1$s/reuters/tsmc</link>
                <pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate><description>Arizona.</description></item>
                </channel></rss>""".formatted(base)));
        site.route("/ft.xml", request -> Reply.ok("application/rss+xml; charset=utf-8", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Financial Times</title>
                <item><title>Nvidia H20 exports to China need a US licence</title><link>%1$s/ft/h20</link>
                <pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate><description>The licence rule.</description></item>
                </channel></rss>""".formatted(base)));
        site.route("/reuters/h20", request -> page("Reuters", "US tells Nvidia H20 exports to China now need a licence",
                "The US Commerce Department told Nvidia that exports of its H20 chips to China now require a licence.",
                "Nvidia said the rule applies indefinitely and covers every customer in the country."));
        site.route("/ft/h20", request -> page("Financial Times", "Nvidia H20 exports to China need a US licence",
                "The US Commerce Department has told Nvidia that exports of its H20 chips to China require a licence, the company said.",
                "Analysts expect a large charge on inventory."));
        site.route("/reuters/tsmc", request -> page("Reuters", "TSMC pulls forward 3nm output at its second Arizona fab",
                "TSMC will start 3-nanometre production at its second fab in Phoenix, Arizona, in 2027, a year early.",
                "Equipment move-in began this month."));
        return site;
    }

    private static Reply page(String outlet, String title, String lead, String more) {
        return Reply.ok("text/html; charset=utf-8", """
                <html><head><meta property="og:site_name" content="%s"><title>%s</title></head><body><article>
                <h1>%s</h1><p>%s</p><p>%s</p></article></body></html>""".formatted(outlet, title, title, lead, more));
    }

    static Follows follows(NewsLibrary library) {
        return follows(library, 5);
    }

    /** @param inDirectMessages {@code WAFER_FOLLOWS_IN_DMS}: 0 is off */
    private static Follows follows(NewsLibrary library, int inDirectMessages) {
        return new Follows(new FollowBook(library.folder().follows()), library.store(),
                new TopicMatcher(library.passages(), library.store()::get), Clock.systemUTC(),
                new ServerSettingsStore(library.folder().servers()), inDirectMessages);
    }

    static WaferBot.Services services(NewsLibrary library, Path votes) {
        return services(library, votes, follows(library));
    }

    private static WaferBot.Services services(NewsLibrary library, Path votes, Follows follows) {
        return new WaferBot.Services((question, partial) -> { throw new AssertionError("no questions here"); }, () -> null,
                new NewsModeratorActions(library, WaferServices.feedRefresher(library)), VoteStore.open(votes),
                Clock.systemUTC(), (topic, since, until) -> null, null, null,
                new ServerSettingsStore(library.folder().servers()), follows);
    }

    /** The loopback site's two feeds, and none of the real default ones. */
    static void readsOnly(NewsLibrary library, LoopbackServer site) {
        var feeds = WaferServices.feedRefresher(library).feedList();
        feeds.load().forEach(feed -> feeds.remove(feed.url()));
        feeds.add(site.base() + "/reuters.xml", false);
        feeds.add(site.base() + "/ft.xml", false);
    }

    @Test
    void aRefreshPostsOneUpdatePerStoryInTheFollowingChannelAndARestartPostsNothingAgain() throws Exception {
        try (LoopbackServer site = storySite(); FakeDiscord discord = new FakeDiscord();
             NewsLibrary library = NewsLibrary.open(DataFolder.open(data), NewsLibrary.Options.defaults().withStarter(false))) {
            readsOnly(library, site);
            WaferBot bot = WaferBot.start("fake-token-abc", DiscordSettings.defaults().withApi(discord.restUrl(),
                    discord.gatewayUrl()).withModeratorGuilds(Set.of(FakeDiscord.GUILD)), services(library, data.resolve("votes")));
            try {
                bot.awaitReady(Duration.ofSeconds(30));
                long member = discord.slashCommand(7001, List.of(), "follow", option("topic", "H20 export licence"));
                assertThat(reply(discord, member)).startsWith("Only moderators can use /follow");

                ArrayNode options = option("topic", "H20 export licence");
                options.addObject().put("name", "quiet").put("type", 3).put("value", "25-07");
                long bad = discord.slashCommand(7002, List.of(MODERATOR_ROLE), "follow", options);
                assertThat(reply(discord, bad)).startsWith("quiet: hours run from 0 to 23 (UTC)");

                long follow = discord.slashCommand(7002, List.of(MODERATOR_ROLE), "follow", option("topic", "H20 export licence"));
                assertThat(reply(discord, follow)).startsWith("Following “H20 export licence”: after each refresh");

                long refresh = discord.slashCommand(7002, List.of(MODERATOR_ROLE), "refresh", null);
                assertThat(reply(discord, refresh)).startsWith("Refreshed 2 feeds").contains("3 new articles");

                List<Call> updates = discord.await(FollowBotTest::isUpdate, 1, ANSWERED);
                Thread.sleep(500); // a second update would have been sent in the same run
                assertThat(discord.calls(FollowBotTest::isUpdate)).hasSize(1);
                Call update = updates.getFirst();
                String content = update.body().path("content").asText();
                assertThat(content).startsWith("**Update on “H20 export licence”:** The US Commerce Department")
                        .contains("(<" + site.base() + "/ft/h20>)", "(+1 outlet)").doesNotContain("TSMC");
                assertThat(content.length()).isLessThan(2000);
                assertThat(update.body().path("flags").asInt() & 4).as("link previews suppressed").isEqualTo(4);
                assertThat(update.body().path("allowed_mentions").path("parse")).isEmpty();

                long list = discord.slashCommand(7002, List.of(MODERATOR_ROLE), "following", null);
                assertThat(reply(discord, list)).contains("• H20 export licence (").doesNotContain("none yet");
                assertThat(bot.postFollows()).as("the same refresh's story again").isZero();
            } finally {
                bot.close();
            }
            try (FakeDiscord restarted = new FakeDiscord()) {
                WaferBot again = WaferBot.start("fake-token-abc", DiscordSettings.defaults()
                        .withApi(restarted.restUrl(), restarted.gatewayUrl()), services(library, data.resolve("votes-2")));
                try {
                    again.awaitReady(Duration.ofSeconds(30));
                    assertThat(again.postFollows()).isZero();
                    assertThat(restarted.calls(FollowBotTest::isUpdate)).isEmpty();

                    restarted.removeFromServer(FakeDiscord.GUILD);
                    long deadline = System.nanoTime() + ANSWERED.toNanos();
                    while (!follows(library).all().isEmpty() && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    assertThat(follows(library).all()).as("a server that removed Wafer keeps no follow").isEmpty();
                } finally {
                    again.close();
                }
            }
        }
    }

    @Test
    void aFollowMadeInDirectMessagesGetsItsUpdateThere() throws Exception {
        try (LoopbackServer site = storySite(); FakeDiscord discord = new FakeDiscord();
             NewsLibrary library = NewsLibrary.open(DataFolder.open(data), NewsLibrary.Options.defaults().withStarter(false))) {
            readsOnly(library, site);
            WaferBot.Services services = services(library, data.resolve("votes"));
            WaferBot bot = WaferBot.start("fake-token-abc", DiscordSettings.defaults().withApi(discord.restUrl(),
                    discord.gatewayUrl()), services);
            try {
                bot.awaitReady(Duration.ofSeconds(30));
                long follow = discord.directMessageCommand(7003, "follow", option("topic", "H20 export licence"));
                assertThat(reply(discord, follow)).as("anyone may follow in DMs").startsWith("Following “H20 export licence”");

                services.moderatorActions().refresh(List.of(site.base() + "/reuters.xml", site.base() + "/ft.xml"));
                assertThat(bot.postFollows()).isEqualTo(1);
                String inbox = "/channels/" + discord.directMessagesOf(7003) + "/messages";
                assertThat(discord.calls(call -> call.is("POST", "/users/@me/channels"))).singleElement()
                        .satisfies(open -> assertThat(open.body().path("recipient_id").asText()).isEqualTo("7003"));
                List<Call> sent = discord.calls(call -> call.is("POST", inbox));
                assertThat(sent).singleElement().satisfies(update -> {
                    assertThat(update.body().path("content").asText())
                            .startsWith("**Update on “H20 export licence”:** The US Commerce Department")
                            .contains("(+1 outlet)").hasSizeLessThan(2_000);
                    assertThat(update.body().path("flags").asInt() & 4).as("link previews suppressed").isEqualTo(4);
                    assertThat(update.body().path("allowed_mentions").path("parse")).isEmpty();
                });
                assertThat(discord.calls(FollowBotTest::isUpdate)).as("nothing in the server's channel").isEmpty();
                assertThat(bot.postFollows()).as("the same story again").isZero();
            } finally {
                bot.close();
            }
        }
    }

    @Test
    void withFollowsInDirectMessagesOffNoneIsMadeOrPostedThere() throws Exception {
        try (LoopbackServer site = storySite(); FakeDiscord discord = new FakeDiscord();
             NewsLibrary library = NewsLibrary.open(DataFolder.open(data), NewsLibrary.Options.defaults().withStarter(false))) {
            readsOnly(library, site);
            // Made while they were allowed; WAFER_FOLLOWS_IN_DMS=off since.
            follows(library).follow(Follows.Place.directMessages(7003), "H20 export licence", null, null);
            WaferBot.Services services = services(library, data.resolve("votes"), follows(library, 0));
            WaferBot bot = WaferBot.start("fake-token-abc", DiscordSettings.defaults().withApi(discord.restUrl(),
                    discord.gatewayUrl()), services);
            try {
                bot.awaitReady(Duration.ofSeconds(30));
                long follow = discord.directMessageCommand(7004, "follow", option("topic", "TSMC Arizona fab"));
                assertThat(reply(discord, follow)).isEqualTo("Following stories in direct messages is switched off on "
                        + "this bot; a server's moderators can follow one in its channel.");

                services.moderatorActions().refresh(List.of(site.base() + "/reuters.xml", site.base() + "/ft.xml"));
                assertThat(bot.postFollows()).isZero();
                assertThat(discord.calls(call -> call.is("POST", "/users/@me/channels")
                        || call.path().startsWith("/users/7003"))).isEmpty();
                assertThat(follows(library, 0).all()).as("kept, for when they are switched on again")
                        .extracting(Follow::topic).containsExactly("H20 export licence");
            } finally {
                bot.close();
            }
        }
    }

    static boolean isUpdate(Call call) {
        return call.is("POST", "/channels/" + CHANNEL + "/messages") && call.body().path("content").asText().startsWith("**Update on");
    }

    /** The text an interaction was answered with: its edited original, or its immediate private reply. */
    private static String reply(FakeDiscord discord, long interaction) throws InterruptedException {
        String token = "/interaction-token-" + interaction;
        Call call = discord.await(found -> found.is("PATCH", "/webhooks/" + BOT + token + "/messages/@original")
                || found.is("POST", "/interactions/" + interaction + "/") && !found.body().path("data").path("content")
                .asText().isEmpty(), 1, ANSWERED).getFirst();
        return call.method().equals("PATCH") ? call.body().path("content").asText()
                : call.body().path("data").path("content").asText();
    }
}
