package dev.wafer.corpus.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Counts and date range of the stored articles.
 *
 * @param articles number of stored articles
 * @param undated  how many of them have no known publication date
 * @param oldest   earliest publication date, if any article is dated
 * @param newest   latest publication date, if any article is dated
 */
public record StoreStats(long articles, long undated, Optional<Instant> oldest, Optional<Instant> newest) {
}
