package dev.wafer.corpus.source;

/**
 * What one feed's refresh did. Each item of the feed is counted once: added, updated, duplicate
 * (already stored, or a syndicated copy of a stored story) or off-topic; items whose page and
 * summary both held no text are only logged.
 *
 * @param error why the feed failed, or null when it succeeded
 */
public record FeedReport(String url, boolean ok, int added, int updated, int duplicates, int offTopic, String error) {

    public static FeedReport failed(String url, String error) {
        return new FeedReport(url, false, 0, 0, 0, 0, error);
    }

    public String status() {
        return ok ? Feed.OK : Feed.FAILED;
    }
}
