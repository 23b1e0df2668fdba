package dev.wafer.retrieval.index;

import java.util.Objects;

/**
 * One analysed term a lexical query matches in one field, and how much a match counts: BM25's score of
 * the term in that field times {@code boost}.
 */
public record TermClause(SearchField field, String term, float boost) {

    public TermClause {
        Objects.requireNonNull(field, "field");
        if (term == null || term.isEmpty()) {
            throw new IllegalArgumentException("term must not be empty");
        }
        if (!(boost > 0) || Float.isInfinite(boost)) {
            throw new IllegalArgumentException("boost must be positive and finite, was " + boost);
        }
    }
}
