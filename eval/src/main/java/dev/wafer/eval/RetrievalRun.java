package dev.wafer.eval;

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
        return sideBySide(List.of(name), List.of(retriever), queries, limit, progress).getFirst();
    }

    /**
     * Runs several retrievers over the same questions, each question asked of all of them in turn (the
     * order rotating from question to question), so a slower or busier stretch of the machine falls
     * on every system alike and their latencies can be compared.
     */
    public static List<RetrievalRun> sideBySide(List<String> names, List<PassageRetriever> retrievers,
                                                List<EvalQuery> queries, int limit, Consumer<String> progress) {
        int systems = retrievers.size();
        for (EvalQuery query : queries) {
            if (!query.scored()) {
                for (PassageRetriever retriever : retrievers) {
                    retriever.retrieve(query.text(), limit);
                }
            }
        }
        List<EvalQuery> scored = queries.stream().filter(EvalQuery::scored).toList();
        List<Map<String, Relevance.Outcome>> outcomes = new ArrayList<>();
        List<Map<String, List<Relevance.Outcome>>> byType = new ArrayList<>();
        List<List<Long>> nanos = new ArrayList<>();
        for (int s = 0; s < systems; s++) {
            outcomes.add(new LinkedHashMap<>());
            byType.add(new TreeMap<>());
            nanos.add(new ArrayList<>(scored.size()));
        }
        for (int q = 0; q < scored.size(); q++) {
            EvalQuery query = scored.get(q);
            for (int turn = 0; turn < systems; turn++) {
                int s = (q + turn) % systems;
                long start = System.nanoTime();
                List<String> passages = retrievers.get(s).retrieve(query.text(), limit);
                nanos.get(s).add(System.nanoTime() - start);
                Relevance.Outcome outcome = Relevance.score(passages, query.facts());
                outcomes.get(s).put(query.id(), outcome);
                byType.get(s).computeIfAbsent(query.type(), type -> new ArrayList<>()).add(outcome);
            }
            if ((q + 1) % 100 == 0 || q + 1 == scored.size()) {
                progress.accept(String.join(" + ", names) + ": " + (q + 1) + "/" + scored.size() + " questions");
            }
        }
        List<RetrievalRun> runs = new ArrayList<>();
        for (int s = 0; s < systems; s++) {
            Map<String, Metrics> typeMetrics = new LinkedHashMap<>();
            byType.get(s).forEach((type, list) -> typeMetrics.put(type, Metrics.of(list)));
            runs.add(new RetrievalRun(Metrics.of(outcomes.get(s).values()), typeMetrics,
                    Latencies.ofNanos(nanos.get(s)), outcomes.get(s)));
        }
        return runs;
    }
}
