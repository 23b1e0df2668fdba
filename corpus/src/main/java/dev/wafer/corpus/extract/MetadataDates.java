package dev.wafer.corpus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date a publisher states for machines rather than readers: meta tags (Open Graph
 * {@code article:published_time}, Dublin Core, Parse.ly, Sailthru, citation tags), JSON-LD
 * {@code datePublished}, and {@code itemprop}, RDFa or HTML5 markup. Modification dates are never read.
 */
final class MetadataDates {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Meta names (property, name or itemprop, lower case) that hold the publication date, best first. */
    private static final List<String> META_NAMES = List.of(
            "article:published_time", "og:article:published_time", "article:published", "og:published_time",
            "published_time", "article.published", "datepublished", "rnews:datepublished", "dc.date.issued",
            "dcterms.issued", "dc.date.published", "dc.date.created", "dcterms.created", "citation_publication_date",
            "citation_date", "parsely-pub-date", "sailthru.date", "pubdate",
            "publishdate", "publish-date", "publish_date", "published-date", "publication_date", "publication-date",
            "date_published", "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime",
            "og:pubdate", "dc.created", "datecreated");
    /**
     * Meta names for a date of no stated kind. Content systems fill them with the last edit as often as with
     * the publication, so a publisher's JSON-LD or markup naming the publication comes first.
     */
    private static final List<String> PLAIN_DATE_META_NAMES = List.of("dc.date", "dcterms.date", "date");

    private MetadataDates() {
    }

    /**
     * The page's metadata date, best source first: a meta tag naming the publication, JSON-LD, markup, and
     * last a meta tag whose date is of no stated kind — unless the page shows a {@code <time>} of its own.
     */
    static Optional<StatedDate> find(Document page) {
        Map<String, String> meta = metaValues(page);
        return publicationMeta(meta).or(() -> fromJsonLd(page)).or(() -> fromMarkup(page))
                .or(() -> plainDateMeta(meta).map(plain -> articleTime(page).orElse(plain)));
    }

    /**
     * The first {@code <time datetime>} in the headline's block (the whole page when there is no headline) that is
     * the article's own stamp by the same test the printed dates use ({@link PrintedDates#isArticleStamp}). It
     * outranks a meta tag of no stated kind, which content systems fill with the last edit as often as with the
     * publication, but not the meta tags, JSON-LD and markup that name the publication.
     */
    static Optional<StatedDate> articleTime(Document page) {
        Element headline = PagePlaces.headline(page);
        Element block = headline == null ? page : PagePlaces.headlineBlock(headline);
        for (Element time : block.select("time[datetime]")) {
            if (PrintedDates.isArticleStamp(time, headline)) {
                return PublishedDates.find(time.attr("datetime"));
            }
        }
        return Optional.empty();
    }

    /**
     * The same moment as {@code utc} written elsewhere in the page's markup or meta tags with its own offset,
     * which gives the publisher's local day.
     */
    static Optional<StatedDate> withLocalOffset(Document page, StatedDate utc) {
        for (Element element : page.select("[datetime], meta[content], [content]")) {
            String value = element.hasAttr("datetime") ? element.attr("datetime") : element.attr("content");
            if (value.length() > 40) {
                continue;
            }
            Optional<StatedDate> local = PublishedDates.find(value)
                    .filter(date -> date.moment() != null && date.moment().getOffset().getTotalSeconds() != 0
                            && date.toInstant().equals(utc.toInstant()));
            if (local.isPresent()) {
                return local;
            }
        }
        return Optional.empty();
    }

    /** The publication date in the page's meta tags, of either kind. */
    static Optional<StatedDate> fromMeta(Document page) {
        Map<String, String> meta = metaValues(page);
        return publicationMeta(meta).or(() -> plainDateMeta(meta));
    }

    private static Optional<StatedDate> plainDateMeta(Map<String, String> values) {
        for (String name : PLAIN_DATE_META_NAMES) {
            Optional<StatedDate> date = PublishedDates.find(values.get(name));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The page's meta tags by property, name, itemprop or http-equiv (lower case), the first of each. */
    private static Map<String, String> metaValues(Document page) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : page.select("meta[content]")) {
            for (String attribute : List.of("property", "name", "itemprop", "http-equiv")) {
                // Dublin Core is written both "dcterms.created" and "dcterms:created".
                String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT).replaceFirst("^(dc|dcterms):", "$1.");
                if (!key.isEmpty()) {
                    values.putIfAbsent(key, meta.attr("content"));
                }
            }
        }
        return values;
    }

    private static Optional<StatedDate> publicationMeta(Map<String, String> values) {
        for (String name : META_NAMES) {
            Optional<StatedDate> date = PublishedDates.find(values.get(name));
            if (date.isPresent()) {
                return date;
            }
        }
        String parsely = values.get("parsely-page");
        if (parsely != null) {
            try {
                return PublishedDates.find(JSON.readTree(parsely).path("pub_date").asText(null));
            } catch (Exception ignored) {
                // not JSON after all; other sources follow
            }
        }
        return Optional.empty();
    }

    static Optional<StatedDate> fromJsonLd(Document page) {
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> others = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), articles, others);
            } catch (Exception ignored) {
                // Broken JSON-LD is common; the page's other sources still count.
            }
        }
        for (List<JsonNode> nodes : List.of(articles, others)) {
            for (JsonNode node : nodes) {
                Optional<StatedDate> date = PublishedDates.find(node.path("datePublished").asText(null))
                        .or(() -> PublishedDates.find(node.path("dateCreated").asText(null)));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    private static void collect(JsonNode node, List<JsonNode> articles, List<JsonNode> others) {
        if (node == null || !node.isContainerNode()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, articles, others));
            return;
        }
        if (node.has("datePublished") || node.has("dateCreated")) {
            String type = node.path("@type").toString();
            boolean article = type.contains("Article") || type.contains("Posting") || type.contains("Report")
                    || type.contains("BlogPost");
            (article ? articles : others).add(node);
        }
        // Not an ItemList's elements: they are other pages (related stories, a list of posts), with dates of their own.
        for (String nested : List.of("@graph", "mainEntity", "mainEntityOfPage")) {
            collect(node.get(nested), articles, others);
        }
    }

    /** Microdata, RDFa and HTML5 markup for the publication moment: itemprop, property, time pubdate, hAtom. */
    static Optional<StatedDate> fromMarkup(Document page) {
        return markedDate(page, "[itemprop=datePublished], time[pubdate], abbr.published, .published[title],"
                + " time.published, time.entry-date, [property=schema:datePublished], [property=datePublished]")
                // RDFa, as Drupal writes it: a node's creation is its publication when nothing says published.
                .or(() -> markedDate(page, "[property=schema:dateCreated], [property=dateCreated]"));
    }

    private static Optional<StatedDate> markedDate(Document page, String selector) {
        for (Element element : page.select(selector)) {
            if (PagePlaces.inForeignPlace(element)) {
                continue;
            }
            for (String value : List.of(element.attr("content"), element.attr("datetime"), element.attr("title"), element.text())) {
                Optional<StatedDate> date = PublishedDates.find(value);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }
}
