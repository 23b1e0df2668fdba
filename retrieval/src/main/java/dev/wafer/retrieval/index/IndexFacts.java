package dev.wafer.retrieval.index;

import java.util.Set;

/**
 * What the hint filters need to know of the passages: the outlets they come from and the years their
 * articles span.
 *
 * @param publishers the outlets, as stored
 * @param firstYear  the earliest publication year
 * @param lastYear   the latest publication year; less than {@code firstYear} when nothing is dated
 */
public record IndexFacts(Set<String> publishers, int firstYear, int lastYear) {

    public static final IndexFacts NONE = new IndexFacts(Set.of(), 0, -1);

    public IndexFacts {
        publishers = Set.copyOf(publishers);
    }
}
