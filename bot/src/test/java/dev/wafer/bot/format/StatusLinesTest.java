package dev.wafer.bot.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.bot.app.Status;
import dev.wafer.corpus.source.Feed;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class StatusLinesTest {

    private static final Instant NOW = Instant.parse("2026-11-05T12:00:00Z");

    @Test
    void theFeedLineSaysWhetherTheFeedsWereEverReadAndHowManyFail() {
        assertThat(StatusLines.feedSummary(List.of())).isEqualTo("none configured");
        assertThat(StatusLines.feedSummary(List.of(Feed.of("https://www.eetimes.com/feed/", false))))
                .isEqualTo("1 feed, never refreshed");
        assertThat(StatusLines.feedSummary(List.of(ok("https://a.example/rss", "2026-11-05T08:30:00Z"),
                ok("https://b.example/rss", "2026-11-05T09:30:00Z"))))
                .isEqualTo("2 feeds, last refresh 2026-11-05 09:30 UTC, all healthy");
        assertThat(StatusLines.feedSummary(List.of(ok("https://a.example/rss", "2026-11-05T08:30:00Z"),
                failing("https://b.example/rss", "2026-11-01T00:00:00Z"))))
                .isEqualTo("2 feeds, last refresh 2026-11-05 09:00 UTC, 1 failing");
    }

    @Test
    void aFeedFailingForMoreThanADayGetsItsOwnWarningWithItsSecretsMasked() {
        Status status = status(List.of(ok("https://a.example/rss", "2026-11-05T08:30:00Z"),
                failing("https://b.example/rss?api_key=abc123", "2026-11-03T07:00:00Z")), Instant.parse("2026-11-05T06:00:00Z"));

        List<String> lines = StatusLines.of(status, url -> "<" + url + ">", String::toUpperCase);

        assertThat(lines).contains("⚠ failing since 2026-11-03 07:00 UTC: <https://b.example/rss?api_key=***> — HTTP 503");
        assertThat(String.join("\n", lines)).doesNotContain("abc123");
    }

    @Test
    void theLinesComeInTheOrderEveryFrontEndShowsThemAndWarnOfStaleNews() {
        Status status = status(List.of(ok("https://a.example/rss", "2026-11-05T08:30:00Z")), Instant.parse("2026-10-26T06:00:00Z"));

        List<String> lines = StatusLines.of(status, UnaryOperator.identity(), UnaryOperator.identity());

        assertThat(lines).extracting(line -> line.split(":")[0]).containsExactly("Articles", "Oldest", "Newest",
                "⚠ The newest article is 10 days old (news older than 3 days is stale)", "Added", "Feeds",
                "Next scheduled refresh", "Answer mode");
        assertThat(lines.getFirst()).isEqualTo("Articles: 12 (40 passages), in this data folder");
        assertThat(lines).contains("Next scheduled refresh: none (wafer serve schedules them)", "Answer mode: extractive");
    }

    private static Status status(List<Feed> feeds, Instant newest) {
        return new Status(12, 40, Instant.parse("2026-01-10T00:00:00Z"), newest, "extractive", 2, 5, feeds, null, NOW,
                "this data folder", false);
    }

    private static Feed ok(String url, String fetched) {
        Instant at = Instant.parse(fetched);
        return new Feed(url, false, null, null, at, Feed.OK, null, 3, at, null, null);
    }

    private static Feed failing(String url, String since) {
        Instant first = Instant.parse(since);
        Instant last = Instant.parse("2026-11-05T09:00:00Z");
        return new Feed(url, false, null, null, last, Feed.FAILED, "http 503", 0, null, last, first);
    }
}
