package dev.wafer.bot.app;

import dev.wafer.corpus.source.Feed;
import java.time.Instant;
import java.util.List;

/**
 * What /status and {@code wafer status} report: what the news covers and whether it is fresh.
 *
 * @param articles      stored articles
 * @param passages      indexed passages
 * @param oldest        earliest publication date, or null
 * @param newest        latest publication date, or null
 * @param answerMode    "extractive" or "llm"
 * @param addedLastDay  articles first imported in the last 24 hours
 * @param addedLastWeek articles first imported in the last 7 days
 * @param feeds         each feed as it stands after its last refresh
 * @param nextRefresh   when the next scheduled refresh runs, or null when none is scheduled
 * @param at            when this status was taken
 * @param corpus        where the articles and passages live: this data folder, or a Solr cluster shared with
 *                      other processes
 */
public record Status(long articles, int passages, Instant oldest, Instant newest, String answerMode, long addedLastDay,
                     long addedLastWeek, List<Feed> feeds, Instant nextRefresh, Instant at, String corpus) {

    /** A failing feed is worth a moderator's look once it has failed for more than a day. */
    public static final java.time.Duration FAILING_TOO_LONG = java.time.Duration.ofDays(1);

    public Status {
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
    }

    /** A status with no feed or freshness facts (tests, and front ends without a feed list). */
    public Status(long articles, int passages, Instant oldest, Instant newest, String answerMode) {
        this(articles, passages, oldest, newest, answerMode, 0, 0, List.of(), null, Instant.now(), "this data folder");
    }

    /** Feeds failing, without a success since, for more than a day. */
    public List<Feed> failingTooLong() {
        return feeds.stream().filter(feed -> feed.failingLongerThan(FAILING_TOO_LONG, at)).toList();
    }
}
