package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.PassageFields;
import dev.wafer.retrieval.index.SearchView;
import java.io.IOException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/** The BM25 query of a question: its words in the body, the headline (boosted) and the outlet (boosted). */
final class LexicalQuery {

    /** Analyzers are thread-safe and reuse their token streams: one per process, not one per question. */
    static final QueryBuilder QUERIES = new QueryBuilder(PassageFields.analyzer());

    /**
     * A headline word carried by more than this share of all passages — and by more than
     * {@link #COMMON_TITLE_PASSAGES} of them — is matched in the body only. Its headline clause adds
     * little to a score (IDF about 3 at 5 %, times the headline boost) but has one of the longest
     * posting lists, and on a large index such clauses were a quarter of BM25's time.
     */
    private static final double COMMON_TITLE_SHARE = 0.05;
    /** Below this many passages a posting list costs microseconds: small indexes keep every headline clause. */
    private static final int COMMON_TITLE_PASSAGES = 1_000;

    private LexicalQuery() {
    }

    /** The query, or null when the question has only stop words and there is nothing lexical to match. */
    static Query of(String question, SearchView view, SearchOptions options) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        addField(query, QUERIES.createBooleanQuery(PassageFields.TEXT, question), 1f);
        addField(query, withoutCommonTerms(QUERIES.createBooleanQuery(PassageFields.TITLE, question), view),
                options.titleBoost());
        addField(query, QUERIES.createBooleanQuery(PassageFields.PUBLISHER, question), options.publisherBoost());
        BooleanQuery built = query.build();
        return built.clauses().isEmpty() ? null : built;
    }

    /**
     * Adds each of the field's terms as its own boosted clause rather than one boosted sub-query per
     * field: the scores are the same sum, but one flat disjunction lets Lucene skip documents that cannot
     * reach the top candidates (a boosted nested disjunction is scored exhaustively), which keeps BM25 time
     * from growing with the index.
     */
    private static void addField(BooleanQuery.Builder query, Query fieldQuery, float boost) {
        if (fieldQuery == null || boost <= 0) {
            return;
        }
        if (fieldQuery instanceof BooleanQuery terms && terms.getMinimumNumberShouldMatch() == 0
                && terms.clauses().stream().allMatch(clause -> clause.occur() == BooleanClause.Occur.SHOULD)) {
            for (BooleanClause clause : terms.clauses()) {
                query.add(new BoostQuery(clause.query(), boost), BooleanClause.Occur.SHOULD);
            }
        } else {
            query.add(new BoostQuery(fieldQuery, boost), BooleanClause.Occur.SHOULD);
        }
    }

    /** {@code titleQuery} without the terms in too many headlines ({@link #COMMON_TITLE_SHARE}); null if none is left. */
    private static Query withoutCommonTerms(Query titleQuery, SearchView view) throws IOException {
        long limit = Math.max(COMMON_TITLE_PASSAGES, (long) (COMMON_TITLE_SHARE * view.passageCount()));
        if (titleQuery instanceof TermQuery term) {
            return docFreq(view, term) > limit ? null : term;
        }
        if (!(titleQuery instanceof BooleanQuery terms)) {
            return titleQuery;
        }
        BooleanQuery.Builder kept = new BooleanQuery.Builder().setMinimumNumberShouldMatch(terms.getMinimumNumberShouldMatch());
        for (BooleanClause clause : terms.clauses()) {
            if (!(clause.query() instanceof TermQuery term) || docFreq(view, term) <= limit) {
                kept.add(clause);
            }
        }
        BooleanQuery built = kept.build();
        return built.clauses().isEmpty() ? null : built;
    }

    private static long docFreq(SearchView view, TermQuery term) throws IOException {
        return view.docFreq(term.getTerm().field(), term.getTerm().text());
    }
}
