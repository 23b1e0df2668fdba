package dev.wafer.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.corpus.source.FeedReport;
import dev.wafer.corpus.source.RefreshReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AfterRefreshTest {

    private static final Instant FINISHED = Instant.parse("2026-11-02T10:00:00Z");

    /** What was asked of the posters, in order. */
    private final List<String> posted = new ArrayList<>();
    private final AfterRefresh afterRefresh = new AfterRefresh(new AfterRefresh.Posts() {
        @Override
        public void corrections(Instant articlesSince) {
            posted.add("corrections since " + articlesSince);
        }

        @Override
        public void digests() {
            posted.add("digests");
        }

        @Override
        public void follows() {
            posted.add("follows");
        }
    }, Clock.fixed(FINISHED, ZoneOffset.UTC));

    @Test
    void aRefreshThatBroughtArticlesPostsCorrectionsForWhatItStoredThenTheDigestsThenFollowUpdates() {
        afterRefresh.run(refresh(2, 0, Duration.ofSeconds(40)));

        assertThat(posted).containsExactly("corrections since 2026-11-02T09:59:19Z", "digests", "follows");
    }

    @Test
    void anUpdatedArticleIsNewsForTheFollowersToo() {
        afterRefresh.run(refresh(0, 1, Duration.ofSeconds(5)));

        assertThat(posted).endsWith("follows");
    }

    @Test
    void aRefreshThatBroughtNothingStillPostsTheDigestsButNoFollowUpdates() {
        afterRefresh.run(refresh(0, 0, Duration.ofSeconds(5)));

        assertThat(posted).containsExactly("corrections since 2026-11-02T09:59:54Z", "digests");
    }

    private static RefreshReport refresh(int added, int updated, Duration took) {
        return new RefreshReport(List.of(new FeedReport("https://news.example/feed.xml", true, added, updated, 0, 0, null)),
                took);
    }
}
