package dev.wafer.retrieval.index.solr;

import dev.wafer.corpus.store.solr.SolrQueries;
import dev.wafer.retrieval.index.PassageFilter;
import dev.wafer.retrieval.index.Phrase;
import dev.wafer.retrieval.index.SearchField;
import dev.wafer.retrieval.index.TermClause;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The search's lexical queries and filters in Solr's query syntax, over the passages collection's
 * fields. Terms arrive analysed by Wafer and the collection indexes Wafer's terms as they are, so a
 * term here means exactly what it means in the embedded index.
 */
final class SolrPassageQueries {

    /** The collection's field that holds each passage's publication time in epoch millis. */
    static final String PUBLISHED = "published";

    private SolrPassageQueries() {
    }

    /** The collection's field that indexes Wafer's analysed terms of {@code field}. */
    static String field(SearchField field) {
        return switch (field) {
            case TEXT -> "text_terms";
            case TITLE -> "title_terms";
            case PUBLISHER -> "publisher_terms";
        };
    }

    /** A disjunction of the clauses: a passage scores the sum of its matching clauses' boosted scores. */
    static String lexical(List<TermClause> clauses) {
        StringJoiner query = new StringJoiner(" ", "(", ")");
        for (TermClause clause : clauses) {
            String term = field(clause.field()) + ":" + SolrQueries.term(clause.term());
            query.add(clause.boost() == 1f ? term : "(" + term + ")^" + clause.boost());
        }
        return query.toString();
    }

    static String filter(PassageFilter filter) {
        return switch (filter) {
            case PassageFilter.Outlet outlet -> phrase(field(SearchField.PUBLISHER), outlet.name());
            case PassageFilter.Published published ->
                    PUBLISHED + ":[" + published.fromMillis() + " TO " + published.toMillis() + "]";
            case PassageFilter.Articles articles -> articles.ids().stream().map(SolrQueries::term).sorted()
                    .collect(Collectors.joining(" OR ", "article_id:(", ")"));
            // Solr's filter(): matches without adding to the score.
            case PassageFilter.AllOf all -> combined(all.filters(), inner -> "+filter(" + inner + ")");
            case PassageFilter.AnyOf any -> combined(any.filters(), inner -> inner);
        };
    }

    /**
     * The collection indexes an outlet's analysed words one after another, without the gaps stop words
     * leave, so the phrase is sent as its words in order.
     */
    private static String phrase(String field, Phrase phrase) {
        if (phrase.terms().size() == 1) {
            return field + ":" + SolrQueries.term(phrase.terms().getFirst());
        }
        return field + ":" + SolrQueries.quoted(String.join(" ", phrase.terms()));
    }

    private static String combined(List<PassageFilter> filters, UnaryOperator<String> clause) {
        StringJoiner query = new StringJoiner(" ", "(", ")");
        for (PassageFilter filter : filters) {
            query.add(clause.apply(filter(filter)));
        }
        return query.toString();
    }
}
