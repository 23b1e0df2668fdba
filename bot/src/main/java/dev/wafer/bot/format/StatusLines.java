package dev.wafer.bot.format;

import dev.wafer.bot.app.Status;
import dev.wafer.corpus.source.Feed;
import dev.wafer.retrieval.index.Passage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The facts of a {@link Status}, one line each, in the order every front end shows them — so the
 * terminal, the console and Discord report the same things and cannot drift apart.
 */
final class StatusLines {

    private StatusLines() {
    }

    /**
     * The status as lines of text; {@code address} words a feed's address for the medium (Discord wraps
     * it so no preview unfolds) and {@code text} a feed's error message (Discord escapes it).
     */
    static List<String> of(Status status, UnaryOperator<String> address, UnaryOperator<String> text) {
        List<String> lines = new ArrayList<>();
        lines.add("Articles: " + status.articles() + " (" + status.passages() + " passages), in " + status.corpus());
        lines.add("Oldest: " + Passage.dateLabel(status.oldest()));
        lines.add("Newest: " + Passage.dateLabel(status.newest()));
        if (status.stale()) {
            long days = java.time.Duration.between(status.newest(), status.at()).toDays();
            lines.add("⚠ The newest article is " + days + " days old (news older than " + Status.STALE_AFTER.toDays()
                    + " days is stale): check the feeds below and refresh them");
        }
        lines.add("Added: " + status.addedLastDay() + " in the last 24 h, " + status.addedLastWeek() + " in the last 7 days"
                + (status.onlyStarterNews() ? " — the bundled starter corpus was loaded; no feed has brought news yet" : ""));
        lines.add("Feeds: " + feedSummary(status.feeds()));
        for (Feed feed : status.failingTooLong()) {
            lines.add("⚠ failing since " + PlainText.moment(feed.failingSince()) + ": " + address.apply(Feed.shown(feed.url())) + " — "
                    + text.apply(feed.lastError() == null ? "" : feed.lastError()));
        }
        lines.add("Next scheduled refresh: "
                + (status.nextRefresh() == null ? "none (wafer serve schedules them)" : PlainText.moment(status.nextRefresh())));
        lines.add("Answer mode: " + status.answerMode());
        return lines;
    }

    /** {@code 3 feeds, last refresh 2025-10-14 08:30 UTC, 1 failing}. */
    static String feedSummary(List<Feed> feeds) {
        if (feeds.isEmpty()) {
            return "none configured";
        }
        Instant last = feeds.stream().map(Feed::lastFetched).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        if (last == null) {
            return feeds.size() + (feeds.size() == 1 ? " feed" : " feeds") + ", never refreshed";
        }
        long failing = feeds.stream().filter(feed -> Feed.FAILED.equals(feed.lastStatus())).count();
        return feeds.size() + (feeds.size() == 1 ? " feed" : " feeds") + ", last refresh " + PlainText.moment(last) + ", "
                + (failing == 0 ? "all healthy" : failing + " failing");
    }
}
