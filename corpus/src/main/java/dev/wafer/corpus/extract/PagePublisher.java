package dev.wafer.corpus.extract;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Who published a page, as the page itself says it, in order of trust: the publisher's metadata, the outlet's end of
 * the {@code <title>}, the masthead's logo, the copyright holder, and last the host it is served from.
 */
final class PagePublisher {

    /** The separators sites put between a headline and their name: "Headline | Outlet", "Outlet — Headline". */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|–—·•»:~]|-|::)\\s+");
    /** A name is a few words; longer ends of a title are part of the headline (a kicker, a subtitle). */
    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_NAME_CHARS = 60;
    /** Blocks that hold a site's logo or name (themes name them so; HTML has no tag for it). */
    private static final String MASTHEAD = "[class~=(?i)(^|[\\s_-])(logo|masthead|brand|site-?title|site-?name|navbar-brand)"
            + "([\\s_-]|$)], [id~=(?i)^(logo|masthead|brand|site-?title|site-?name)$], a[rel=home]";
    private static final Pattern LOGO_WORDS = Pattern.compile("(?i)\\s*\\b(logo|home( ?page)?|homepage|startseite)\\b\\s*");
    /** "© 2025 Outlet Media. All rights reserved", "Copyright (c) 2019-2024 Outlet, Inc." */
    private static final Pattern COPYRIGHT = Pattern.compile("(?:©|\\((?i:c)\\)|(?i:copyright))\\s*(?:©\\s*)?"
            + "(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?\\s*,?\\s*)?(?:(?i:by)\\s+)?"
            + "(\\p{Lu}[\\p{L}\\p{N}&'’.]*(?:[ -]\\p{L}[\\p{L}\\p{N}&'’.]*){0,5})");
    private static final Pattern RIGHTS_WORDS = Pattern.compile("(?i)\\s*\\b(all rights reserved|alle rechte vorbehalten)\\b.*$");

    record Found(String name, PublisherSource source) {
    }

    private PagePublisher() {
    }

    /**
     * The publisher, or empty when the page names none and has no host.
     *
     * @param metadata the publisher's metadata name, null when it gives none
     * @param headline the article's headline as metadata or the page's h1 give it, null when unknown
     * @param address the page's canonical or fetched address, null when unknown
     */
    static Optional<Found> of(Document page, String metadata, String headline, String address) {
        if (metadata != null && !metadata.isBlank()) {
            return Optional.of(new Found(metadata.strip(), PublisherSource.METADATA));
        }
        return fromTitle(page.title(), headline).map(name -> new Found(name, PublisherSource.TITLE))
                .or(() -> fromMasthead(page).map(name -> new Found(name, PublisherSource.MASTHEAD)))
                .or(() -> fromCopyright(page).map(name -> new Found(name, PublisherSource.COPYRIGHT)))
                .or(() -> host(address).map(name -> new Found(name, PublisherSource.HOST)));
    }

    /** The end of the title that is not the headline: the last part, or the first when the headline ends the title. */
    static Optional<String> fromTitle(String title, String headline) {
        String[] parts = TITLE_SEPARATOR.split(title.strip());
        if (parts.length < 2) {
            return Optional.empty();
        }
        String first = parts[0].strip();
        String last = parts[parts.length - 1].strip();
        String head = headline == null ? "" : normal(headline);
        if (!head.isEmpty()) {
            // The name is the shorter end: an h1 that is the site's logo must not make the headline its name.
            if (isName(last) && last.length() < first.length() && !normal(last).equals(head) && head.startsWith(normal(first))) {
                return Optional.of(last);
            }
            if (isName(first) && first.length() < last.length() && !normal(first).equals(head) && head.endsWith(normal(last))) {
                return Optional.of(first);
            }
            return Optional.empty();
        }
        // No headline to compare with: the outlet is the short end beside a longer headline.
        if (isName(last) && first.length() >= 2 * last.length()) {
            return Optional.of(last);
        }
        return Optional.empty();
    }

    private static Optional<String> fromMasthead(Document page) {
        for (Element block : page.select(MASTHEAD)) {
            if (PagePlaces.inForeignPlace(block) && block.closest("header") == null) {
                continue;
            }
            String name = block.text().isBlank() ? altText(block) : block.text();
            name = LOGO_WORDS.matcher(name == null ? "" : name).replaceAll(" ").strip();
            if (isName(name) && name.codePoints().anyMatch(Character::isLetter)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static String altText(Element block) {
        Element image = block.tagName().equals("img") ? block : block.selectFirst("img[alt]");
        return image == null ? null : image.attr("alt");
    }

    private static Optional<String> fromCopyright(Document page) {
        for (Element line : page.select("footer, [class~=(?i)footer|copyright], [id~=(?i)footer|copyright]")) {
            Optional<String> holder = copyrightHolder(line.text());
            if (holder.isPresent()) {
                return holder;
            }
        }
        return page.body() == null ? Optional.empty() : copyrightHolder(page.body().text());
    }

    static Optional<String> copyrightHolder(String text) {
        Matcher matcher = COPYRIGHT.matcher(text);
        while (matcher.find()) {
            String holder = RIGHTS_WORDS.matcher(matcher.group(1)).replaceAll("").replaceAll("[.,]+$", "").strip();
            if (isName(holder) && holder.length() > 1) {
                return Optional.of(holder);
            }
        }
        return Optional.empty();
    }

    static Optional<String> host(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            String host = URI.create(address.strip()).getHost();
            return host == null ? Optional.empty() : Optional.of(host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an address the page gets wrong names no host
        }
    }

    private static boolean isName(String text) {
        return !text.isBlank() && text.length() <= MAX_NAME_CHARS && PageJunk.wordCount(text) <= MAX_NAME_WORDS;
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
