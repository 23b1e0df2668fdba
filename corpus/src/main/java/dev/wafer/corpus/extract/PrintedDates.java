package dev.wafer.corpus.extract;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The dates a page prints for its readers: its header around the headline (a byline or dateline under it, a
 * kicker above it, a dated element), the page's own entry in a list of posts, and, last, a line that is a date.
 * Modification dates, dates inside sentences and dates in places that are not the article's ({@link PagePlaces})
 * are never taken.
 */
final class PrintedDates {

    /** A numeric date opening a paragraph and set off from its text, as datelines are. */
    private static final Pattern LEADING_DATE = Pattern.compile(
            "((?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?|\\d{1,2}/\\d{1,2}/)(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})\\s*(?:[-–—|:·,]|\\s[„\"“])");
    /** Words saying when something was published: a line with one is a dateline, however long. */
    private static final Pattern PUBLISHED_WORDS = Pattern.compile("(?i)(published|posted|veröffentlicht|erschienen|"
            + "publié|publicado|pubblicato|gepubliceerd|opublikowano|publicerad|julkaistu)");
    /** "14. - 20. Januar 2022", "05.10. - 08.10.2023": the span of an event or a report, not a publication day. */
    private static final Pattern DAY_RANGE = Pattern.compile("(?<!\\d)\\d{1,2}\\.(?:\\d{1,2}\\.)?\\s?[-–—]\\s?\\d{1,2}\\.");
    /** Words marking a modification date, which is never the publication's. */
    private static final Pattern MODIFIED_WORDS = Pattern.compile(
            "(?i)(updated|last modified|aktualisiert|geändert|mis à jour|modifié|actualizado|aggiornato|bijgewerkt|atualizado)");
    /** A byline, a kicker, a date label or a list entry is at most this long; longer text is prose. */
    private static final int BYLINE_MAX_CHARS = 120;
    /** How many elements right above the headline may hold its kicker or dateline. */
    private static final int KICKER_ELEMENTS = 2;
    /** A line this short that holds a date is a dateline or a date label, not prose. */
    private static final int DATE_LINE_MAX_CHARS = 60;
    private static final int PUBLISHED_LINE_MAX_CHARS = 200;
    /** How much text after the headline counts as the article's header (kicker, byline, dateline). */
    private static final int HEADER_CHARS = 250;
    /** How far into a paragraph a date still opens it, as a dateline does. */
    private static final int DATELINE_OPENING_CHARS = 40;

    private PrintedDates() {
    }

    /** The date printed in the article's header: right around its headline, or in a dated element. */
    static Optional<StatedDate> fromByline(Document page) {
        return nearHeadline(page).or(() -> datedElement(page));
    }

    /**
     * The first date in the text just after the page's headline, on a byline-length line or opening a
     * paragraph, stopping at the first "updated" so that a modification date is not taken. A date deeper
     * in a sentence under the headline ("its lowest since 6 March 2002") is a day the story mentions.
     */
    private static Optional<StatedDate> nearHeadline(Document page) {
        return headerText(page).flatMap(PublishedDates::findInByline);
    }

    /**
     * The text just after the headline, up to the first "updated"; none when the page has no headline.
     * Prose is left out but for its opening words (a gap stands for the rest, so no date is pieced
     * together across it): its dates are the story's, not the page's, unless a dateline opens it.
     */
    static Optional<String> headerText(Document page) {
        Element headline = PagePlaces.headline(page);
        if (headline == null) {
            return Optional.empty();
        }
        StringBuilder after = new StringBuilder();
        StringBuilder full = new StringBuilder();
        Node node = headline;
        while (after.length() < HEADER_CHARS && (node = nextInOrder(node, headline)) != null) {
            // The whitespace between a template's tags is no text: it must not use up the header's length.
            if (node instanceof TextNode text && !text.isBlank() && !(text.parent() instanceof Element parent && (
                    parent.tagName().equals("script") || parent.tagName().equals("style") || PagePlaces.inForeignPlace(parent)))) {
                String line = text.text();
                boolean prose = line.strip().length() > DATE_LINE_MAX_CHARS && !PUBLISHED_WORDS.matcher(line).find();
                // Masked to the same length, so the header's extent and its "updated" cut stay the same.
                after.append(prose ? datelineOnly(line) : line).append(' ');
                full.append(line).append(' ');
            } else if (node instanceof Element element && element.tagName().equals("time") && element.hasAttr("datetime")
                    && !PagePlaces.inForeignPlace(element)) {
                after.append(' ').append(element.attr("datetime")).append(' ');
                full.append(' ').append(element.attr("datetime")).append(' ');
            }
        }
        String header = after.toString();
        Matcher modified = MODIFIED_WORDS.matcher(full);
        return Optional.of(modified.find() ? header.substring(0, modified.start()) : header);
    }

    /** A date on a byline-length line just above the headline, in the elements right before it. */
    static Optional<StatedDate> kicker(Document page) {
        return kicker(page, PublishedDates::findInByline);
    }

    /** As {@link #kicker(Document)}, reading each line with {@code reader}. */
    static Optional<StatedDate> kicker(Document page, Function<String, Optional<StatedDate>> reader) {
        Element headline = PagePlaces.headline(page);
        // A headline in the site's own header band (no article or main around it) is the site's name, and the
        // line above it is the masthead's (today's date), not a kicker.
        boolean inMasthead = headline != null && PagePlaces.siteHeader(headline) != null;
        Element above = headline == null || inMasthead ? null : headline.previousElementSibling();
        for (int seen = 0; above != null && seen < KICKER_ELEMENTS; seen++, above = above.previousElementSibling()) {
            String text = above.text();
            if (text.length() <= BYLINE_MAX_CHARS && !MODIFIED_WORDS.matcher(text).find() && !PagePlaces.inForeignPlace(above)) {
                Optional<StatedDate> date = reader.apply(text);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The page's own entry in a list of posts ("recent posts": a list item or an article teaser holding a link to
     * this page's address with its date beside it or inside it). Links to other pages date those pages; a link to
     * this one dates this one, so the sidebar or widget that holds the list is not ruled out here as it is for
     * other dates. A link to the page outside such an entry (the headline's, a breadcrumb's) is not read. The
     * entry is read by its short parts and its date-named ones, so that a date in a teaser's excerpt is not taken.
     */
    static Optional<StatedDate> ownListEntry(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String own = canonical == null ? "" : withoutTrailingSlash(canonical.attr("href"));
        if (own.isEmpty()) {
            return Optional.empty();
        }
        for (Element link : page.select("a[href]")) {
            if (!withoutTrailingSlash(resolved(link, own)).equals(own)) {
                continue;
            }
            // Only an entry of a list is a post's entry: a headline's or a breadcrumb's link to its own page stands
            // beside whatever the page shows, not beside its date.
            Element entry = listEntry(link);
            if (entry == null) {
                continue;
            }
            for (Element part : entry.getAllElements()) {
                String text = part.text();
                // A date label or a date-named element, not a sentence of the excerpt that mentions a day.
                boolean label = text.length() <= DATE_LINE_MAX_CHARS
                        || text.length() <= BYLINE_MAX_CHARS && (part.tagName().equals("time") || PagePlaces.namesArticleDate(part));
                if (label && !MODIFIED_WORDS.matcher(text).find()) {
                    Optional<StatedDate> date = PublishedDates.find(text);
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The entry of a list of posts around the link: a list item or an article, or else the nearest block around it
     * that repeats beside siblings of its kind (same tag and class, as teasers do); null when the link is in no list.
     */
    private static Element listEntry(Element link) {
        Element item = link.closest("li, article");
        if (item != null) {
            return item;
        }
        // From the link's parent: links side by side are a breadcrumb or a menu, not entries with dates of their own.
        for (Element at = link.parent(); at != null && !at.tagName().equals("body"); at = at.parent()) {
            Element block = at;
            boolean repeated = at.siblingElements().stream()
                    .anyMatch(sibling -> sibling.tagName().equals(block.tagName()) && sibling.className().equals(block.className()));
            if (repeated) {
                return at;
            }
        }
        return null;
    }

    /** The link's address, a relative one ("/chips-fuer-alle") resolved against the page's own. */
    private static String resolved(Element link, String own) {
        String href = link.absUrl("href");
        if (!href.isEmpty()) {
            return href;
        }
        String written = link.attr("href").strip();
        if (written.isEmpty() || written.startsWith("#")) {
            return written; // an empty link or an anchor within the page: no entry in a list of posts
        }
        try {
            return URI.create(own).resolve(written).toString();
        } catch (IllegalArgumentException e) {
            return written; // not an address URI can read; compared as written
        }
    }

    private static String withoutTrailingSlash(String url) {
        String stripped = url.strip();
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    /** A paragraph's opening words, where a dateline stands ("Musterstadt, (08.03.2020). Wie jedes Jahr …"); the rest masked. */
    private static String datelineOnly(String line) {
        int kept = Math.min(line.length(), DATELINE_OPENING_CHARS);
        return line.substring(0, kept) + "|".repeat(line.length() - kept);
    }

    /** The node after {@code node} in document order; the headline's own text is skipped, not read as its header. */
    private static Node nextInOrder(Node node, Element headline) {
        if (node != headline && node.childNodeSize() > 0) {
            return node.childNode(0);
        }
        for (Node at = node; at != null; at = at.parent()) {
            if (at.nextSibling() != null) {
                return at.nextSibling();
            }
        }
        return null;
    }

    /** The first short date-like element of the page's own article header, in document order. */
    private static Optional<StatedDate> datedElement(Document page) {
        Element body = page.body();
        if (body == null) {
            return Optional.empty();
        }
        Element headline = PagePlaces.headline(page);
        for (Element element : body.select("time, [class], [id]")) {
            boolean isTime = element.tagName().equals("time");
            if (!isTime && !PagePlaces.namesArticleDate(element)) {
                continue;
            }
            if (!isArticleStamp(element, headline)) {
                continue;
            }
            String text = element.text();
            Optional<StatedDate> date = PublishedDates.find(element.attr("datetime"))
                    .or(() -> PublishedDates.findInByline(text));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a dated element ({@code <time>} or one named for a date) is the article's own stamp: not in a place
     * of other content or the site's header band, not the text of a link (another page's date), not after an
     * "Updated" label nor saying so itself, and — unless it is a {@code <time>}, whose text may be a long
     * phrase — no longer than a byline. Every reader of dated elements asks this one question.
     */
    static boolean isArticleStamp(Element element, Element headline) {
        if (PagePlaces.inForeignPlace(element) || PagePlaces.inSiteHeader(element, headline) || PagePlaces.inLink(element)) {
            return false;
        }
        String text = element.text();
        if (!element.tagName().equals("time") && text.length() > BYLINE_MAX_CHARS || MODIFIED_WORDS.matcher(text).find()) {
            return false;
        }
        Node before = element.previousSibling();
        return before == null || !MODIFIED_WORDS.matcher(before instanceof TextNode words ? words.text()
                : before instanceof Element label ? label.text() : "").find();
    }

    /**
     * The last resort: the first short line of the page that is a date ("22.04.2020", "Posted on April 22,
     * 2020"), a longer one that says it was published, or a paragraph opening with a date ("27.1.2022 - …")
     * — a dateline or a date label, not a date inside a sentence, which may be any day the story mentions. Lines in comments, related links, footers and after "updated" do not count,
     * nor the text of a link (another page's date) or a span of days (an event's or a report's). Measured on
     * the dev pages: it dates a third of the pages nothing else dated, one wrong for four right, where
     * dates inside longer text were wrong one time in three.
     */
    static Optional<StatedDate> dateLine(Document page) {
        Element body = page.body();
        if (body == null) {
            return Optional.empty();
        }
        // Above the headline and outside the block that holds it is the site's masthead: today's date, a
        // slider of other posts. A kicker or dateline just above the headline, in its block, still counts.
        Element headline = PagePlaces.headline(page);
        Element headlineBlock = headline == null ? null : PagePlaces.headlineBlock(headline);
        boolean inMasthead = headline != null;
        for (Element element : body.getAllElements()) {
            inMasthead &= element != headlineBlock;
            String tag = element.tagName();
            if (inMasthead || tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("template")) {
                continue;
            }
            for (TextNode node : element.textNodes()) {
                String line = node.text().strip();
                Matcher leading = LEADING_DATE.matcher(line);
                if (leading.lookingAt()) {
                    line = leading.group(1); // "14.5.2021 - Zum Auftakt der Messe …": a dateline opening the story
                }
                boolean dateline = line.length() <= DATE_LINE_MAX_CHARS
                        || line.length() <= PUBLISHED_LINE_MAX_CHARS && PUBLISHED_WORDS.matcher(line).find();
                if (line.length() < 6 || !dateline || MODIFIED_WORDS.matcher(line).find() || DAY_RANGE.matcher(line).find()) {
                    continue;
                }
                Optional<StatedDate> date = PublishedDates.find(line).filter(PublishedDates::plausible);
                if (date.isPresent() && !PagePlaces.inOtherContent(element) && !PagePlaces.inLink(element)) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }
}
