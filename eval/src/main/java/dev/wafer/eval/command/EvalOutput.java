package dev.wafer.eval.command;

import dev.wafer.eval.AnswerEvaluation;
import dev.wafer.eval.EvalReport;
import dev.wafer.eval.Metrics;
import dev.wafer.eval.RetrievalRun;
import dev.wafer.eval.SystemReport;
import dev.wafer.eval.chipqa.ChipQaEvaluation;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code wafer eval} results as the documented JSON object or as a readable table. */
public final class EvalOutput {

    private EvalOutput() {
    }

    /** {@code wafer eval --answers}: what the answers a person reads achieve. */
    public static Map<String, Object> json(AnswerEvaluation.Report report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("questions", report.questions());
        json.put("inferenceQuestions", report.inference());
        json.put("inferenceNamed", round(report.inferenceNamed(), 4));
        json.put("nullQuestions", report.unanswerable());
        json.put("nullAbstained", round(report.nullAbstained(), 4));
        json.put("answerableQuestions", report.answerable());
        json.put("answerableAbstained", round(report.answerableAbstained(), 4));
        json.put("answerP50Ms", round(report.answer().p50Ms(), 1));
        json.put("answerP95Ms", round(report.answer().p95Ms(), 1));
        json.put("searchP50Ms", round(report.search().p50Ms(), 1));
        json.put("answerToSearchP50", round(report.answerToSearch(), 2));
        json.put("meanAnswerChars", round(report.meanAnswerChars(), 1));
        return json;
    }

    public static String table(AnswerEvaluation.Report report) {
        return String.format(Locale.ROOT, """
                %d questions through the product's answer path (wafer ask, extractive)
                  inference answers naming the answer  %.4f  (%d questions)
                  null questions declined              %.4f  (%d questions)
                  answerable questions declined        %.4f  (%d questions)
                  answer p50 / p95                     %.1f / %.1f ms
                  search p50                           %.1f ms  (answer p50 = %.2f x search p50)
                  mean answer length                   %.0f characters
                """, report.questions(), report.inferenceNamed(), report.inference(), report.nullAbstained(),
                report.unanswerable(), report.answerableAbstained(), report.answerable(), report.answer().p50Ms(),
                report.answer().p95Ms(), report.search().p50Ms(), report.answerToSearch(), report.meanAnswerChars());
    }

    /** {@code wafer eval --chipqa DIR}: passed questions overall and per kind, and each failure. */
    public static Map<String, Object> json(ChipQaEvaluation.Report report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("passed", report.passed());
        json.put("questions", report.total());
        Map<String, Object> kinds = new LinkedHashMap<>();
        report.byKind().forEach((kind, score) -> kinds.put(kind, Map.of("passed", score.passed(), "questions", score.total())));
        json.put("byKind", kinds);
        json.put("failures", report.failures().stream().map(failure -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", failure.id());
            item.put("kind", failure.kind());
            item.put("reason", failure.reason());
            item.put("answer", failure.answerStart());
            return item;
        }).toList());
        return json;
    }

    public static String table(ChipQaEvaluation.Report report) {
        StringBuilder out = new StringBuilder();
        for (ChipQaEvaluation.Failure failure : report.failures()) {
            out.append(String.format(Locale.ROOT, "FAIL %s [%s] %s | %s%n", failure.id(), failure.kind(), failure.reason(),
                    failure.answerStart()));
        }
        out.append(String.format(Locale.ROOT, "%n%-14s%8s%7s%7s%n", "kind", "passed", "total", "rate"));
        report.byKind().forEach((kind, score) -> out.append(String.format(Locale.ROOT, "%-14s%8d%7d%6.0f%%%n", kind,
                score.passed(), score.total(), 100 * score.rate())));
        out.append(String.format(Locale.ROOT, "%npassed %d of %d%n", report.passed(), report.total()));
        return out.toString();
    }

    public static Map<String, Object> json(EvalReport report) {
        Map<String, Object> json = system(report.wafer());
        report.baseline().ifPresent(baseline -> json.put("baseline", system(baseline)));
        json.put("lexicalOnly", run(report.lexicalOnly()));
        json.put("denseOnly", run(report.denseOnly()));
        return json;
    }

    private static Map<String, Object> system(SystemReport system) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("queries", system.run().overall().queries());
        json.put("passages", system.passages());
        json.put("meanPassageTokens", round(system.meanPassageTokens(), 1));
        json.put("maxPassageTokens", system.maxPassageTokens());
        putMetrics(json, system.run().overall());
        json.put("indexSeconds", round(system.indexSeconds(), 2));
        json.put("embedOnlySeconds", round(system.embedOnlySeconds(), 2));
        putLatencies(json, system.run());
        json.put("byType", byType(system.run()));
        return json;
    }

    private static Map<String, Object> run(RetrievalRun run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("queries", run.overall().queries());
        putMetrics(json, run.overall());
        putLatencies(json, run);
        json.put("byType", byType(run));
        return json;
    }

    private static Map<String, Object> byType(RetrievalRun run) {
        Map<String, Object> json = new LinkedHashMap<>();
        run.byType().forEach((type, metrics) -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("queries", metrics.queries());
            putMetrics(item, metrics);
            json.put(type, item);
        });
        return json;
    }

    private static void putMetrics(Map<String, Object> json, Metrics metrics) {
        json.put("hitsAt4", round(metrics.hitsAt4(), 4));
        json.put("hitsAt10", round(metrics.hitsAt10(), 4));
        json.put("mrrAt10", round(metrics.mrrAt10(), 4));
        json.put("mapAt10", round(metrics.mapAt10(), 4));
    }

    private static void putLatencies(Map<String, Object> json, RetrievalRun run) {
        json.put("p50Ms", round(run.latencies().p50Ms(), 2));
        json.put("p95Ms", round(run.latencies().p95Ms(), 2));
        json.put("p99Ms", round(run.latencies().p99Ms(), 2));
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }

    public static String table(EvalReport report, int k) {
        StringBuilder out = new StringBuilder();
        SystemReport wafer = report.wafer();
        out.append(String.format(Locale.ROOT, "Retrieval on %d scored questions (top %d)%n%n",
                wafer.run().overall().queries(), k));
        out.append(String.format(Locale.ROOT, "%-13s %8s %11s %7s %7s %7s %7s %8s %8s %8s%n", "system", "passages",
                "tokens avg/max", "Hits@4", "Hits@10", "MRR@10", "MAP@10", "p50 ms", "p95 ms", "index s"));
        row(out, "Wafer", wafer.passages(), tokens(wafer), wafer.run(), wafer.indexSeconds());
        row(out, "lexical only", wafer.passages(), "", report.lexicalOnly(), Double.NaN);
        row(out, "dense only", wafer.passages(), "", report.denseOnly(), Double.NaN);
        report.baseline().ifPresent(baseline -> row(out, "LangChain4j", baseline.passages(), tokens(baseline),
                baseline.run(), baseline.indexSeconds()));
        out.append(String.format(Locale.ROOT, "%nBy question type (Hits@4 / Hits@10 / MRR@10 / MAP@10)%n"));
        for (String type : wafer.run().byType().keySet()) {
            out.append(String.format(Locale.ROOT, "%-18s Wafer       %s%n", type, metrics(wafer.run().byType().get(type))));
            report.baseline().ifPresent(baseline -> out.append(String.format(Locale.ROOT, "%-18s LangChain4j %s%n", "",
                    metrics(baseline.run().byType().get(type)))));
        }
        out.append(String.format(Locale.ROOT, "%nWafer index build %.1f s, of which embedding %.1f s%s%n",
                wafer.indexSeconds(), wafer.embedOnlySeconds(),
                report.embeddingsReused() ? " (vectors reused from the cache: these times do not measure embedding)" : ""));
        return out.toString();
    }

    private static String tokens(SystemReport system) {
        return String.format(Locale.ROOT, "%.0f/%d", system.meanPassageTokens(), system.maxPassageTokens());
    }

    private static void row(StringBuilder out, String name, int passages, String tokens, RetrievalRun run, double index) {
        Metrics m = run.overall();
        out.append(String.format(Locale.ROOT, "%-13s %8d %11s %7.4f %7.4f %7.4f %7.4f %8.2f %8.2f %8s%n", name, passages,
                tokens, m.hitsAt4(), m.hitsAt10(), m.mrrAt10(), m.mapAt10(), run.latencies().p50Ms(),
                run.latencies().p95Ms(), Double.isNaN(index) ? "" : String.format(Locale.ROOT, "%.1f", index)));
    }

    private static String metrics(Metrics m) {
        return m == null ? "-" : String.format(Locale.ROOT, "%.4f / %.4f / %.4f / %.4f  (%d)", m.hitsAt4(), m.hitsAt10(),
                m.mrrAt10(), m.mapAt10(), m.queries());
    }
}
