package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.Passage;

/**
 * A passage with how it was found.
 *
 * @param passage     the passage
 * @param score       the fused score that ranks it
 * @param lexicalRank its rank in the BM25 list, from 1, or 0 if BM25 did not find it
 * @param denseRank   its rank in the vector list, from 1, or 0 if the vector search did not find it
 * @param similarity  cosine similarity between question and passage, or NaN when not computed
 */
public record ScoredPassage(Passage passage, double score, int lexicalRank, int denseRank, double similarity) {

    /** The similarity, or {@code unknown} when no vector list scored this passage. */
    public double similarityOr(double unknown) {
        return Double.isNaN(similarity) ? unknown : similarity;
    }
}
