package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.index.PassageFields;
import dev.wafer.retrieval.index.Sentences;
import dev.wafer.retrieval.index.TermCounts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How well a passage's best single sentence matches a question. Evidence for a claim is usually one
 * sentence, so this separates the passage that states the answer from passages of the same article
 * that merely share its topic.
 *
 * <p>A sentence scores the summed inverse document frequency of the question's content words it
 * contains, plus the same sum over the one clause of the question it matches best. Questions about
 * news often join several claims ("Did X report A, while Y suggests B?"), each stated by a different
 * source; the clause term rewards the sentence that states one claim in full over a sentence that
 * touches words scattered over all of them.
 */
final class SentenceFocus {

    /** Where a question's claims part: punctuation and the conjunctions that join claims. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:?!()]|\\b(?:and|while|whereas|but|or|respectively)\\b");
    /** A clause needs this many content words to stand on its own; shorter ones join their neighbour. */
    private static final int MIN_CLAUSE_TERMS = 3;

    /** A question term: its inverse document frequency and, as bits, the clauses it belongs to. */
    private record Weight(double idf, long clauses) {
    }

    private final int clauseCount;
    /**
     * The question's terms in an open-addressing table keyed by {@link String#hashCode}, so stored
     * sentence terms can be looked up straight from the stored text without cutting it into strings.
     */
    private final String[] tableTerms;
    private final Weight[] tableWeights;
    private final int mask;

    private SentenceFocus(Map<String, Double> idf, List<Set<String>> clauses) {
        // Beyond 64 clauses a question is not a question; the last bits are shared then.
        this.clauseCount = Math.min(64, clauses.size());
        Map<String, Weight> weights = new HashMap<>();
        idf.forEach((term, value) -> {
            long bits = 0;
            for (int c = 0; c < clauses.size(); c++) {
                if (clauses.get(c).contains(term)) {
                    bits |= 1L << Math.min(63, c);
                }
            }
            weights.put(term, new Weight(value, bits));
        });
        int size = Integer.highestOneBit(Math.max(4, weights.size() * 4 - 1)) << 1;
        this.tableTerms = new String[size];
        this.tableWeights = new Weight[size];
        this.mask = size - 1;
        weights.forEach((term, weight) -> {
            int slot = spread(term.hashCode()) & mask;
            while (tableTerms[slot] != null) {
                slot = (slot + 1) & mask;
            }
            tableTerms[slot] = term;
            tableWeights[slot] = weight;
        });
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** The weight of {@code text[start, end)} if it is a question term, else null. */
    private Weight lookup(String text, int start, int end, int hash) {
        int slot = spread(hash) & mask;
        int length = end - start;
        for (String term = tableTerms[slot]; term != null; term = tableTerms[slot]) {
            if (term.length() == length && text.regionMatches(start, term, 0, length)) {
                return tableWeights[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    static SentenceFocus of(String question, TermCounts counts) throws IOException {
        return of(question, (int) Math.min(Integer.MAX_VALUE, counts.passages()), counts::inText);
    }

    /** How many passages hold a term in their text. */
    @FunctionalInterface
    interface TextCounts {
        long docFreq(String term) throws IOException;
    }

    static SentenceFocus of(String question, int passages, TextCounts counts) throws IOException {
        int documents = Math.max(1, passages);
        Map<String, Double> idf = new HashMap<>();
        for (String term : ContentTerms.of(question)) {
            long df = counts.docFreq(term);
            idf.put(term, Math.log(1 + (documents - df + 0.5) / (df + 0.5)));
        }
        return new SentenceFocus(idf, clauses(question));
    }

    /** The content words of each claim in the question, in order. */
    static List<Set<String>> clauses(String question) {
        List<Set<String>> clauses = new ArrayList<>();
        for (String part : CLAUSE_BREAK.split(question)) {
            Set<String> terms = ContentTerms.of(part);
            if (terms.isEmpty()) {
                continue;
            }
            if (terms.size() < MIN_CLAUSE_TERMS && !clauses.isEmpty()) {
                clauses.getLast().addAll(terms);
            } else {
                clauses.add(new HashSet<>(terms));
            }
        }
        if (clauses.size() > 1 && clauses.getFirst().size() < MIN_CLAUSE_TERMS) {
            clauses.get(1).addAll(clauses.removeFirst());
        }
        return clauses;
    }

    /** From the terms stored at index time ({@link PassageFields#SENTENCE_TERMS}): no analysis needed. */
    double bestStoredSentence(String sentenceTerms) {
        // Scanned in place rather than split: this runs for every candidate of every search. Stored
        // sentence terms are distinct, so each counts once.
        Sum sum = new Sum(clauseCount);
        double best = 0;
        int start = 0;
        int hash = 0;
        int length = sentenceTerms.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? sentenceTerms.charAt(i) : '\n';
            if (c != ' ' && c != '\n') {
                hash = 31 * hash + c; // String.hashCode, computed in passing
                continue;
            }
            if (i > start) {
                sum.add(lookup(sentenceTerms, start, i, hash));
            }
            start = i + 1;
            hash = 0;
            if (c == '\n') {
                best = Math.max(best, sum.scoreAndReset());
            }
        }
        return best;
    }

    double bestSentence(String text) {
        Sum sum = new Sum(clauseCount);
        double best = 0;
        for (String sentence : Sentences.split(text)) {
            for (String term : ContentTerms.of(sentence)) {
                sum.add(lookup(term, 0, term.length(), term.hashCode()));
            }
            best = Math.max(best, sum.scoreAndReset());
        }
        return best;
    }

    /** One sentence's matched weight: over the whole question, and per clause. */
    private static final class Sum {

        private final double[] perClause;
        private double whole;

        Sum(int clauses) {
            perClause = new double[clauses];
        }

        void add(Weight weight) {
            if (weight == null) {
                return;
            }
            whole += weight.idf();
            long bits = weight.clauses();
            while (bits != 0) {
                perClause[Long.numberOfTrailingZeros(bits)] += weight.idf();
                bits &= bits - 1;
            }
        }

        /**
         * The whole-question sum plus the best clause's. Rounded so that equal sentences score exactly
         * equal whatever order their terms were summed in: ties are then broken by the fused ranking,
         * not by the last bits of a sum.
         */
        double scoreAndReset() {
            double bestClause = 0;
            for (int c = 0; c < perClause.length; c++) {
                bestClause = Math.max(bestClause, perClause[c]);
                perClause[c] = 0;
            }
            double score = Math.rint((bestClause + whole) * 1e9) / 1e9;
            whole = 0;
            return score;
        }
    }
}
