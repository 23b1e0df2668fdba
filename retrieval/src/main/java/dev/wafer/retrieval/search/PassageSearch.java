package dev.wafer.retrieval.search;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds the passages an answer is written from, best first, as typed passages with how each was
 * found. The answer path's one view of the search; {@link LuceneContentRetriever} offers the same
 * search to LangChain4j pipelines as {@code Content}.
 */
@FunctionalInterface
public interface PassageSearch {

    /**
     * The passages for {@code question} from articles published by the end of {@code publishedBy}, or
     * from every article when it is null.
     */
    List<ScoredPassage> find(String question, LocalDate publishedBy);

    default List<ScoredPassage> find(String question) {
        return find(question, null);
    }

    /** The first {@code limit} results of {@code searcher}. */
    static PassageSearch of(HybridSearcher searcher, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        return (question, publishedBy) -> searcher.search(question, limit, publishedBy);
    }
}
