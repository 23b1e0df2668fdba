package dev.wafer.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What {@code wafer eval --pages} prints: the three extraction benchmarks' scores (a benchmark whose folder is
 * absent is left out, null) and the speed of extraction on all their pages together.
 */
public record ExtractionReport(ExtractionScores.SnippetScore pages, ExtractionScores.BodyScore articles,
                               ExtractionScores.DateScore dates, ExtractionScores.Speed speed) {

    /**
     * Scores the pages benchmark in {@code pagesFolder} and the article and date benchmarks in the folders given, or
     * beside it ({@code ../articles}, {@code ../dates}) when they are there.
     */
    public static ExtractionReport measure(Path pagesFolder, Path articlesFolder, Path datesFolder, Consumer<String> misses) {
        if (!Files.isRegularFile(pagesFolder.resolve("evaldata-dev.json"))) {
            throw new IllegalArgumentException("--pages wants the benchmark folder holding evaldata-dev.json and html/, not "
                    + pagesFolder);
        }
        Path articles = articlesFolder != null ? articlesFolder : beside(pagesFolder, "articles", "ground-truth.json");
        Path dates = datesFolder != null ? datesFolder : beside(pagesFolder, "dates", "gold.json");
        List<byte[]> all = new ArrayList<>(ExtractionScores.savedPages(pagesFolder));
        ExtractionScores.SnippetScore pageScore = ExtractionScores.pages(pagesFolder, misses);
        ExtractionScores.BodyScore articleScore = null;
        if (articles != null) {
            articleScore = ExtractionScores.articles(articles, misses);
            all.addAll(ExtractionScores.savedPages(articles));
        }
        ExtractionScores.DateScore dateScore = null;
        if (dates != null) {
            dateScore = ExtractionScores.dates(dates, misses);
            all.addAll(ExtractionScores.savedPages(dates));
        }
        return new ExtractionReport(pageScore, articleScore, dateScore, ExtractionScores.speed(all));
    }

    private static Path beside(Path pagesFolder, String name, String marker) {
        Path parent = pagesFolder.toAbsolutePath().normalize().getParent();
        Path folder = parent == null ? null : parent.resolve(name);
        return folder != null && Files.isRegularFile(folder.resolve(marker)) ? folder : null;
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "pages (snippets, %d pages%s): F1 %.3f  precision %.3f  recall %.3f  accuracy %.3f%n",
                pages.pages(), pages.missing() > 0 ? ", " + pages.missing() + " missing" : "", pages.f1(), pages.precision(),
                pages.recall(), pages.accuracy()));
        if (articles != null) {
            out.append(String.format(Locale.ROOT, "articles (shingles, %d pages): F1 %.3f  precision %.3f  recall %.3f  under 0.5: %s%n",
                    articles.pages(), articles.f1(), articles.precision(), articles.recall(),
                    articles.below().isEmpty() ? "none" : String.join(", ", articles.below())));
        }
        if (dates != null) {
            out.append(String.format(Locale.ROOT, "dates (%d pages): accuracy %.3f  precision %.3f  recall %.3f%n",
                    dates.pages(), dates.accuracy(), dates.precision(), dates.recall()));
        }
        out.append(String.format(Locale.ROOT, "speed (%d pages, one thread, body + date + publisher): %.0f pages/s, p95 %.1f ms%n",
                speed.pages(), speed.pagesPerSecond(), speed.p95Millis()));
        return out.toString();
    }

    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pages", ordered("pages", pages.pages(), "missing", pages.missing(), "f1", round(pages.f1()),
                "precision", round(pages.precision()), "recall", round(pages.recall()), "accuracy", round(pages.accuracy())));
        json.put("articles", articles == null ? null : ordered("pages", articles.pages(), "f1", round(articles.f1()),
                "precision", round(articles.precision()), "recall", round(articles.recall()), "under05", articles.below()));
        json.put("dates", dates == null ? null : ordered("pages", dates.pages(), "accuracy", round(dates.accuracy()),
                "precision", round(dates.precision()), "recall", round(dates.recall())));
        json.put("speed", ordered("pages", speed.pages(), "pagesPerSecond", Math.round(speed.pagesPerSecond()),
                "p95Ms", round(speed.p95Millis())));
        return json;
    }

    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
