package dev.wafer.eval;

import java.util.Collection;

/**
 * Retrieval scores over a set of questions, as MultiHop-RAG reports them.
 *
 * @param queries  how many questions were scored
 * @param hitsAt4  share of questions with a relevant passage in the top 4
 * @param hitsAt10 share with one in the top 10
 * @param mrrAt10  mean reciprocal rank of the first relevant passage (0 beyond 10)
 * @param mapAt10  mean of the paper's AP@10
 */
public record Metrics(int queries, double hitsAt4, double hitsAt10, double mrrAt10, double mapAt10) {

    public static Metrics of(Collection<Relevance.Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return new Metrics(0, 0, 0, 0, 0);
        }
        double n = outcomes.size();
        return new Metrics(outcomes.size(),
                outcomes.stream().filter(o -> o.hitAt(4)).count() / n,
                outcomes.stream().filter(o -> o.hitAt(10)).count() / n,
                outcomes.stream().mapToDouble(Relevance.Outcome::reciprocalRank).sum() / n,
                outcomes.stream().mapToDouble(Relevance.Outcome::averagePrecision).sum() / n);
    }
}
