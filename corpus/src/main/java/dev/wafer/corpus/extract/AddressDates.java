package dev.wafer.corpus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The date in a page's own address ("/2023/11/08/", "/20231108/", "/news/29-10-2021"): its canonical
 * link first, then its {@code og:url}, then the address it was fetched from, and last the address an interstitial
 * page forwards to.
 */
final class AddressDates {

    /** A year, month and day in the path, separated ("/2023/11/08/", "/2023-11-08-") or not ("/20231108/"). */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|\\.|$)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})/");
    /** A day and a month, in either order, before the year ("/29-10-2021", "/29.10.2021.html"). */
    private static final Pattern URL_YEAR_LAST = Pattern.compile("/(\\d{1,2})[-.](\\d{1,2})[-.]((?:19|20)\\d{2})(?:/|\\.html?|$)");

    /** A page forwarding the browser elsewhere shows a line or two ("You will be connected to … in a moment"). */
    private static final int INTERSTITIAL_MAX_CHARS = 300;
    private static final Pattern REFRESH_TARGET = Pattern.compile("(?i)url\\s*=\\s*['\"]?([^'\"\\s]+)");
    private static final Pattern SCRIPT_TARGET = Pattern.compile(
            "location(?:\\.href)?\\s*=\\s*['\"]([^'\"]+)['\"]|location\\.replace\\(\\s*['\"]([^'\"]+)['\"]");

    private AddressDates() {
    }

    /**
     * The first date in the page's canonical link, its {@code og:url}, {@code pageUrl} (which may be null) or the
     * address an interstitial page forwards to.
     */
    static Optional<StatedDate> fromUrl(Document page, String pageUrl) {
        List<String> urls = new ArrayList<>();
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            urls.add(canonical.attr("href"));
        }
        Element ogUrl = page.selectFirst("meta[property=og:url][content]");
        if (ogUrl != null) {
            urls.add(ogUrl.attr("content"));
        }
        if (pageUrl != null) {
            urls.add(pageUrl);
        }
        for (String url : urls) {
            Optional<StatedDate> date = inAddress(url);
            if (date.isPresent()) {
                return date;
            }
        }
        return forwardedTo(page).flatMap(AddressDates::inAddress);
    }

    private static Optional<StatedDate> inAddress(String url) {
        Matcher matcher = URL_DATE.matcher(url);
        if (matcher.find()) {
            int group = matcher.group(1) != null ? 1 : 4;
            Optional<StatedDate> date = PublishedDates.find(
                    matcher.group(group) + "-" + matcher.group(group + 1) + "-" + matcher.group(group + 2));
            if (date.isPresent()) {
                return date;
            }
        }
        return yearLastInUrl(url);
    }

    /**
     * The address an interstitial page forwards the browser to (a "one moment…" page of a bot shield, a moved page):
     * its meta refresh, or a script setting {@code location}. That address is the article's; it is read only on a page
     * with next to no text of its own, since a full page's scripts may send the browser anywhere.
     */
    private static Optional<String> forwardedTo(Document page) {
        if (page.body() == null || page.body().text().length() > INTERSTITIAL_MAX_CHARS) {
            return Optional.empty();
        }
        return refreshTarget(page).or(() -> scriptTarget(page));
    }

    private static Optional<String> refreshTarget(Document page) {
        Element refresh = page.selectFirst("meta[http-equiv~=(?i)refresh][content]");
        Matcher target = refresh == null ? null : REFRESH_TARGET.matcher(refresh.attr("content"));
        return target != null && target.find() ? Optional.of(target.group(1)) : Optional.empty();
    }

    private static Optional<String> scriptTarget(Document page) {
        for (Element script : page.select("script")) {
            Matcher target = SCRIPT_TARGET.matcher(script.data());
            if (target.find()) {
                return Optional.of(target.group(1) != null ? target.group(1) : target.group(2));
            }
        }
        return Optional.empty();
    }

    /**
     * A path segment that is a day with the year last ("/news/29-10-2021"), read only when one side is over
     * 12: day-first and month-first addresses both exist, and a wrong day is worse than none.
     */
    private static Optional<StatedDate> yearLastInUrl(String url) {
        Matcher matcher = URL_YEAR_LAST.matcher(url);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group(1));
        int second = Integer.parseInt(matcher.group(2));
        if (first > 12 == second > 12) {
            return Optional.empty();
        }
        int day = Math.max(first, second);
        int month = Math.min(first, second);
        return PublishedDates.find(String.format(Locale.ROOT, "%s-%02d-%02d", matcher.group(3), month, day));
    }
}
