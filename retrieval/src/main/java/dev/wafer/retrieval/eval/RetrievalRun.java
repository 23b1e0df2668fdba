package dev.wafer.retrieval.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Asks a retriever every scored question once, timing each call, and scores the answers.
 *
 * @param overall   scores over all scored questions
 * @param byType    scores per question type
 * @param latencies per-question retrieval time (question embedding included)
 * @param outcomes  question id → its outcome, for diagnostics
 */
public record RetrievalRun(Metrics overall, Map<String, Metrics> byType, Latencies latencies,
                           Map<String, Relevance.Outcome> outcomes) {

    /** Unscored questions are asked first, untimed, so the JIT is warm before timing starts. */
    public static RetrievalRun of(String name, PassageRetriever retriever, List<EvalQuery> queries, int limit,
                                  Consumer<String> progress) {
        for (EvalQuery query : queries) {
            if (!query.scored()) {
                retriever.retrieve(query.text(), limit);
            }
        }
        List<EvalQuery> scored = queries.stream().filter(EvalQuery::scored).toList();
        Map<String, Relevance.Outcome> outcomes = new LinkedHashMap<>();
        Map<String, List<Relevance.Outcome>> byType = new TreeMap<>();
        List<Long> nanos = new ArrayList<>(scored.size());
        int done = 0;
        for (EvalQuery query : scored) {
            long start = System.nanoTime();
            List<String> passages = retriever.retrieve(query.text(), limit);
            nanos.add(System.nanoTime() - start);
            Relevance.Outcome outcome = Relevance.score(passages, query.facts());
            outcomes.put(query.id(), outcome);
            byType.computeIfAbsent(query.type(), type -> new ArrayList<>()).add(outcome);
            done++;
            if (done % 100 == 0 || done == scored.size()) {
                progress.accept(name + ": " + done + "/" + scored.size() + " questions");
            }
        }
        Map<String, Metrics> typeMetrics = new LinkedHashMap<>();
        byType.forEach((type, list) -> typeMetrics.put(type, Metrics.of(list)));
        return new RetrievalRun(Metrics.of(outcomes.values()), typeMetrics, Latencies.ofNanos(nanos), outcomes);
    }
}
