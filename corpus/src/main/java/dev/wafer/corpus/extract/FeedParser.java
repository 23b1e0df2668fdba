package dev.wafer.corpus.extract;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads RSS 0.9x, 1.0 and 2.0 and Atom feeds with Rome. Entry HTML is flattened to paragraphs of
 * plain text; relative links are resolved against the feed's address. Rome refuses DOCTYPEs by
 * default, so a hostile feed cannot make it read local files (XXE).
 */
public final class FeedParser {

    private FeedParser() {
    }

    public static ParsedFeed parse(String xml, String feedUrl) {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            throw new FeedParseException(explain(xml, feedUrl, e), e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = absolute(firstNonBlank(entry.getLink(), entry.getUri()), feedUrl);
            items.add(new FeedItem(link, blankToNull(plain(entry.getTitle())), summary(entry),
                    entry.getPublishedDate() == null ? null : entry.getPublishedDate().toInstant(),
                    entry.getUpdatedDate() == null ? null : entry.getUpdatedDate().toInstant(),
                    blankToNull(entry.getAuthor())));
        }
        return new ParsedFeed(blankToNull(plain(feed.getTitle())), items);
    }

    private static String explain(String xml, String feedUrl, Exception cause) {
        String head = xml.stripLeading().substring(0, Math.min(xml.stripLeading().length(), 512)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head")) {
            String discovered = discoverFeed(xml, feedUrl);
            return "this address serves a web page, not an RSS or Atom feed"
                    + (discovered == null ? "" : "; the page names its feed: " + discovered);
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return "the feed is not valid RSS or Atom (" + reason.lines().findFirst().orElse(reason).strip() + ")";
    }

    /** The feed a page advertises with {@code <link rel="alternate" type="application/rss+xml">}. */
    static String discoverFeed(String html, String pageUrl) {
        Document page = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        Element link = page.selectFirst("link[rel=alternate][type~=(?i)application/(rss|atom)\\+xml][href]");
        return link == null ? null : blankToNull(link.absUrl("href"));
    }

    private static String summary(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && content.getValue().length() > html.length()) {
                html.setLength(0);
                html.append(content.getValue());
            }
        }
        if (html.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            html.append(entry.getDescription().getValue());
        }
        return paragraphs(html.toString());
    }

    /** HTML (or plain text) to paragraphs separated by blank lines. */
    static String paragraphs(String html) {
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.select("script, style, img, figure, iframe").remove();
        List<String> paragraphs = new ArrayList<>();
        for (Element block : fragment.select("p, li, blockquote, h2, h3")) {
            String text = block.text().strip();
            if (!text.isEmpty() && !PageJunk.isJunkLine(text)) {
                paragraphs.add(text);
            }
        }
        return paragraphs.isEmpty() ? fragment.text().strip() : String.join("\n\n", paragraphs);
    }

    private static String plain(String maybeHtml) {
        return maybeHtml == null ? null : Jsoup.parseBodyFragment(maybeHtml).text();
    }

    private static String absolute(String link, String base) {
        if (link == null) {
            return null;
        }
        try {
            URI resolved = base == null ? new URI(link.strip()) : URI.create(base).resolve(link.strip());
            String scheme = resolved.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    ? resolved.toString() : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : blankToNull(second);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
