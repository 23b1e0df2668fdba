package dev.wafer.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wafer.corpus.extract.ExtractedPage;
import dev.wafer.corpus.extract.HtmlArticleExtractor;
import dev.wafer.corpus.extract.SavedPages;
import dev.wafer.corpus.extract.StatedDate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Scores page extraction on three saved benchmarks, each the way its own scorer does (see the README beside each):
 * the article-extraction benchmark's body text by 4-word shingles, averaged over pages; trafilatura's release-gate
 * pages by whether each page's must-have snippets are in the body and its must-not snippets are not, summed over
 * pages; htmldate's dates by the day found. Speed is body, date and publisher together, one page at a time.
 */
public final class ExtractionScores {

    // gold.json writes NaN for the few pages a person found undated.
    private static final ObjectMapper JSON = new ObjectMapper(
            JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build());
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /** Body text by shingles, averaged over pages; {@code below} names the pages whose F1 is under one half. */
    public record BodyScore(double precision, double recall, double f1, int pages, List<String> below) {
        public BodyScore {
            below = List.copyOf(below);
        }
    }

    /** Snippets found, summed over pages: {@code with} snippets found are true positives, {@code without} ones false. */
    public record SnippetScore(double precision, double recall, double accuracy, double f1, int pages, int missing) {
    }

    public record DateScore(double precision, double recall, double accuracy, int pages) {
    }

    public record Speed(double pagesPerSecond, double p95Millis, int pages) {
    }

    private ExtractionScores() {
    }

    /**
     * The article-extraction benchmark ({@code ground-truth.json} and {@code pages/ID.html.gz}): each page's
     * precision and recall by 4-word shingles of the body against the gold text, averaged over pages.
     */
    public static BodyScore articles(Path folder, Consumer<String> misses) {
        JsonNode truth = readJson(folder.resolve("ground-truth.json"));
        double precision = 0;
        double recall = 0;
        int pages = 0;
        List<String> below = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : truth.properties()) {
            String gold = entry.getValue().path("articleBody").asText("");
            String url = entry.getValue().path("url").asText(null);
            String extracted = HtmlArticleExtractor.extract(gzipped(folder.resolve("pages").resolve(entry.getKey() + ".html.gz")), url).body();
            double[] pr = shingleScore(extracted == null ? "" : extracted, gold);
            precision += pr[0];
            recall += pr[1];
            pages++;
            double f1 = pr[0] + pr[1] == 0 ? 0 : 2 * pr[0] * pr[1] / (pr[0] + pr[1]);
            if (f1 < 0.5) {
                below.add(entry.getKey());
            }
            if (pr[0] < 0.9 || pr[1] < 0.9) {
                misses.accept(String.format(java.util.Locale.ROOT, "article %s P=%.3f R=%.3f %s", entry.getKey(), pr[0], pr[1], url));
            }
        }
        precision /= pages;
        recall /= pages;
        return new BodyScore(precision, recall, 2 * precision * recall / (precision + recall), pages, below);
    }

    /**
     * Trafilatura's release-gate pages ({@code evaldata-dev.json} and {@code html/}), scored as its
     * {@code score.py}: whitespace-normalised substring matching, read the way {@code wafer extract} reads a saved
     * page (no address); a page that cannot be read finds none of its snippets.
     */
    public static SnippetScore pages(Path folder, Consumer<String> misses) {
        JsonNode evaluation = readJson(folder.resolve("evaldata-dev.json"));
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        int missing = 0;
        List<Map.Entry<Integer, String>> worst = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : evaluation.properties()) {
            String file = entry.getValue().path("file").asText();
            Path page = folder.resolve("html").resolve(file);
            String body = null;
            if (Files.isRegularFile(page)) {
                SavedPages.Result read = SavedPages.read(page);
                body = read.failed() ? null : normalised(read.page().body());
            } else {
                missing++;
            }
            int found = 0;
            int withs = 0;
            for (JsonNode snippet : entry.getValue().path("with")) {
                withs++;
                found += body != null && body.contains(normalised(snippet.asText())) ? 1 : 0;
            }
            int wrong = 0;
            int withouts = 0;
            for (JsonNode snippet : entry.getValue().path("without")) {
                withouts++;
                wrong += body != null && body.contains(normalised(snippet.asText())) ? 1 : 0;
            }
            tp += found;
            fn += withs - found;
            fp += wrong;
            tn += withouts - wrong;
            int lost = withs - found + wrong;
            if (lost > 0) {
                worst.add(Map.entry(lost, file + ": " + (withs - found) + " 'with' snippets missing, " + wrong
                        + " 'without' snippets present"));
            }
        }
        worst.sort(Comparator.comparing((Map.Entry<Integer, String> e) -> e.getKey()).reversed());
        worst.stream().limit(40).forEach(line -> misses.accept("page " + line.getValue()));
        double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double accuracy = (tp + tn) / (double) Math.max(1, tp + tn + fp + fn);
        double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        return new SnippetScore(precision, recall, accuracy, f1, evaluation.size(), missing);
    }

    /** htmldate's comparison ({@code gold.json} and {@code pages/ID.html.gz}): the page alone, no address. */
    public static DateScore dates(Path folder, Consumer<String> misses) {
        JsonNode gold = readJson(folder.resolve("gold.json"));
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int undated = 0;
        for (Map.Entry<String, JsonNode> entry : gold.properties()) {
            JsonNode goldDate = entry.getValue().path("date");
            String expected = goldDate.isTextual() ? goldDate.asText() : null;
            StatedDate found = HtmlArticleExtractor.extract(gzipped(folder.resolve("pages").resolve(entry.getKey() + ".html.gz")), null)
                    .publishedAsStated();
            String url = entry.getValue().path("url").asText();
            if (found == null && expected == null) {
                undated++; // a page with no date, left undated: right, but not a true positive
            } else if (found == null) {
                fn++;
                misses.accept("date " + entry.getKey() + " none, want " + expected + " " + url);
            } else if (found.day().toString().equals(expected)) {
                tp++;
            } else {
                fp++;
                misses.accept("date " + entry.getKey() + " got " + found + ", want " + expected + " " + url);
            }
        }
        int pages = tp + fp + fn + undated;
        return new DateScore(tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn), tp / (double) pages, pages);
    }

    /** Extraction (body, date, publisher) of every page given, one at a time on this thread, after a warm-up pass. */
    public static Speed speed(List<byte[]> pages) {
        if (pages.isEmpty()) {
            return new Speed(0, 0, 0);
        }
        pages.forEach(page -> HtmlArticleExtractor.extract(page, null));
        long[] nanos = new long[pages.size()];
        long start = System.nanoTime();
        for (int i = 0; i < pages.size(); i++) {
            long began = System.nanoTime();
            ExtractedPage page = HtmlArticleExtractor.extract(pages.get(i), null);
            nanos[i] = System.nanoTime() - began;
            if (page == null) {
                throw new IllegalStateException("no extraction result");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        return new Speed(pages.size() / seconds, nanos[(int) Math.floor(0.95 * (nanos.length - 1))] / 1e6, pages.size());
    }

    /** The saved pages of a benchmark folder ({@code html/*}, {@code pages/*.html.gz}), as bytes, for {@link #speed}. */
    public static List<byte[]> savedPages(Path folder) {
        List<byte[]> pages = new ArrayList<>();
        for (String sub : List.of("html", "pages")) {
            Path dir = folder.resolve(sub);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (var files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    pages.add(file.toString().endsWith(".gz") ? gzipped(file) : Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the saved pages in " + dir, e);
            }
        }
        return pages;
    }

    /** {precision, recall} by 4-word shingles, as the article-extraction benchmark defines them. */
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
        double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
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

    static String normalised(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static JsonNode readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Cannot find " + file.getFileName() + " in " + file.getParent());
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    private static byte[] gzipped(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the saved page " + file, e);
        }
    }
}
