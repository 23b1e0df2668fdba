package dev.wafer.corpus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a news page: its metadata from Open Graph, {@code article:*} meta tags and
 * JSON-LD, and its main text from JSON-LD {@code articleBody}, the {@code <article>} element, or —
 * failing both — the block holding most paragraph text (a small readability-style score), with
 * navigation, asides, scripts, share bars and newsletter boxes removed first.
 */
public final class HtmlArticleExtractor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BOILERPLATE_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(share|sharing|social|related|newsletter|subscribe|comment|comments|advert|ad|ads|promo"
                    + "|sidebar|footer|nav|navbar|menu|cookie|breadcrumbs?|author-bio|bio|recirc|outbrain|taboola"
                    + "|popular|trending|signup|paywall|modal)([\\s_-]|$)");
    private static final int MIN_PARAGRAPH_CHARS = 40;

    private HtmlArticleExtractor() {
    }

    /** Reads a saved or downloaded page from its bytes, in the charset it declares (see {@link TextDecoding}). */
    public static ExtractedPage extract(byte[] html, String pageUrl) {
        return extract(TextDecoding.decode(html, null), pageUrl);
    }

    public static ExtractedPage extract(String html, String pageUrl) {
        Document page = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        List<JsonNode> jsonLd = jsonLdArticles(page);

        String title = firstNonBlank(meta(page, "og:title"), jsonText(jsonLd, "headline"),
                page.selectFirst("h1") == null ? null : page.selectFirst("h1").text(), cleanTitleTag(page.title()));
        String publisher = firstNonBlank(meta(page, "og:site_name"), jsonPublisher(jsonLd), meta(page, "application-name"));
        String author = firstNonBlank(meta(page, "author"), jsonAuthor(jsonLd), meta(page, "article:author"));
        StatedDate published = PublishedDateFinder.find(page, pageUrl).orElse(null);
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String canonicalUrl = firstNonBlank(canonical == null ? null : canonical.absUrl("href"), meta(page, "og:url"));

        String body = Optional.ofNullable(jsonText(jsonLd, "articleBody"))
                .filter(text -> text.length() > 300)
                .map(HtmlArticleExtractor::cleanPlainBody)
                .orElseGet(() -> mainText(page));
        return new ExtractedPage(title, publisher, author, published, blankToNull(canonicalUrl), body);
    }

    private static String mainText(Document page) {
        page.select("script, style, noscript, template, svg, nav, header, footer, aside, form, iframe, button,"
                + " figure figcaption, [role=navigation], [role=complementary], [aria-hidden=true]").remove();
        page.getAllElements().stream()
                .filter(element -> element != page.body() && BOILERPLATE_CLASS.matcher(element.className() + " " + element.id()).find())
                .filter(element -> !element.tagName().equals("article") && !element.tagName().equals("main"))
                .toList()
                .forEach(Element::remove);
        Element container = page.selectFirst("article");
        if (container == null || paragraphChars(container) < 200) {
            container = densestBlock(page).orElse(page.body());
        }
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Element block : container.select("p, h2, h3, li, blockquote")) {
            if (!block.select("p").isEmpty() && !block.tagName().equals("p")) {
                continue; // its paragraphs are visited themselves
            }
            String text = block.text().strip();
            boolean isParagraph = block.tagName().equals("p") || block.tagName().equals("blockquote");
            if ((isParagraph ? text.length() >= MIN_PARAGRAPH_CHARS : text.length() >= 80)
                    && !PageJunk.isJunkLine(text) && seen.add(text)) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            return cleanPlainBody(container.wholeText());
        }
        return String.join("\n\n", paragraphs);
    }

    /** The element whose direct paragraph children hold the most text. */
    private static Optional<Element> densestBlock(Document page) {
        return page.select("p").stream()
                .map(Element::parent)
                .filter(parent -> parent != null)
                .distinct()
                .max(Comparator.comparingInt(HtmlArticleExtractor::paragraphChars));
    }

    private static int paragraphChars(Element element) {
        return element.select("> p, > div > p").stream().mapToInt(p -> p.text().length()).sum();
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
