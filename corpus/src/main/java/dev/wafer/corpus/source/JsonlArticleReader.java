package dev.wafer.corpus.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.ArticleIds;
import dev.wafer.corpus.extract.PublishedDates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads articles from JSON Lines: {@code url}, {@code title} and {@code body} are required;
 * {@code publisher} or {@code source}; {@code published_at} or {@code published}; optional
 * {@code author}. One bad line rejects the whole file, naming the line, so nothing is half-imported.
 */
public final class JsonlArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean urlRequired;

    private JsonlArticleReader(boolean urlRequired) {
        this.urlRequired = urlRequired;
    }

    /** For files moderators import: every article must say where it was published. */
    public static JsonlArticleReader strict() {
        return new JsonlArticleReader(true);
    }

    /** For the bundled starter briefs, which give a URL only where the page is known to exist. */
    static JsonlArticleReader urlOptional() {
        return new JsonlArticleReader(false);
    }

    public List<Article> read(Path file, Reader source, Instant importedAt) {
        List<Article> articles = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(source)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    articles.add(parseLine(file, number, line, importedAt));
                }
            }
        } catch (IOException e) {
            throw new ArticleFileException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (articles.isEmpty()) {
            throw new ArticleFileException(file, "holds no articles");
        }
        return articles;
    }

    private Article parseLine(Path file, int number, String line, Instant importedAt) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ArticleFileException(file, "line " + number + " is not valid JSON ("
                    + e.getOriginalMessage() + "); nothing from this file was imported", e);
        }
        if (!node.isObject()) {
            throw new ArticleFileException(file, "line " + number + " is not a JSON object; nothing from this file was imported");
        }
        String url = text(node, "url");
        String title = text(node, "title");
        String body = text(node, "body");
        String publisher = firstNonNull(text(node, "publisher"), text(node, "source"));
        String published = firstNonNull(text(node, "published_at"), text(node, "published"));
        List<String> missing = new ArrayList<>();
        if (urlRequired && url == null) {
            missing.add("url");
        }
        if (title == null) {
            missing.add("title");
        }
        if (body == null) {
            missing.add("body");
        }
        if (publisher == null) {
            missing.add("publisher (or source)");
        }
        if (!missing.isEmpty()) {
            throw new ArticleFileException(file, "line " + number + " lacks " + String.join(", ", missing)
                    + "; nothing from this file was imported");
        }
        Instant date = null;
        if (published != null) {
            date = PublishedDates.parse(published).orElseThrow(() -> new ArticleFileException(file, "line " + number
                    + " has a publication date Wafer cannot read: \"" + published
                    + "\" (use ISO 8601, e.g. 2025-08-14 or 2025-08-14T09:30:00Z)"));
        }
        // A brief without a known page gets a content-derived id and a reference that is not a link.
        String reference = url != null ? url : StarterCorpus.BRIEF_REFERENCE + ArticleIds.forArticle(null, body);
        return Article.of(reference, title, publisher, text(node, "author"), date, body, importedAt);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
