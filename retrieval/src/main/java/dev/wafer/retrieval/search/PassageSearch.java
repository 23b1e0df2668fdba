package dev.wafer.retrieval.search;

import java.util.List;

/**
 * Finds the passages an answer is written from, best first, as typed passages with how each was
 * found. The answer path's one view of the search; {@link LuceneContentRetriever} offers the same
 * search to LangChain4j pipelines as {@code Content}.
 */
@FunctionalInterface
public interface PassageSearch {

    List<ScoredPassage> find(String question);

    /** The first {@code limit} results of {@code searcher}. */
    static PassageSearch of(HybridSearcher searcher, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        return question -> searcher.search(question, limit);
    }
}
