package dev.wafer.corpus.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where on a page a date stands: the article's headline and the block that holds it, or a place whose dates
 * are not the article's (comments, related links, a page footer, an aside of other content, navigation). The
 * date readers ask these questions so that every one of them draws the same borders.
 */
final class PagePlaces {

    /** A class or id naming a date the article was published under. */
    private static final Pattern DATE_MARKER = Pattern.compile(
            "(?i)(date|time|byline|author|posted|publi|datum|fecha|data|dateline|meta|timestamp|zeit|stamp)");
    /** Places whose dates are not the article's: comments, related links, footers, modifications. */
    private static final Pattern FOREIGN_PLACE = Pattern.compile(
            "(?i)(^|[\\s_-])(comments?|related|recommend\\w*|footer|sidebar|widget|teaser|popular|trending|modified"
                    + "|updated?|copyright|reply|replies|responses?|archive|calendar|weather|newsletter|ticker|next|prev(ious)?)"
                    + "([\\s_-]|$)");
    /**
     * An aside named as the post's own details ("post-meta", "entry-date", "blog-data", or just "meta"): words anchored
     * at a name's start, so "latest-updates", "timeline" or "author-box" asides (other posts, other dates) stay foreign.
     */
    private static final Pattern ARTICLE_DETAILS = Pattern.compile(
            "(?i)(^|[\\s_-])(post|entry|article|blog)[-_]?(meta|data|date|info|details)|(^|\\s)meta(?=\\s|$)");
    private static final Pattern SIDEBAR_WORD = Pattern.compile("(?i)sidebar");
    /** A block named as the page's main content: "main", "content", "main-content", "primary", "site-main". */
    private static final Pattern MAIN_CONTENT = Pattern.compile(
            "(?i)(^|\\s)((site|page)-)?(main|content|primary)(-content)?(?=\\s|$)");
    private static final Pattern FOOTER_WORD = Pattern.compile("(?i)(^|(?<=\\s))footer(?=\\s|$)");
    private static final Pattern ARTICLE_WORD = Pattern.compile("(?i)(^|\\s)article(\\s|$)");
    /** A class or id that is one of these words, or starts with one ("comment-list", "related-posts"). */
    private static final Pattern OTHER_CONTENT = Pattern.compile(
            "(?i)(^|\\s)(comments?|related|recommend\\w*|reply|replies|responses?|calendar)([_-]\\S*)?(?=\\s|$)");

    private PagePlaces() {
    }

    /** The article's headline: the first h1 with text, outside comments, related links and the like. */
    static Element headline(Document page) {
        // A site's logo is often an h1 without text; the article's headline is the first h1 that has some.
        Element headline = page.select("article h1, main h1, h1").stream().filter(h1 -> !h1.text().isBlank())
                .findFirst().orElse(null);
        return headline == null || inForeignPlace(headline) ? null : headline;
    }

    /** The article around the headline, or else the block two levels up that holds it with its kicker and byline. */
    static Element headlineBlock(Element headline) {
        Element article = headline.closest("article");
        if (article != null) {
            return article;
        }
        Element parent = headline.parent();
        return parent != null && parent.parent() != null ? parent.parent() : headline;
    }

    /**
     * In the site's own header band: a {@code header} outside any article or main content that does not hold the
     * article's headline. A date there is the masthead's (today's date), not the article's.
     */
    static boolean inSiteHeader(Element element, Element headline) {
        Element header = siteHeader(element);
        return header != null && (headline == null || !headline.parents().contains(header));
    }

    /**
     * The site's own header band around the element: a {@code header} with no article or main content around it
     * (an article's own header is where its byline stands), or null. A headline in it is the site's name.
     */
    static Element siteHeader(Element element) {
        Element header = element.closest("header");
        return header != null && header.closest("article, main") == null ? header : null;
    }

    /**
     * Whether the element's class or id names a date the article was published under ("post-date", "byline",
     * "meta", "entry-date"): such an element is where a page prints its article's date.
     */
    static boolean namesArticleDate(Element element) {
        return DATE_MARKER.matcher(element.className() + " " + element.id()).find();
    }

    /**
     * In comments, related links, navigation or a page footer (the tags). Narrower than {@link #inForeignPlace}:
     * themes put the article's own date in blocks named "sidebar-item", "footer story-info__meta" or
     * "widget Posts", and mark it "published updated".
     */
    static boolean inOtherContent(Element element) {
        return within(element, OTHER_CONTENT);
    }

    /** The text of a link: it names another page (a teaser, an archive entry, an event), whose date is its own. */
    static boolean inLink(Element element) {
        return element.closest("a") != null;
    }

    /** In a place whose dates are not the article's: comments, related links, footers, modifications and the like. */
    static boolean inForeignPlace(Element element) {
        return within(element, FOREIGN_PLACE);
    }

    /**
     * Inside a page footer, an aside of other content, navigation, or a block whose class or id {@code names}
     * matches. An article's own footer and an aside named as its details are where its date is printed.
     */
    private static boolean within(Element element, Pattern names) {
        // The body's and html's classes describe the whole page ("single-post comments-open"), not a place in it.
        boolean inMainContent = false;
        for (Element at = element; at != null && !at.tagName().equals("body") && !at.tagName().equals("html"); at = at.parent()) {
            String tag = at.tagName();
            // An article's own footer is where HTML puts its author and date; a page's footer is not. An aside the
            // page names as the article's details ("post-meta", "entry-info") is not a box of other content.
            if (tag.equals("footer") && !at.parents().is("article") || tag.equals("aside") && !namesArticleDetails(at)
                    || tag.equals("nav")) {
                return true;
            }
            String named = at.className() + " " + at.id();
            // Templates without HTML5 tags name the article's footer too: <div class="article"><div class="footer">.
            Matcher footer = FOOTER_WORD.matcher(named);
            if (footer.find() && insideArticle(at)) {
                named = footer.replaceAll(" ");
            }
            // A block named for a sidebar that holds the page's main content is the layout around both ("has-sidebar",
            // "content-sidebar-wrap"), not the sidebar. A block named "content" inside a sidebar's widget (themes
            // wrap every block's body so) is not the page's main content: the wrapper must hold the article itself.
            if (inMainContent && holdsArticle(at)) {
                named = SIDEBAR_WORD.matcher(named).replaceAll(" ");
            }
            if (names.matcher(named).find()) {
                return true;
            }
            inMainContent |= tag.equals("main") || MAIN_CONTENT.matcher(named).find();
        }
        return false;
    }

    /**
     * Whether a block named for a sidebar is the layout around the article: it holds a main or article element or
     * a headline, or the real sidebar beside the content (a sidebar's own widget holds neither).
     */
    private static boolean holdsArticle(Element block) {
        return block.selectFirst("main, article, h1") != null || block.getAllElements().stream()
                .anyMatch(inner -> inner != block && SIDEBAR_WORD.matcher(inner.className() + " " + inner.id()).find());
    }

    private static boolean namesArticleDetails(Element aside) {
        return ARTICLE_DETAILS.matcher(aside.className() + " " + aside.id()).find();
    }

    /** Inside an article, by its tag or by a block named "article" (older templates); the body's class says nothing. */
    private static boolean insideArticle(Element element) {
        for (Element parent : element.parents()) {
            if (parent.tagName().equals("body")) {
                return false;
            }
            if (parent.tagName().equals("article") || ARTICLE_WORD.matcher(parent.className()).find()) {
                return true;
            }
        }
        return false;
    }
}
