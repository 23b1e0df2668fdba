package dev.wafer.eval.command;

import dev.wafer.bot.app.Settings;
import dev.wafer.bot.format.JsonOutput;
import dev.wafer.eval.SpeedBench;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = {
        "Measure speed as ratios from one run: index build vs embedding alone, search vs embedding the question",
        "alone (real articles), and search time from 10k to 1M passages (synthetic passages, grown in one index).",
        "Progress goes to stderr; results to stdout."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "Real articles (.jsonl).")
    Path corpus;

    @Option(names = "--queries", paramLabel = "FILE", description = "Real questions (.jsonl); default: headlines.")
    Path queries;

    @Option(names = "--articles", defaultValue = "30", paramLabel = "N",
            description = "Articles to index for the build ratio (default 30).")
    int articles;

    @Option(names = "--sizes", defaultValue = "10000,100000,1000000", split = ",", paramLabel = "N,N,...",
            description = "Synthetic index sizes to time search at (default 10000,100000,1000000).")
    List<Integer> sizes;

    @Option(names = "--budget-minutes", defaultValue = "15", paramLabel = "M",
            description = "Stop growing the synthetic index when the next size would take longer (default 15).")
    int budgetMinutes;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--verbose", description = "Print stack traces with errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (articles < 1 || sizes.isEmpty() || sizes.stream().anyMatch(size -> size < 1000)) {
            throw new IllegalArgumentException("--articles must be positive and every --sizes value at least 1000");
        }
        PrintWriter err = spec.commandLine().getErr();
        SpeedBench.Report report = SpeedBench.run(new SpeedBench.Settings(corpus, queries, articles, sizes,
                Duration.ofMinutes(budgetMinutes)), line -> {
                    err.println(line);
                    err.flush();
                });
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? JsonOutput.write(toJson(report)) + "\n" : text(report));
        out.flush();
        return 0;
    }

    static Map<String, Object> toJson(SpeedBench.Report report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("passages", report.passages());
        json.put("embedOnlySeconds", report.embedOnlySeconds());
        json.put("indexSeconds", report.indexSeconds());
        json.put("indexToEmbedRatio", report.indexRatio());
        json.put("queryP50Ms", report.queryP50Ms());
        json.put("embedQueryP50Ms", report.embedQueryP50Ms());
        json.put("queryToEmbedRatio", report.queryRatio());
        if (report.concurrent() != null) {
            Map<String, Object> burst = new LinkedHashMap<>();
            burst.put("questions", report.concurrent().questions());
            burst.put("sideBySideMs", report.concurrent().sideBySideMs());
            burst.put("oneAtATimeMs", report.concurrent().oneAtATimeMs());
            burst.put("speedup", report.concurrent().speedup());
            json.put("concurrentQuestions", burst);
        }
        json.put("scale", report.scale().stream().map(point -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("passages", point.passages());
            item.put("buildSeconds", point.buildSeconds());
            item.put("searchP50Ms", point.searchP50Ms());
            item.put("searchP95Ms", point.searchP95Ms());
            item.put("indexBytes", point.indexBytes());
            item.put("peakHeapBytes", point.peakHeapBytes());
            item.put("grownSegments", point.grownSegments());
            item.put("grownSearchP50Ms", point.grownP50Ms());
            item.put("compactSeconds", point.compactSeconds());
            return item;
        }).toList());
        json.put("searchGrowthRatio", report.growthRatio());
        if (report.stoppedEarly() != null) {
            json.put("stoppedEarly", report.stoppedEarly());
        }
        return json;
    }

    static String text(SpeedBench.Report report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Index build   %6.1f s for %d passages; embedding them alone %6.1f s; ratio %.2f%n",
                report.indexSeconds(), report.passages(), report.embedOnlySeconds(), report.indexRatio()));
        out.append(String.format(Locale.ROOT, "Question      p50 %6.2f ms; embedding the question alone p50 %6.2f ms; ratio %.2f%n",
                report.queryP50Ms(), report.embedQueryP50Ms(), report.queryRatio()));
        if (report.concurrent() != null) {
            out.append(String.format(Locale.ROOT, "%d new questions at once: %.1f ms embedded side by side, %.1f ms one at a time"
                    + " (under the old cache lock); %.2fx%n", report.concurrent().questions(), report.concurrent().sideBySideMs(),
                    report.concurrent().oneAtATimeMs(), report.concurrent().speedup()));
        }
        out.append(String.format(Locale.ROOT, "%n%12s %10s %10s %10s %12s %12s %16s %10s%n", "passages", "build s",
                "p50 ms", "p95 ms", "index MB", "peak heap MB", "as grown p50 ms", "segments"));
        for (SpeedBench.ScalePoint point : report.scale()) {
            out.append(String.format(Locale.ROOT, "%,12d %10.0f %10.2f %10.2f %12.0f %12.0f %16.2f %10d%n",
                    point.passages(), point.buildSeconds(), point.searchP50Ms(), point.searchP95Ms(),
                    point.indexBytes() / 1e6, point.peakHeapBytes() / 1e6, point.grownP50Ms(), point.grownSegments()));
        }
        out.append(String.format(Locale.ROOT, "Search p50 growth, smallest to largest (compacted, as after an import): %.2fx%n",
                report.growthRatio()));
        if (report.stoppedEarly() != null) {
            out.append(report.stoppedEarly()).append('\n');
        }
        return out.toString();
    }
}
