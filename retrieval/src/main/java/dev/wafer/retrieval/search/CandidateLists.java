package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.CandidateQuery;
import dev.wafer.retrieval.index.Hit;
import dev.wafer.retrieval.index.PassageFilter;
import dev.wafer.retrieval.index.SearchView;
import dev.wafer.retrieval.index.TermClause;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The ranked candidate lists of one search: BM25's and the vectors', over the index or a hint's filter. */
final class CandidateLists {

    private final SearchView view;
    private final SearchOptions options;

    CandidateLists(SearchView view, SearchOptions options) {
        this.view = view;
        this.options = options;
    }

    /** BM25's best candidates for {@code clauses}, within {@code filter} when it is not null. */
    RankedList lexical(List<TermClause> clauses, PassageFilter filter, double weight) throws IOException {
        return new RankedList(false, weight * options.lexicalWeight(),
                view.candidates(new CandidateQuery.Lexical(clauses, filter, options.candidates())));
    }

    /** The nearest passages to {@code vector}, within {@code filter} when it is not null. */
    RankedList dense(float[] vector, PassageFilter filter, double weight) throws IOException {
        return new RankedList(true, weight * options.denseWeight(),
                view.candidates(new CandidateQuery.Nearest(vector, filter, options.candidates())));
    }

    /** The vector lists restricted to each named outlet and day. */
    List<RankedList> filteredDense(float[] vector, List<PassageFilter> filters) throws IOException {
        List<RankedList> lists = new ArrayList<>();
        if (filters.isEmpty()) {
            return lists;
        }
        for (List<Hit> hits : view.nearestWithin(vector, filters, options.candidates())) {
            lists.add(new RankedList(true, options.hintWeight() * options.denseWeight(), hits));
        }
        return lists;
    }
}
