package dev.wafer.eval.command;

import dev.wafer.bot.format.JsonOutput;
import dev.wafer.corpus.solr.SolrSettings;
import dev.wafer.eval.AnswerEvaluation;
import dev.wafer.eval.EvalReport;
import dev.wafer.eval.ExtractionReport;
import dev.wafer.eval.Evaluation;
import dev.wafer.eval.chipqa.ChipQaEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", description = {
        "Measure retrieval on a benchmark (e.g. MultiHop-RAG): imports the corpus into a temporary data folder",
        "with the product's own pipeline, asks every question, and scores Hits@4, Hits@10, MRR@10 and MAP@10.",
        "With --chipqa DIR: score the answers on a ChipQA-format set instead, per kind, listing the failed",
        "questions. With --pages: measure page extraction instead (main text, dates, speed) on saved benchmark",
        "pages. Progress goes to stderr; results to stdout."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "FILE", description = "Articles to index (.jsonl).")
    Path corpus;

    @Option(names = "--queries", paramLabel = "FILE", description = "Questions with gold evidence (.jsonl).")
    Path queries;

    @Option(names = "--chipqa", paramLabel = "DIR", description = {
            "Score answers on the ChipQA-format set in DIR (corpus.jsonl, questions.jsonl): passed questions",
            "per kind and each failed question with its reason. Needs no --corpus or --queries."})
    Path chipqa;

    @Option(names = "--pages", paramLabel = "DIR", description = {
            "Measure page extraction on trafilatura's benchmark pages in DIR (evaldata-dev.json, html/), scored as",
            "its score.py does, with the article-extraction and date benchmarks beside DIR (../articles, ../dates)",
            "and the pages per second of body, date and publisher together on one thread."})
    Path pages;

    @Option(names = "--articles", paramLabel = "DIR",
            description = "With --pages: the article-extraction benchmark (ground-truth.json, pages/); default DIR/../articles.")
    Path articles;

    @Option(names = "--dates", paramLabel = "DIR",
            description = "With --pages: the date benchmark (gold.json, pages/); default DIR/../dates.")
    Path dates;

    @Option(names = "--misses", description = "With --pages: list the pages each benchmark scores worst on (stderr).")
    boolean misses;

    @Option(names = "--k", defaultValue = "10", paramLabel = "N", description = "Passages retrieved per question (default 10).")
    int k;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--baseline", description = "Also measure LangChain4j's InMemoryEmbeddingStore retriever, same model.")
    boolean baseline;

    @Option(names = "--answers", description = {
            "Measure the answers instead: inference answers naming the gold answer, null questions declined,",
            "answerable questions declined, answer and search latency, answer length."})
    boolean answers;

    @Option(names = "--answers-out", paramLabel = "FILE",
            description = "With --answers: write every question with its answer to FILE (JSON Lines), to read them.")
    Path answersOut;

    @Option(names = "--embedding-cache", paramLabel = "FILE", description = {
            "Reuse passage vectors from FILE between runs (for experiments with ranking settings).",
            "Index and embedding times then do not measure embedding."})
    Path embeddingCache;

    @Option(names = "--index", paramLabel = "ENGINE", description = {
            "solr: copy the indexed corpus into the Solr cluster WAFER_SOLR_URL names (collections",
            "WAFER_SOLR_COLLECTION, default wafer_eval, emptied first) and measure retrieval there."})
    String index;

    @Option(names = "--verbose", description = "Print stack traces with errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private Optional<SolrSettings> cluster() {
        if (index == null || index.equalsIgnoreCase("embedded")) {
            return Optional.empty();
        }
        if (!index.equalsIgnoreCase("solr")) {
            throw new IllegalArgumentException("--index takes \"solr\" or \"embedded\", not \"" + index + "\"");
        }
        Map<String, String> settings = new HashMap<>(System.getenv());
        settings.put(SolrSettings.INDEX, "solr");
        settings.putIfAbsent(SolrSettings.COLLECTION, "wafer_eval");
        return SolrSettings.fromSettings(settings);
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (chipqa != null) {
            ChipQaEvaluation.Report report = ChipQaEvaluation.run(chipqa, line -> {
                err.println(line);
                err.flush();
            });
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? JsonOutput.write(EvalOutput.json(report)) + "\n" : EvalOutput.table(report));
            out.flush();
            return 0;
        }
        if (pages != null) {
            ExtractionReport report = ExtractionReport.measure(pages, articles, dates, misses ? line -> {
                err.println(line);
                err.flush();
            } : line -> { });
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? JsonOutput.write(report.json()) + "\n" : report.table());
            out.flush();
            return 0;
        }
        if (corpus == null || queries == null) {
            throw new IllegalArgumentException("eval needs --corpus FILE and --queries FILE (or --chipqa DIR, or --pages DIR)");
        }
        if (answers) {
            AnswerEvaluation.Report report = AnswerEvaluation.run(new AnswerEvaluation.Settings(corpus, queries,
                    embeddingCache, answersOut), line -> {
                err.println(line);
                err.flush();
            });
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? JsonOutput.write(EvalOutput.json(report)) + "\n" : EvalOutput.table(report));
            out.flush();
            return 0;
        }
        EvalReport report = Evaluation.run(new Evaluation.Settings(corpus, queries, k, baseline, embeddingCache,
                cluster()), line -> {
            err.println(line);
            err.flush();
        });
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? JsonOutput.write(EvalOutput.json(report)) + "\n" : EvalOutput.table(report, k));
        out.flush();
        return 0;
    }
}
