package dev.wafer.corpus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a news page: its metadata from Open Graph, {@code article:*} meta tags and
 * JSON-LD, its publication date ({@link PublishedDateFinder}), and its main text ({@link ArticleBody},
 * or the JSON-LD {@code articleBody} when the page itself yields much less).
 */
public final class HtmlArticleExtractor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private HtmlArticleExtractor() {
    }

    /** Reads a saved or downloaded page from its bytes, in the charset it declares (see {@link TextDecoding}). */
    public static ExtractedPage extract(byte[] html, String pageUrl) {
        return extract(TextDecoding.decode(html, null), pageUrl);
    }

    public static ExtractedPage extract(String html, String pageUrl) {
        Document page = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        List<JsonNode> jsonLd = jsonLdArticles(page);

        String headline = firstNonBlank(meta(page, "og:title"), jsonText(jsonLd, "headline"),
                page.selectFirst("h1") == null ? null : page.selectFirst("h1").text());
        String title = firstNonBlank(headline, cleanTitleTag(page.title()));
        String author = firstNonBlank(meta(page, "author"), jsonAuthor(jsonLd), meta(page, "article:author"));
        StatedDate published = PublishedDateFinder.find(page, pageUrl).orElse(null);
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String canonicalUrl = firstNonBlank(canonical == null ? null : canonical.absUrl("href"), meta(page, "og:url"));
        PagePublisher.Found publisher = PagePublisher.of(page, firstNonBlank(jsonPublisher(jsonLd), meta(page, "og:site_name"),
                meta(page, "application-name")), headline, firstNonBlank(canonicalUrl, pageUrl)).orElse(null);

        String body = chooseBody(ArticleBody.of(page), jsonText(jsonLd, "articleBody"));
        return new ExtractedPage(title, publisher == null ? null : publisher.name(), publisher == null ? null : publisher.source(),
                author, published, blankToNull(canonicalUrl), body);
    }

    /**
     * The page's own text, unless the publisher's JSON-LD {@code articleBody} is clearly more of the
     * article: many sites put only a teaser there (or the text before the paywall), so it wins only when
     * the page yields much less.
     */
    private static String chooseBody(String fromPage, String fromJsonLd) {
        if (fromJsonLd == null || fromJsonLd.length() <= 300) {
            return fromPage;
        }
        String declared = cleanPlainBody(fromJsonLd);
        return fromPage.length() < declared.length() * 0.7 ? declared : fromPage;
    }

    private static String cleanPlainBody(String text) {
        return TextArticleParser.parse("Body:\n" + text).body();
    }

    private static List<JsonNode> jsonLdArticles(Document page) {
        List<JsonNode> articles = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collectArticles(JSON.readTree(script.data()), articles);
            } catch (Exception ignored) {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }
        return articles;
    }

    private static void collectArticles(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collectArticles(child, into));
            return;
        }
        if (node.has("@graph")) {
            collectArticles(node.get("@graph"), into);
        }
        String type = node.path("@type").isArray() ? node.path("@type").toString() : node.path("@type").asText("");
        if (type.contains("Article") || type.contains("Posting") || type.contains("Report")) {
            into.add(node);
        }
    }

    private static String jsonText(List<JsonNode> articles, String field) {
        return articles.stream().map(node -> node.path(field)).filter(JsonNode::isTextual)
                .map(JsonNode::asText).filter(text -> !text.isBlank()).findFirst().orElse(null);
    }

    private static String jsonPublisher(List<JsonNode> articles) {
        return articles.stream().map(node -> node.path("publisher").path("name").asText(""))
                .filter(name -> !name.isBlank()).findFirst().orElse(null);
    }

    private static String jsonAuthor(List<JsonNode> articles) {
        for (JsonNode article : articles) {
            JsonNode author = article.path("author");
            JsonNode first = author.isArray() ? author.path(0) : author;
            String name = first.isTextual() ? first.asText() : first.path("name").asText("");
            if (!name.isBlank()) {
                return name;
            }
        }
        return null;
    }

    private static String meta(Document page, String name) {
        Element tag = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return tag == null ? null : blankToNull(tag.attr("content"));
    }

    private static String cleanTitleTag(String title) {
        // "Headline | Site" and "Headline - Site": keep the longest part, the headline.
        String[] parts = title.split("\\s+[|–—-]\\s+");
        String best = "";
        for (String part : parts) {
            best = part.length() > best.length() ? part : best;
        }
        return blankToNull(best);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
