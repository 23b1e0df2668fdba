package dev.wafer.retrieval.index.solr;

import dev.wafer.corpus.store.solr.SolrQueries;
import dev.wafer.retrieval.index.PassageFields;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The search steps' Lucene queries in Solr's query syntax, over the passages collection's fields.
 * Terms arrive analysed by Wafer and the collection indexes Wafer's terms as they are, so a term
 * here means exactly what it means in the embedded index. Only the kinds of query the steps build are
 * known; any other is refused rather than guessed at.
 */
final class SolrPassageQueries {

    /** Wafer's field → the collection's field that indexes its analysed terms. */
    static final Map<String, String> FIELDS = Map.of(
            PassageFields.TEXT, "text_terms",
            PassageFields.TITLE, "title_terms",
            PassageFields.PUBLISHER, "publisher_terms",
            PassageFields.PUBLISHED, "published");

    private SolrPassageQueries() {
    }

    static String of(Query query) {
        if (query instanceof TermQuery term) {
            return field(term.getTerm()) + ":" + SolrQueries.term(term.getTerm().text());
        }
        if (query instanceof BoostQuery boosted) {
            return "(" + of(boosted.getQuery()) + ")^" + boosted.getBoost();
        }
        if (query instanceof BooleanQuery bool) {
            return bool(bool);
        }
        if (query instanceof PhraseQuery phrase) {
            StringJoiner words = new StringJoiner(" ");
            for (Term term : phrase.getTerms()) {
                words.add(term.text());
            }
            return field(phrase.getField()) + ":"
                    + SolrQueries.quoted(words.toString()) + (phrase.getSlop() > 0 ? "~" + phrase.getSlop() : "");
        }
        if (query instanceof IndexSortSortedNumericDocValuesRangeQuery sorted) {
            return of(sorted.getFallbackQuery());
        }
        if (query instanceof IndexOrDocValuesQuery either) {
            return of(either.getIndexQuery());
        }
        if (query instanceof PointRangeQuery range && range.getNumDims() == 1 && range.getBytesPerDim() == Long.BYTES) {
            return field(range.getField()) + ":[" + LongPoint.decodeDimension(range.getLowerPoint(), 0) + " TO "
                    + LongPoint.decodeDimension(range.getUpperPoint(), 0) + "]";
        }
        if (query instanceof MatchAllDocsQuery) {
            return "*:*";
        }
        throw new IllegalArgumentException("A " + query.getClass().getSimpleName() + " (" + query
                + ") cannot be sent to Solr");
    }

    private static String bool(BooleanQuery bool) {
        if (bool.getMinimumNumberShouldMatch() > 0) {
            throw new IllegalArgumentException("A minimum number of optional clauses cannot be sent to Solr: " + bool);
        }
        StringJoiner clauses = new StringJoiner(" ", "(", ")");
        for (BooleanClause clause : bool.clauses()) {
            String inner = of(clause.query());
            clauses.add(switch (clause.occur()) {
                case SHOULD -> inner;
                case MUST -> "+(" + inner + ")";
                // Solr's filter(): matches without adding to the score, as Lucene's FILTER does.
                case FILTER -> "+filter(" + inner + ")";
                case MUST_NOT -> "-(" + inner + ")";
            });
        }
        return clauses.toString();
    }

    private static String field(Term term) {
        return field(term.field());
    }

    private static String field(String field) {
        String mapped = FIELDS.get(field);
        if (mapped == null) {
            throw new IllegalArgumentException("The passages collection has no field for " + field);
        }
        return mapped;
    }
}
