package dev.wafer.retrieval.search;

import java.util.Comparator;

/**
 * A candidate passage after rank fusion.
 *
 * @param doc         its Lucene document number
 * @param score       its fused score
 * @param lexicalRank its best rank in a BM25 list, from 1, or 0 when no BM25 list found it
 * @param denseRank   its best rank in a vector list, from 1, or 0 when no vector list found it
 * @param similarity  cosine similarity of question and passage, or NaN when no vector list found it
 */
record Fused(int doc, double score, int lexicalRank, int denseRank, double similarity) {

    /** Best score first; the lower document number among equals, so a ranking never depends on map order. */
    static final Comparator<Fused> BEST_FIRST = Comparator.comparingDouble(Fused::score).reversed()
            .thenComparingInt(Fused::doc);

    Fused plus(double more) {
        return new Fused(doc, score + more, lexicalRank, denseRank, similarity);
    }
}
