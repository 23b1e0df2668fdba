package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.SearchView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/** The ranked candidate lists of one search: BM25's and the vectors', over the index or a hint's filter. */
final class CandidateLists {

    private final SearchView view;
    private final SearchOptions options;

    CandidateLists(SearchView view, SearchOptions options) {
        this.view = view;
        this.options = options;
    }

    /** BM25's best candidates for {@code lexical}, within {@code filter} when it is not null. */
    RankedList lexical(Query lexical, Query filter, double weight) throws IOException {
        Query query = filter == null ? lexical : new BooleanQuery.Builder()
                .add(lexical, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER)
                .build();
        return new RankedList(false, weight * options.lexicalWeight(), view.top(query, options.candidates()));
    }

    /** The nearest passages to {@code vector}, within {@code filter} when it is not null. */
    RankedList dense(float[] vector, Query filter, double weight) throws IOException {
        return new RankedList(true, weight * options.denseWeight(), view.nearest(vector, filter, options.candidates()));
    }

    /** The vector lists restricted to each named outlet and day. */
    List<RankedList> filteredDense(float[] vector, List<Query> filters) throws IOException {
        List<RankedList> lists = new ArrayList<>();
        if (filters.isEmpty()) {
            return lists;
        }
        for (List<ScoreDoc> hits : view.nearestWithin(vector, filters, options.candidates())) {
            lists.add(new RankedList(true, options.hintWeight() * options.denseWeight(), hits));
        }
        return lists;
    }
}
