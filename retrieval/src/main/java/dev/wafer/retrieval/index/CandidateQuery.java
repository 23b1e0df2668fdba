package dev.wafer.retrieval.index;

import java.util.List;
import java.util.Objects;

/**
 * What a candidate list asks of a {@link SearchView}: BM25's or the vectors' best {@code count}
 * passages, within {@code filter} when there is one. Each backend runs a query its own way with an
 * exhaustive switch, so a new kind of list is a compile error in every backend until it is handled.
 */
public sealed interface CandidateQuery {

    /** The passages the list is held to, or null for all of them. */
    PassageFilter filter();

    /** How many passages the list holds at most. */
    int count();

    /**
     * BM25's best passages for a disjunction of term clauses: a passage's score is the sum of its
     * matching clauses' scores.
     */
    record Lexical(List<TermClause> clauses, PassageFilter filter, int count) implements CandidateQuery {
        public Lexical {
            clauses = List.copyOf(clauses);
            if (clauses.isEmpty()) {
                throw new IllegalArgumentException("a lexical query needs at least one clause");
            }
            positive(count);
        }
    }

    /** The passages whose vectors are nearest to {@code vector} (cosine). */
    record Nearest(float[] vector, PassageFilter filter, int count) implements CandidateQuery {
        public Nearest {
            Objects.requireNonNull(vector, "vector");
            positive(count);
        }
    }

    private static void positive(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive, was " + count);
        }
    }
}
