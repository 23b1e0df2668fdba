package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.Hit;
import java.util.List;

/**
 * One ranked list entering the fusion: BM25's or the vectors', over the whole index or one named
 * outlet or day.
 *
 * @param dense  true for a vector list, whose scores are Lucene's cosine form (1 + cos) / 2
 * @param weight how much a rank in this list counts in the fusion
 * @param hits   best first
 */
record RankedList(boolean dense, double weight, List<Hit> hits) {

    RankedList {
        hits = List.copyOf(hits);
    }
}
