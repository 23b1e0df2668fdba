package dev.wafer.corpus.source;

import java.time.Duration;
import java.util.List;

/** What a refresh did, feed by feed, with totals. */
public record RefreshReport(List<FeedReport> feeds, Duration took) {

    public RefreshReport {
        feeds = List.copyOf(feeds);
    }

    public int added() {
        return feeds.stream().mapToInt(FeedReport::added).sum();
    }

    public int updated() {
        return feeds.stream().mapToInt(FeedReport::updated).sum();
    }

    public boolean allSucceeded() {
        return feeds.stream().allMatch(FeedReport::ok);
    }
}
