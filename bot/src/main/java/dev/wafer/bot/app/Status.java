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
 * @param starterLoaded whether the bundled starter corpus was loaded into this corpus
 */
public record Status(long articles, int passages, Instant oldest, Instant newest, String answerMode, long addedLastDay,
                     long addedLastWeek, List<Feed> feeds, Instant nextRefresh, Instant at, String corpus,
                     boolean starterLoaded) {

    /** A failing feed is worth a moderator's look once it has failed for more than a day. */
    public static final java.time.Duration FAILING_TOO_LONG = java.time.Duration.ofDays(1);

    /**
     * News older than this is stale: the default feeds publish several stories a day, so a newest article
     * three days old means refreshes are not running or every feed fails; three days leave room for a
     * quiet long weekend.
     */
    public static final java.time.Duration STALE_AFTER = java.time.Duration.ofDays(3);

    public Status {
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
    }

    /** A status with no feed or freshness facts (tests, and front ends without a feed list). */
    public Status(long articles, int passages, Instant oldest, Instant newest, String answerMode) {
        this(articles, passages, oldest, newest, answerMode, 0, 0, List.of(), null, Instant.now(), "this data folder", false);
    }

    /** Whether the newest article is older than {@link #STALE_AFTER} (an empty corpus is not stale, just empty). */
    public boolean stale() {
        return newest != null && newest.isBefore(at.minus(STALE_AFTER));
    }

    /** Whether what was added lately is the starter corpus rather than news: it was loaded and no feed has brought any. */
    public boolean onlyStarterNews() {
        return starterLoaded && feeds.stream().allMatch(feed -> feed.lastFetched() == null);
    }

    /** Feeds failing, without a success since, for more than a day. */
    public List<Feed> failingTooLong() {
        return feeds.stream().filter(feed -> feed.failingLongerThan(FAILING_TOO_LONG, at)).toList();
    }
}
