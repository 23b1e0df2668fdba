package dev.wafer.retrieval.index;

import java.util.List;

/**
 * Analysed words that must occur in this order, at these positions relative to each other: the gaps
 * are where the analyser dropped a stop word, so "Bank of America" does not match "Bank America".
 *
 * @param terms     the words as the index holds them, in order
 * @param positions each word's position, ascending
 */
public record Phrase(List<String> terms, List<Integer> positions) {

    public Phrase {
        terms = List.copyOf(terms);
        positions = List.copyOf(positions);
        if (terms.isEmpty() || terms.size() != positions.size()) {
            throw new IllegalArgumentException("a phrase needs one position per word and at least one word, was "
                    + terms + " at " + positions);
        }
    }
}
