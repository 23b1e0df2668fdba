package dev.wafer.corpus.extract;

import java.time.Instant;

/**
 * One entry of a feed, as the feed describes it.
 *
 * @param link      the article's address (absolute), or null when the entry has none
 * @param title     the headline, or null
 * @param summary   the entry's description or content as plain text ("" when none)
 * @param published the entry's publication date, or null when the feed does not give one
 * @param updated   when the feed says the entry last changed, or null
 * @param author    the byline, or null
 */
public record FeedItem(String link, String title, String summary, Instant published, Instant updated, String author) {

    public FeedItem {
        summary = summary == null ? "" : summary.strip();
    }
}
