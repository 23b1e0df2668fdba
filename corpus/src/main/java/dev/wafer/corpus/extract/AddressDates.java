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
 * link first, then its {@code og:url}, then the address it was fetched from.
 */
final class AddressDates {

    /** A year, month and day in the path, separated ("/2023/11/08/", "/2023-11-08-") or not ("/20231108/"). */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|\\.|$)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})/");
    /** A day and a month, in either order, before the year ("/29-10-2021", "/29.10.2021.html"). */
    private static final Pattern URL_YEAR_LAST = Pattern.compile("/(\\d{1,2})[-.](\\d{1,2})[-.]((?:19|20)\\d{2})(?:/|\\.html?|$)");

    private AddressDates() {
    }

    /** The first date in the page's canonical link, its {@code og:url} or {@code pageUrl} (which may be null). */
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
            Matcher matcher = URL_DATE.matcher(url);
            if (matcher.find()) {
                int group = matcher.group(1) != null ? 1 : 4;
                Optional<StatedDate> date = PublishedDates.find(
                        matcher.group(group) + "-" + matcher.group(group + 1) + "-" + matcher.group(group + 2));
                if (date.isPresent()) {
                    return date;
                }
            }
            Optional<StatedDate> yearLast = yearLastInUrl(url);
            if (yearLast.isPresent()) {
                return yearLast;
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
