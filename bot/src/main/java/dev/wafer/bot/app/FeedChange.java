package dev.wafer.bot.app;

/**
 * What adding a feed did.
 *
 * @param url       the feed's address
 * @param added     true when it was new; false when it was listed and its topic setting was updated
 * @param allTopics true when every item is kept, false when only AI-chip news is
 */
public record FeedChange(String url, boolean added, boolean allTopics) {
}
