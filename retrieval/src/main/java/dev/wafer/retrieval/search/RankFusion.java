package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.Hit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted reciprocal-rank fusion: each list adds {@code weight / (k + rank)} to every passage it
 * holds. BM25 scores and cosine similarities live on unrelated scales that shift with every query;
 * ranks do not, so fusing ranks needs no per-query normalisation and is robust when one list is empty.
 */
final class RankFusion {

    private final int k;

    RankFusion(int k) {
        this.k = k;
    }

    /** The fused ranking of {@code lists}, best first. */
    List<Fused> fuse(List<RankedList> lists) {
        Map<Integer, Sum> sums = new LinkedHashMap<>();
        for (RankedList list : lists) {
            for (int rank = 1; rank <= list.hits().size(); rank++) {
                Hit hit = list.hits().get(rank - 1);
                sums.computeIfAbsent(hit.doc(), doc -> new Sum()).add(list, rank, hit.score());
            }
        }
        List<Fused> ranked = new ArrayList<>(sums.size());
        sums.forEach((doc, sum) -> ranked.add(new Fused(doc, sum.score, sum.lexicalRank, sum.denseRank, sum.similarity)));
        ranked.sort(Fused.BEST_FIRST);
        return ranked;
    }

    /** The score of a rank in a list of this weight. */
    double contribution(double weight, int rank) {
        return weight / (k + rank);
    }

    /** One passage's running sum while the lists are read. */
    private final class Sum {
        private double score;
        private int lexicalRank;
        private int denseRank;
        private double similarity = Double.NaN;

        void add(RankedList list, int rank, float luceneScore) {
            score += contribution(list.weight(), rank);
            if (list.dense()) {
                denseRank = denseRank == 0 ? rank : Math.min(denseRank, rank);
                // Lucene scores COSINE as (1 + cos) / 2.
                similarity = 2.0 * luceneScore - 1.0;
            } else {
                lexicalRank = lexicalRank == 0 ? rank : Math.min(lexicalRank, rank);
            }
        }
    }
}
