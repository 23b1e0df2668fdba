package dev.wafer.corpus.source;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Each host's robots.txt, fetched once a day and read with crawler-commons for the robot name
 * "wafer". As RFC 9309 says: a missing robots.txt (4xx) allows everything; one that cannot be
 * fetched (5xx, timeout) disallows everything until it can be.
 */
final class RobotsRules {

    private static final Duration KEEP = Duration.ofHours(24);
    /** A Crawl-delay beyond this is treated as this, so one site cannot stall a whole refresh. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    private record Entry(BaseRobotRules rules, long fetchedNanos, String failure) {
    }

    private final Map<String, Entry> byOrigin = new ConcurrentHashMap<>();
    private final Function<String, FetchResult> fetchRobotsTxt;

    /** @param fetchRobotsTxt fetches a robots.txt address without consulting these rules */
    RobotsRules(Function<String, FetchResult> fetchRobotsTxt) {
        this.fetchRobotsTxt = fetchRobotsTxt;
    }

    /** Throws a {@link FetchException} when the site's robots.txt does not let Wafer fetch {@code uri}. */
    Duration check(URI uri) {
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        Entry entry = byOrigin.compute(origin, (key, old) ->
                old != null && System.nanoTime() - old.fetchedNanos() < KEEP.toNanos() ? old : load(key));
        if (!entry.rules().isAllowed(uri.toString())) {
            throw new FetchException(uri.toString(), entry.failure() != null
                    ? "not fetched: robots.txt of " + uri.getHost() + " could not be read (" + entry.failure()
                    + "), and without it Wafer assumes the site does not want robots"
                    : "not fetched: robots.txt of " + uri.getHost() + " does not allow Wafer to fetch " + uri.getRawPath());
        }
        long delay = entry.rules().getCrawlDelay();
        return delay <= 0 ? Duration.ZERO : Duration.ofMillis(Math.min(delay, MAX_CRAWL_DELAY.toMillis()));
    }

    private Entry load(String origin) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(MAX_CRAWL_DELAY.toMillis(), 5);
        String url = origin + "/robots.txt";
        try {
            FetchResult robots = fetchRobotsTxt.apply(url);
            BaseRobotRules rules = parser.parseContent(url, robots.body().getBytes(StandardCharsets.UTF_8),
                    robots.contentType() == null ? "text/plain" : robots.contentType(), List.of(FetchSettings.ROBOT_NAME));
            return new Entry(rules, System.nanoTime(), null);
        } catch (FetchException e) {
            if (e.status() >= 400 && e.status() < 500) {
                return new Entry(parser.failedFetch(e.status()), System.nanoTime(), null);
            }
            // Unreachable: keep the verdict only briefly so the next refresh tries again.
            return new Entry(parser.failedFetch(503), System.nanoTime() - KEEP.toNanos() + Duration.ofMinutes(5).toNanos(),
                    e.reason());
        }
    }
}
