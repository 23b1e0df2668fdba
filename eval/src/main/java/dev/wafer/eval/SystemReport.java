package dev.wafer.eval;

import java.util.List;

/**
 * One system's results in an evaluation run.
 *
 * @param passages          how many passages it indexed
 * @param meanPassageTokens mean passage length as scored (header lines included), in the embedding model's tokens
 * @param maxPassageTokens  the longest passage, same count
 * @param indexSeconds      wall time to build the index from the articles, embedding included
 * @param embedOnlySeconds  of that, time spent inside the embedding model
 * @param run               the scores and latencies
 */
public record SystemReport(int passages, double meanPassageTokens, int maxPassageTokens, double indexSeconds,
                           double embedOnlySeconds, RetrievalRun run) {

    public static SystemReport of(List<Integer> passageTokens, double indexSeconds, double embedOnlySeconds,
                                  RetrievalRun run) {
        double mean = passageTokens.stream().mapToInt(Integer::intValue).average().orElse(0);
        int max = passageTokens.stream().mapToInt(Integer::intValue).max().orElse(0);
        return new SystemReport(passageTokens.size(), mean, max, indexSeconds, embedOnlySeconds, run);
    }
}
