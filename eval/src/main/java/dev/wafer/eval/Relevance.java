package dev.wafer.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * MultiHop-RAG's relevance rule and per-question scores, exactly as the paper computes them: a
 * passage is relevant when some gold fact, with every space and newline removed, is a substring of
 * the passage with every space and newline removed (case kept).
 */
public final class Relevance {

    private Relevance() {
    }

    /** The text with spaces and newlines removed (tabs and other characters are kept, as in the paper). */
    public static String squeeze(String text) {
        return text.replace(" ", "").replace("\n", "");
    }

    /**
     * Scores one question's ranked passages.
     *
     * @param passages the retrieved passage texts, best first, as the answerer would see them
     * @param facts    the gold facts (non-empty)
     */
    public static Outcome score(List<String> passages, List<String> facts) {
        if (facts.isEmpty()) {
            throw new IllegalArgumentException("facts must not be empty: unanswerable questions are not scored");
        }
        List<String> squeezedFacts = facts.stream().map(Relevance::squeeze).toList();
        int depth = Math.min(passages.size(), Outcome.DEPTH);
        int firstRelevant = 0;
        boolean[] found = new boolean[squeezedFacts.size()];
        double precisionSum = 0;
        for (int rank = 1; rank <= depth; rank++) {
            String passage = squeeze(passages.get(rank - 1));
            int newlyFound = 0;
            boolean relevant = false;
            for (int f = 0; f < squeezedFacts.size(); f++) {
                if (passage.contains(squeezedFacts.get(f))) {
                    relevant = true;
                    if (!found[f]) {
                        found[f] = true;
                        newlyFound++;
                    }
                }
            }
            if (relevant && firstRelevant == 0) {
                firstRelevant = rank;
            }
            precisionSum += (double) newlyFound / rank;
        }
        double averagePrecision = precisionSum / Math.min(squeezedFacts.size(), Outcome.DEPTH);
        return new Outcome(firstRelevant, averagePrecision);
    }

    /** Ranks (from 1) of the relevant passages among the first {@link Outcome#DEPTH}; for diagnostics. */
    public static List<Integer> relevantRanks(List<String> passages, List<String> facts) {
        List<String> squeezedFacts = facts.stream().map(Relevance::squeeze).toList();
        List<Integer> ranks = new ArrayList<>();
        for (int rank = 1; rank <= Math.min(passages.size(), Outcome.DEPTH); rank++) {
            String passage = squeeze(passages.get(rank - 1));
            if (squeezedFacts.stream().anyMatch(passage::contains)) {
                ranks.add(rank);
            }
        }
        return ranks;
    }

    /**
     * One question's score.
     *
     * @param firstRelevantRank rank (from 1) of the first relevant passage within the top {@link #DEPTH}, or 0
     * @param averagePrecision  the paper's AP@10: for each rank r, the facts first found at r divided by r,
     *                          summed and divided by min(#facts, 10)
     */
    public record Outcome(int firstRelevantRank, double averagePrecision) {

        /** The paper scores the top ten. */
        public static final int DEPTH = 10;

        public boolean hitAt(int k) {
            return firstRelevantRank > 0 && firstRelevantRank <= k;
        }

        public double reciprocalRank() {
            return firstRelevantRank == 0 ? 0 : 1.0 / firstRelevantRank;
        }
    }
}
