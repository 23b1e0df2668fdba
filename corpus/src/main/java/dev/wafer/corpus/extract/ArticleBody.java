package dev.wafer.corpus.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The main text of a news page, found the way Readability finds it: page furniture removed by tag,
 * role and class; every paragraph scores its parent and, less, its ancestors (longer paragraphs and
 * more commas score more); link-heavy blocks score less; the best-scoring block, with the siblings
 * that score nearly as well or read as prose, is the article. Its paragraphs, headings, list items,
 * quotes and table rows become the body, with captions, link lists and junk lines left out.
 */
final class ArticleBody {

    /** Elements that hold no readable text at all. */
    private static final String NEVER_TEXT_DATA = "script, style, noscript, template, svg, canvas, iframe, object, embed";
    /** Blocks that are never article text, unless broken markup made one of them the page's wrapper. */
    private static final String NEVER_TEXT = "button, input, select, textarea, nav, aside, footer, figcaption, picture, video, audio, dialog,"
            + " [hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=contentinfo],"
            + " [role=dialog], [role=alert], [role=banner], [role=menu], [role=toolbar]";
    /** Class or id words of page furniture (Readability's list, with the share/newsletter words news sites add). */
    private static final Pattern UNLIKELY = Pattern.compile("(?i)-ad-|ai2html|banner|breadcrumbs?|combx|comment|community"
            + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar"
            + "|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing"
            + "|newsletter|subscribe|signup|promo|recirc|outbrain|taboola|trending|popular|most-read|cookie|consent"
            + "|paywall|modal|byline|author-bio|tags|toolbar|masthead|widget");
    /**
     * Class or id words (whole, or a hyphen- or underscore-separated part) of furniture that is never the article:
     * comment lists and reply forms, author boxes, ratings, like and share widgets, newsletter, cookie and consent
     * boxes, pop-ups, captions. Read in English because page templates are written in it whatever the page's language.
     */
    private static final Pattern FURNITURE_NAME = Pattern.compile("(?i)(^|[\\s_-])(comments?|comment-?(list|area|form|respond|section"
            + "|wrap|wrapper|s-area|s-section)|commentlist|respond|reply|replys|replies|disqus|author-?(box|bio|info"
            + "|card|profile|about|details)|about-?(the-?)?author|post-?ratings?|ratings?|likes?-?widget|sharedaddy|share-?(buttons?"
            + "|bar|tools|links)|social-?(share|links|buttons|icons)|newsletter|subscribe|subscription|signup|cookie|cookies"
            + "|cookie-?(banner|notice|consent|hint|bar)|consent|gdpr|popup|caption|wp-caption-text|credits?)([\\s_-]|$)");
    /**
     * A class or id that ends in the name of an overlay — "login-modal", "b-dialog", "browser-overlay" — which a page opens
     * over its article (a log-in panel, an "update your browser" notice). Only the last part counts: a page marks its
     * article "modal-enabled" when a picture in it opens as one.
     */
    private static final Pattern OVERLAY_NAME = Pattern.compile("(?i)(^|[\\s_-])(modal|dialog|overlay)(?=\\s|$)");
    /** Class or id words that may hold the article even when they also match {@link #UNLIKELY}. */
    private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|shadow|story|entry|post|text");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|hentry|h-entry|main|page"
            + "|pagination|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment"
            + "|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox"
            + "|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|caption|credit|newsletter|subscribe");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "table", "ul", "ol", "dl",
            "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "form", "hr");
    /** Elements walked into for their blocks (a table's rows, a list's items). */
    private static final Set<String> CONTAINERS = Set.of("li", "tr", "tbody", "thead", "tfoot");
    private static final int MIN_SCORED_CHARS = 25;
    /** A body shorter than this after the class-based clean-up is tried again without it. */
    private static final int RETRY_BELOW_CHARS = 500;
    private static final int ANCESTOR_LEVELS = 5;
    /** The page's own markup of its main content. */
    private static final String DECLARED_MAIN = "[itemprop=articleBody], [itemprop=text], main, [role=main], article, [itemtype~=(?i)schema.org/(News|Blog)?Article$]";
    /** Declared main content shorter than this, or than this share of the page's text, is a teaser card, not the article. */
    private static final int MIN_DECLARED_CHARS = 200;
    /** A paragraph this long is prose (a lede), never a header's tagline or crumbs. */
    private static final int LEDE_CHARS = 300;
    /** A paragraph at least this long counts as prose when widening the top block. */
    private static final int PROSE_CHARS = 80;
    /** The top block widens to its parent when the parent holds this many times its prose, links under the share. */
    private static final double WIDEN_RATIO = 1.5;
    private static final double WIDEN_MAX_LINKS = 0.2;
    private static final int WIDEN_LEVELS = 6;
    private static final double DECLARED_SHARE = 0.25;
    /**
     * Class or id words (whole, or a part) of the block that holds an article's lede, in the words templates use: "lead",
     * "intro", "standfirst", "subtitle", "deck", "excerpt", "preface", and the French "chapo" and Spanish
     * "bajada" that the pages benchmark's dev half showed.
     */
    private static final Pattern LEDE_NAME = Pattern.compile("(?i)(^|[\\s_-])(lead|lede|intro|standfirst|subtitle|subheadline"
            + "|sub-?head|deck|excerpt|preface|teaser-?text|article-?teaser|chapo|bajada|texto-bajada)([\\s_-]|$)");
    /**
     * The tags a lede is printed in. A deck set as a heading (an h2 "sub-head" under the headline) belongs to the
     * headline, which the body leaves to the title (calibrated on the article-extraction set, whose texts leave it out).
     */
    private static final Set<String> LEDE_TAGS = Set.of("p", "div", "section", "span", "strong");
    /** The lede is sought this many levels above the headline: its header block, or the article's head. */
    private static final int LEDE_LEVELS = 4;
    private static final int MAX_LEDES = 2;
    private static final Pattern CUT_SHORT = Pattern.compile("(…|\\.\\.\\.)\\W*$");
    private static final int NAMED_LEDE_MIN_CHARS = 60;
    private static final int NAMED_LEDE_MAX_CHARS = 800;
    /** A header longer than this is the article itself in an unclosed tag, not its headline and lede. */
    private static final int LEDE_HEADER_MAX_CHARS = 1500;
    /** The end of a sentence, in the scripts news is written in. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？\"”»“]$");

    private ArticleBody() {
    }

    /** The article's text, paragraphs separated by blank lines; empty when the page holds no prose. */
    static String of(Document page) {
        Element body = page.body();
        if (body == null) {
            return "";
        }
        List<String> namedLedes = namedLedes(body);
        String text = extract(body, true, namedLedes);
        if (text.length() < RETRY_BELOW_CHARS) {
            // Class names misled the clean-up (a whole page wrapped in "header-style-2"): try without them.
            String unfiltered = extract(body, false, namedLedes);
            if (unfiltered.length() > text.length()) {
                return unfiltered;
            }
        }
        return text;
    }

    /**
     * The lede the page names as one — a block called "lead", "intro", "standfirst", "subtitle", "deck", "excerpt" and the
     * like, or marked {@code itemprop=description} — next to the headline: within a few levels of the first h1, so
     * that the teasers of other pages, named the same way, are not taken.
     */
    private static List<String> namedLedes(Element body) {
        Element headline = body.select("h1").stream().filter(h1 -> !h1.text().isBlank()).findFirst().orElse(null);
        if (headline == null) {
            return List.of();
        }
        Element scope = headline;
        for (int level = 0; level < LEDE_LEVELS && scope.parent() != null && scope.parent() != body; level++) {
            scope = scope.parent();
        }
        List<String> ledes = new ArrayList<>();
        Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : scope.getAllElements()) {
            if (ledes.size() == MAX_LEDES) {
                break;
            }
            if (!LEDE_TAGS.contains(element.tagName()) || !element.hasAttr("class") && !element.hasAttr("id") && !element.hasAttr("itemprop")) {
                continue; // the cheap checks first: most blocks carry no name at all
            }
            String names = element.className() + " " + element.id();
            boolean named = element.attr("itemprop").equalsIgnoreCase("description") || LEDE_NAME.matcher(names).find();
            if (!named || !LEDE_TAGS.contains(element.tagName()) || element.parents().stream().anyMatch(taken::contains)) {
                continue;
            }
            String text = element.text().strip();
            // A teaser's excerpt is cut short ("…"); an author box describes its author too.
            // The lede is a sentence of its own, apart from the headline: a block around the headline is the article's head.
            if (text.length() >= NAMED_LEDE_MIN_CHARS && text.length() <= NAMED_LEDE_MAX_CHARS && !CUT_SHORT.matcher(text).find()
                    && SENTENCE_END.matcher(text).find() && element.selectFirst("h1") == null && !text.contains(headline.text())
                    && element.closest("a") == null && element.closest(NEVER_TEXT) == null && !inFurniture(element, scope)
                    && linkDensity(element) < 0.3 && !PageJunk.isJunkLine(text)) {
                ledes.add(text);
                taken.add(element);
            }
        }
        return ledes;
    }

    private static String extract(Element body, boolean byClass, List<String> namedLedes) {
        Element root = body.clone();
        List<String> ledes = new ArrayList<>(namedLedes);
        clean(root, byClass).stream().filter(lede -> !namedLedes.contains(lede)).forEach(ledes::add);
        BlockLengths lengths = BlockLengths.of(root);
        Map<Element, Double> scores = scores(root, lengths);
        Element top = topCandidate(root, scores);
        if (top != null) {
            top = widenToProse(top, root, lengths);
        }
        List<Element> content = top == null ? List.of(root) : withSiblings(top, scores, lengths);
        return withLedes(ledes, text(content, lengths));
    }

    /** The article's lede, printed in its header apart from the body's block, opens the text. */
    private static String withLedes(List<String> ledes, String text) {
        List<String> missing = ledes.stream().filter(lede -> !text.contains(lede)).toList();
        if (missing.isEmpty() || text.isEmpty()) {
            return text;
        }
        return String.join("\n\n", missing) + "\n\n" + text;
    }

    /**
     * Step: page furniture out, by tag and role, then (when {@code byClass}) by class and id. Returns the ledes found in
     * the article's own header, which goes with the rest of the header's furniture.
     */
    private static List<String> clean(Element root, boolean byClass) {
        for (Element form : root.select("form")) {
            if (form.select("p").size() < 3) {
                form.remove(); // a search box or sign-up form; some sites wrap the whole page in one
            }
        }
        root.select(NEVER_TEXT_DATA).remove();
        int pageChars = root.text().length();
        Wrappers holdsArticle = Wrappers.of(root, pageChars);
        for (Element furniture : root.select(NEVER_TEXT)) {
            if (!holdsArticle.wraps(furniture)) {
                furniture.remove();
            }
        }
        root.select("[style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]").remove();
        removeCrumbs(root);
        List<String> ledes = new ArrayList<>();
        for (Element header : root.select("header")) {
            ledes.addAll(headerLedes(header));
            // A header with a paragraph of real length holds the article's lede (or, unclosed, the article itself).
            boolean lede = header.select("p").stream().anyMatch(p -> p.text().length() >= LEDE_CHARS);
            if (header.select("p").size() < 2 && !lede && !holdsArticle.wraps(header)) {
                header.remove();
            }
        }
        removeNamedFurniture(root, holdsArticle);
        if (!byClass) {
            return ledes;
        }
        pageChars = root.text().length();
        List<Element> unlikely = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element == root || element.tagName().equals("article") || element.tagName().equals("main")
                    || element.tagName().equals("body")) {
                continue;
            }
            String names = element.className() + " " + element.id();
            if (!names.isBlank() && UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find()
                    && element.text().length() < pageChars / 2) {
                unlikely.add(element); // a block holding most of the page is a wrapper, whatever its name
            }
        }
        unlikely.forEach(Element::remove);
        return ledes;
    }

    /**
     * The lede in an article's own header (the one holding its headline): a paragraph that reads as a sentence, of
     * some length and without links. A site's header holds no headline, and its tagline is short.
     */
    private static List<String> headerLedes(Element header) {
        if (header.selectFirst("h1, h2") == null || header.text().length() > LEDE_HEADER_MAX_CHARS) {
            return List.of();
        }
        List<String> ledes = new ArrayList<>();
        for (Element paragraph : header.select("p, div")) {
            if (paragraph.tagName().equals("div") && paragraph.children().stream().anyMatch(child -> BLOCKS.contains(child.tagName()))) {
                continue;
            }
            String text = paragraph.text().strip();
            if (text.length() >= PROSE_CHARS && paragraph.selectFirst("a") == null && SENTENCE_END.matcher(text).find()
                    && !PageJunk.isJunkLine(text)) {
                ledes.add(text);
            }
        }
        return ledes;
    }

    /** Whether the block, or a block around it up to {@code scope}, is named as furniture or marked as the author. */
    private static boolean inFurniture(Element element, Element scope) {
        for (Element at = element; at != null && at != scope.parent(); at = at.parent()) {
            if (at.attr("itemprop").equalsIgnoreCase("author") || FURNITURE_NAME.matcher(at.className() + " " + at.id()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Blocks whose class or id names a kind of furniture no article is made of — comments and reply forms, author
     * boxes, ratings and like buttons, share bars, newsletter and cookie boxes, captions — go even when their names
     * also carry a word such as "post" or "content", which {@link #MAYBE} would take as a sign of the article.
     */
    private static void removeNamedFurniture(Element root, Wrappers holdsArticle) {
        List<Element> furniture = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element == root || !element.hasAttr("class") && !element.hasAttr("id")) {
                continue;
            }
            String names = element.className() + " " + element.id();
            // An overlay holds most of the text of a page whose article is short; only the page's markup can make it the article.
            if (FURNITURE_NAME.matcher(names).find() && !holdsArticle.wraps(element)
                    || OVERLAY_NAME.matcher(names).find() && !holdsArticle.declares(element)) {
                furniture.add(element);
            }
        }
        furniture.forEach(Element::remove);
    }

    /**
     * What holds the article, whatever it is tagged or named: the page's own markup of its main content —
     * {@code itemprop=articleBody} or {@code text}, {@code <main>}, {@code role=main}, an {@code <article>} or a
     * schema.org Article holding a real share of the page — with its ancestors, and any block holding most of the
     * page's text. Unclosed tags in old templates make a header or banner the parent of
     * everything after it, and themes wrap a post in blocks named for their share buttons.
     */
    private record Wrappers(Set<Element> holders, int pageChars) {

        static Wrappers of(Element root, int pageChars) {
            Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Element declared : root.select(DECLARED_MAIN)) {
                // An article element may be a teaser card among many; the article's body or the page's main part is not.
                boolean card = declared.tagName().equals("article") || declared.hasAttr("itemtype");
                int chars = declared.text().length();
                if (chars >= MIN_DECLARED_CHARS && (!card || chars >= pageChars * DECLARED_SHARE)) {
                    holders.add(declared);
                    holders.addAll(declared.parents());
                }
            }
            return new Wrappers(holders, pageChars);
        }

        /** Whether the page's own markup says the block holds its main content. */
        boolean declares(Element block) {
            return holders.contains(block);
        }

        /** Whether a block tagged or named as furniture in fact holds the article. */
        boolean wraps(Element block) {
            return holders.contains(block) || block.text().length() > pageChars / 2;
        }
    }

    /**
     * Crumbs — reading time, view and comment counts, share and listen labels — removed where they stand, so that
     * they cannot run into the sentence next to them. Only small blocks are read: a crumb is a few words.
     */
    private static void removeCrumbs(Element root) {
        List<Element> crumbs = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            // A table's cell is data ("Share" heads a column of figures), not a button.
            if (element != root && !element.tagName().equals("td") && !element.tagName().equals("th") && element.childrenSize() <= 6 && element.children().stream().allMatch(child -> child.childrenSize() <= 1)) {
                String text = element.text();
                if (!text.isEmpty() && PageJunk.isCrumbs(text)) {
                    crumbs.add(element);
                }
            }
        }
        crumbs.forEach(Element::remove);
    }

    /** Step: every paragraph scores its ancestors, and each score is weighed down by the block's links. */
    private static Map<Element, Double> scores(Element root, BlockLengths lengths) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element paragraph : scorable(root)) {
            String text = paragraph.text();
            if (text.length() < MIN_SCORED_CHARS) {
                continue;
            }
            double score = 1 + count(text, ',') + count(text, '，') + Math.min(text.length() / 100, 3);
            Element ancestor = paragraph.parent();
            for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++, ancestor = ancestor.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                Element scored = ancestor;
                // The block's own weight (tag and class words) is read once, when it is first scored.
                Double known = scores.get(scored);
                scores.put(scored, known == null ? initialScore(scored) + score / divider : known + score / divider);
            }
        }
        scores.replaceAll((element, score) -> score * (1 - lengths.linkDensity(element)));
        return scores;
    }

    /** Step: the best-scoring block, or null when the page holds no prose. */
    private static Element topCandidate(Element root, Map<Element, Double> scores) {
        Element best = null;
        double bestScore = 0;
        // In document order, so that of two blocks scoring alike the first wins on every run (the scores
        // map is keyed by identity, whose order changes from run to run).
        for (Element element : root.getAllElements()) {
            Double score = scores.get(element);
            if (score != null && score > bestScore) {
                bestScore = score;
                best = element;
            }
        }
        if (best == null) {
            return null;
        }
        // A top block that holds little of its parent's prose is a fragment of the article (one of several
        // sibling divs); climb while the parent scores nearly as well.
        Element climbed = best;
        while (climbed.parent() != null && climbed.parent() != root.parent()) {
            Double parentScore = scores.get(climbed.parent());
            if (parentScore == null || parentScore < bestScore * 0.75) {
                break;
            }
            climbed = climbed.parent();
        }
        return climbed;
    }

    /**
     * Step: the top block widened to the block that holds the rest of the article's prose. Page builders split one
     * article into sibling sections (a text module, an image, another text module), each scoring alone; while the
     * parent holds clearly more plain prose than the block and is not link-heavy, the parent is the article.
     */
    private static Element widenToProse(Element top, Element root, BlockLengths lengths) {
        Map<Element, Integer> prose = proseChars(root, lengths);
        Element widened = top;
        int level = 0;
        // Wrappers that hold no more prose than the block are passed through on the way up.
        for (Element ancestor = top.parent(); ancestor != null && ancestor != root && level < WIDEN_LEVELS;
                ancestor = ancestor.parent(), level++) {
            if (lengths.linkDensity(ancestor) > WIDEN_MAX_LINKS) {
                break;
            }
            if (prose.getOrDefault(ancestor, 0) >= prose.getOrDefault(widened, 0) * WIDEN_RATIO) {
                widened = ancestor;
            }
        }
        return widened;
    }

    /** For every block, how many characters of plain prose (paragraphs of some length, few links) it holds. */
    private static Map<Element, Integer> proseChars(Element root, BlockLengths lengths) {
        Map<Element, Integer> prose = new IdentityHashMap<>();
        Map<Element, Boolean> namedAside = new IdentityHashMap<>();
        for (Element paragraph : scorable(root)) {
            int length = lengths.text(paragraph);
            if (length < PROSE_CHARS || lengths.linkDensity(paragraph) > 0.3) {
                continue;
            }
            for (Element ancestor = paragraph; ancestor != null && ancestor != root; ancestor = ancestor.parent()) {
                prose.merge(ancestor, length, Integer::sum);
                if (namedAside.computeIfAbsent(ancestor, ArticleBody::namedAside)) {
                    break; // prose in a sidebar or a box of other pages is not the article's, however long
                }
            }
        }
        return prose;
    }

    private static boolean namedAside(Element element) {
        String names = element.className() + " " + element.id();
        return !names.isBlank() && UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find();
    }

    /** The paragraphs that score: {@code p}, {@code pre}, {@code td}, and divs holding only inline content. */
    private static List<Element> scorable(Element root) {
        List<Element> found = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            switch (element.tagName()) {
                case "p", "pre", "td", "blockquote" -> found.add(element);
                case "div", "section" -> {
                    if (element.children().stream().noneMatch(child -> BLOCKS.contains(child.tagName()))) {
                        found.add(element);
                    }
                }
                default -> {
                }
            }
        }
        return found;
    }

    private static double initialScore(Element element) {
        double score = switch (element.tagName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(element);
    }

    private static double classWeight(Element element) {
        double weight = 0;
        for (String names : List.of(element.className(), element.id())) {
            if (names.isBlank()) {
                continue;
            }
            if (NEGATIVE.matcher(names).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(names).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    /** Step: the top block and the siblings that belong with it. */
    private static List<Element> withSiblings(Element top, Map<Element, Double> scores, BlockLengths lengths) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
                continue;
            }
            double bonus = !top.className().isBlank() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double score = scores.get(sibling);
            if (score != null && score + bonus >= threshold) {
                chosen.add(sibling);
            } else if (sibling.tagName().equals("p")) {
                String text = sibling.text();
                double links = lengths.linkDensity(sibling);
                if (text.length() > 80 && links < 0.25 || text.length() <= 80 && links == 0 && text.matches("(?s).*\\.( |$)")) {
                    chosen.add(sibling);
                }
            }
        }
        return chosen;
    }

    /** Step: the chosen blocks' paragraphs as text, furniture lines and link lists left out. */
    private static String text(List<Element> content, BlockLengths lengths) {
        Set<String> paragraphs = new LinkedHashSet<>();
        for (Element block : content) {
            collect(block, paragraphs, lengths);
        }
        // A box of other pages ("Related stories", "Lesen Sie auch") in the second half ends the article; one in the
        // first half is an aside between paragraphs and only its heading goes.
        List<String> lines = new ArrayList<>(paragraphs);
        for (int i = lines.size() / 2; i < lines.size(); i++) {
            if (i > 0 && PageJunk.isOtherPagesHeading(lines.get(i))) {
                lines = lines.subList(0, i);
                break;
            }
        }
        lines = new ArrayList<>(lines);
        lines.removeIf(line -> PageJunk.isOtherPagesHeading(line) || PageJunk.isPlainCallToAction(line));
        // The site's own invitations (subscribe, get the app, donate) and notes on its advertising close an article;
        // in its last part they go, and so does a run of them that ends a short article.
        int tail = lines.size() - Math.max(1, lines.size() / 4);
        boolean closingRun = true;
        for (int i = lines.size() - 1; i > 0 && (i >= tail || closingRun); i--) {
            if (PageJunk.isCallToAction(lines.get(i)) || PageJunk.isAdvertisingNote(lines.get(i))) {
                lines.remove(i);
            } else {
                closingRun = false;
            }
        }
        return String.join("\n\n", lines);
    }

    private static void collect(Element element, Set<String> paragraphs, BlockLengths lengths) {
        String tag = element.tagName();
        boolean leaf = switch (tag) {
            case "p", "h2", "h3", "h4", "h5", "h6", "pre", "tr" -> true;
            case "li", "dt", "dd" -> element.children().stream().noneMatch(child -> BLOCKS.contains(child.tagName()));
            case "blockquote" -> element.select("p").isEmpty();
            case "div", "section", "span", "font", "center", "td" ->
                    element.children().stream().noneMatch(child -> BLOCKS.contains(child.tagName()) || child.tagName().equals("li")
                            || child.tagName().equals("tr"));
            case "h1", "figure", "table" -> false;
            default -> element.childrenSize() == 0;
        };
        if (tag.equals("h1")) {
            return; // the headline is the title, not the body
        }
        if (tag.equals("tr") && element.select("> td, > th").size() < 2) {
            // A one-cell row is page layout (an old site's table of columns), not a data table: read inside it.
            element.select("> td, > th").forEach(cell -> collect(cell, paragraphs, lengths));
            return;
        }
        if (leaf) {
            add(element, paragraphs, lengths);
            return;
        }
        // Text directly inside a container (between its blocks) is prose too.
        StringBuilder loose = new StringBuilder();
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode textNode) {
                loose.append(textNode.text());
            } else if (node instanceof Element child) {
                if (BLOCKS.contains(child.tagName()) || CONTAINERS.contains(child.tagName())) {
                    flush(loose, paragraphs);
                    collect(child, paragraphs, lengths);
                } else if (child.tagName().equals("br")) {
                    loose.append('\n');
                } else {
                    loose.append(child.text()).append(' ');
                }
            }
        }
        flush(loose, paragraphs);
    }

    private static void flush(StringBuilder loose, Set<String> paragraphs) {
        for (String line : loose.toString().split("\n")) {
            String text = line.replaceAll("\\s+", " ").strip();
            if (text.length() >= MIN_SCORED_CHARS && !PageJunk.isJunkLine(text)) {
                paragraphs.add(text);
            }
        }
        loose.setLength(0);
    }

    private static void add(Element element, Set<String> paragraphs, BlockLengths lengths) {
        boolean row = element.tagName().equals("tr");
        if (!row && element.selectFirst("br") != null) {
            // Lines broken by <br> are lines ("Subheading<br>The text …"): each is its own paragraph.
            List<String> lines = lines(element);
            if (lines.size() > 1) {
                boolean links = lengths.linkDensity(element) > 0.5 && lengths.text(element) < 300;
                for (String line : lines) {
                    if (!links && !PageJunk.isJunkLine(line)) {
                        paragraphs.add(line);
                    }
                }
                return;
            }
        }
        String text = row
                ? String.join(" | ", element.select("> td, > th").eachText())
                : element.text().strip();
        // A table row is data — figures, names — and is kept as it is; other lines are checked for furniture.
        if (text.isEmpty() || !row && PageJunk.isJunkLine(text)) {
            return;
        }
        boolean keepLinks = element.tagName().matches("h[2-6]|tr"); // a heading, or a table row (names are often links)
        // A list of links ("Related: …", "Read more") is navigation, not prose.
        if (!keepLinks && lengths.linkDensity(element) > 0.5 && text.length() < 300) {
            return;
        }
        paragraphs.add(text);
    }

    /** The element's text as the lines a reader sees: broken at {@code <br>} and at blocks, spaces collapsed. */
    private static List<String> lines(Element element) {
        StringBuilder text = new StringBuilder();
        appendLines(element, text);
        List<String> lines = new ArrayList<>();
        for (String line : text.toString().split("\n")) {
            String collapsed = line.replaceAll("\\s+", " ").strip();
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            }
        }
        return lines;
    }

    private static void appendLines(Element element, StringBuilder into) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode textNode) {
                into.append(textNode.getWholeText().replace('\n', ' '));
            } else if (node instanceof Element child) {
                if (child.tagName().equals("br")) {
                    into.append('\n');
                } else if (BLOCKS.contains(child.tagName()) || CONTAINERS.contains(child.tagName())) {
                    into.append('\n');
                    appendLines(child, into);
                    into.append('\n');
                } else {
                    appendLines(child, into);
                }
            }
        }
    }

    /** The share of an element's text inside links. */
    static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        int linked = 0;
        Elements links = element.select("a");
        for (Element link : links) {
            String href = link.attr("href");
            double weight = href.startsWith("#") ? 0.3 : 1;
            linked += (int) (link.text().length() * weight);
        }
        return Math.min(1, (double) linked / length);
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
