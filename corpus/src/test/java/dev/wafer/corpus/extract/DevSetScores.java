package dev.wafer.corpus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Scores {@link HtmlArticleExtractor} on the saved dev pages in {@code ../shared/eval}: body text by
 * the article-extraction-benchmark's shingle scoring, dates by htmldate's comparison (see the two
 * README files there). Runnable on its own ({@code main}) to print per-page misses while tuning.
 */
final class DevSetScores {

    static final Path EVAL = Path.of("..", "..", "shared", "eval").toAbsolutePath().normalize();
    // gold.json writes NaN for the few pages a person found undated.
    private static final ObjectMapper JSON = new ObjectMapper(
            com.fasterxml.jackson.core.JsonFactory.builder().enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build());
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    record BodyScore(double precision, double recall, double f1, int pages) {
    }

    record DateScore(double precision, double recall, double accuracy, int pages) {
    }

    record Speed(double pagesPerSecond, double p95Millis) {
    }

    private DevSetScores() {
    }

    static Path evalFolder() {
        // Tests run in the module folder (corpus/), main from the worktree root.
        for (Path candidate : List.of(EVAL, Path.of("..", "shared", "eval").toAbsolutePath().normalize())) {
            if (Files.isDirectory(candidate.resolve("articles")) && Files.isDirectory(candidate.resolve("dates"))) {
                return candidate;
            }
        }
        return null;
    }

    static byte[] page(Path folder, String id) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(folder.resolve("pages").resolve(id + ".html.gz")))) {
            return in.readAllBytes();
        }
    }

    static BodyScore bodies(Path eval, boolean verbose) throws IOException {
        Path folder = eval.resolve("articles");
        JsonNode truth = JSON.readTree(folder.resolve("ground-truth.json").toFile());
        double precision = 0;
        double recall = 0;
        int pages = 0;
        for (Map.Entry<String, JsonNode> entry : truth.properties()) {
            String gold = entry.getValue().path("articleBody").asText("");
            String url = entry.getValue().path("url").asText(null);
            String extracted = HtmlArticleExtractor.extract(page(folder, entry.getKey()), url).body();
            double[] pr = shingleScore(extracted == null ? "" : extracted, gold);
            precision += pr[0];
            recall += pr[1];
            pages++;
            if (verbose && (pr[0] < 0.9 || pr[1] < 0.9)) {
                System.out.printf(Locale.ROOT, "body %s P=%.3f R=%.3f %s%n", entry.getKey(), pr[0], pr[1], url);
            }
        }
        precision /= pages;
        recall /= pages;
        return new BodyScore(precision, recall, 2 * precision * recall / (precision + recall), pages);
    }

    static DateScore dates(Path eval, boolean verbose) throws IOException {
        Path folder = eval.resolve("dates");
        JsonNode gold = JSON.readTree(folder.resolve("gold.json").toFile());
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int undated = 0;
        for (Map.Entry<String, JsonNode> entry : gold.properties()) {
            JsonNode goldDate = entry.getValue().path("date");
            String expected = goldDate.isTextual() ? goldDate.asText() : null;
            // htmldate's comparison gives the page only, no URL.
            StatedDate found = HtmlArticleExtractor.extract(page(folder, entry.getKey()), null).publishedAsStated();
            if (found == null && expected == null) {
                undated++; // a page with no date, left undated: right, but not a true positive
            } else if (found == null) {
                fn++;
                if (verbose) {
                    System.out.printf("date %s none, want %s %s%n", entry.getKey(), expected, entry.getValue().path("url").asText());
                }
            } else if (found != null && found.day().toString().equals(expected)) {
                tp++;
            } else {
                fp++;
                if (verbose) {
                    System.out.printf("date %s got %s, want %s %s%n   %s%n", entry.getKey(), found, expected,
                            entry.getValue().path("url").asText(), sources(page(folder, entry.getKey())));
                }
            }
        }
        int pages = tp + fp + fn + undated;
        return new DateScore(tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn), tp / (double) pages, pages);
    }

    /** What each date source finds on a page, to see which one misled. */
    static String sources(byte[] html) {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(TextDecoding.decode(html, null));
        return "meta=" + MetadataDates.fromMeta(page).orElse(null) + " jsonld=" + MetadataDates.fromJsonLd(page).orElse(null)
                + " markup=" + MetadataDates.fromMarkup(page).orElse(null) + " url=" + AddressDates.fromUrl(page, null).orElse(null)
                + " byline=" + PrintedDates.fromByline(page).orElse(null);
    }

    /** Body and date of every page of both sets, timed per page after one warm-up pass. */
    static Speed speed(Path eval) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        for (String set : List.of("articles", "dates")) {
            try (var files = Files.list(eval.resolve(set).resolve("pages"))) {
                for (Path file : files.sorted().toList()) {
                    pages.add(page(file.getParent().getParent(), file.getFileName().toString().replace(".html.gz", "")));
                }
            }
        }
        pages.forEach(page -> HtmlArticleExtractor.extract(page, null));
        long[] nanos = new long[pages.size()];
        long start = System.nanoTime();
        for (int i = 0; i < pages.size(); i++) {
            long began = System.nanoTime();
            HtmlArticleExtractor.extract(pages.get(i), null);
            nanos[i] = System.nanoTime() - began;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        return new Speed(pages.size() / seconds, nanos[(int) Math.floor(0.95 * (nanos.length - 1))] / 1e6);
    }

    /** {tp/(tp+fp+fn) share of precision, recall} by 4-word shingles, as the benchmark defines them. */
    static double[] shingleScore(String extracted, String gold) {
        Map<List<String>, Integer> predicted = shingles(extracted);
        Map<List<String>, Integer> truth = shingles(gold);
        int tp = 0;
        int fp = 0;
        for (Map.Entry<List<String>, Integer> entry : predicted.entrySet()) {
            int shared = Math.min(entry.getValue(), truth.getOrDefault(entry.getKey(), 0));
            tp += shared;
            fp += entry.getValue() - shared;
        }
        int fn = truth.values().stream().mapToInt(Integer::intValue).sum() - tp;
        if (fp == 0 && fn == 0) {
            return new double[] {1, 1};
        }
        double all = tp + fp + fn;
        double p = tp + fp == 0 ? 0 : (tp / all) / ((tp + fp) / all);
        double r = tp + fn == 0 ? 0 : (tp / all) / ((tp + fn) / all);
        return new double[] {p, r};
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        Map<List<String>, Integer> counts = new HashMap<>();
        if (words.size() < 4) {
            counts.put(List.copyOf(words), 1);
            return counts;
        }
        for (int i = 0; i + 4 <= words.size(); i++) {
            counts.merge(List.copyOf(words.subList(i, i + 4)), 1, Integer::sum);
        }
        return counts;
    }

    public static void main(String[] args) throws IOException {
        Path eval = evalFolder();
        if (eval == null) {
            System.out.println("no ../shared/eval here");
            return;
        }
        boolean verbose = args.length > 0;
        if (args.length == 0 || args[0].equals("body")) {
            System.out.println(bodies(eval, verbose));
        }
        if (args.length == 0 || args[0].equals("dates")) {
            System.out.println(dates(eval, verbose));
        }
        if (args.length == 0 || args[0].equals("speed")) {
            System.out.println(speed(eval));
        }
    }
}
