package dev.wafer.bot;

import dev.wafer.testkit.LoopbackServer;
import dev.wafer.testkit.LoopbackServer.Reply;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback news web for command-line tests and the refresh benchmark: {@code feeds} RSS feeds of
 * {@code items} on-topic stories each, every story with its own page (boilerplate around an
 * {@code <article>}), plus {@code /broken.xml} answering HTTP 500. Pages of feeds listed in
 * {@link #slowFeeds} answer after {@link #slowPageMillis}, so a test can catch a refresh midway.
 */
public final class LoopbackNewsSite implements AutoCloseable {

    private static final String[] COMPANIES = {"TSMC", "Nvidia", "AMD", "Intel", "Samsung", "SK hynix", "Micron", "ASML",
            "Broadcom", "Cerebras", "Groq", "Tenstorrent"};
    private static final String[] THINGS = {"HBM4 memory", "2nm wafers", "AI accelerators", "CoWoS packaging",
            "EUV scanners", "data center GPUs", "inference chips", "chiplets", "RISC-V cores", "optical interconnects"};
    private static final String[] VERBS = {"ramps", "delays", "expands", "cuts prices of", "doubles output of",
            "wins orders for", "unveils", "ships"};
    private static final String[] WORDS = ("yield capacity quarter revenue margin customer supplier analyst forecast"
            + " shipment backlog wafer node transistor bandwidth package substrate interposer lithography etch"
            + " deposition fab cleanroom roadmap tapeout design export licence subsidy tariff hyperscaler cluster"
            + " rack power cooling inference training model token latency throughput memory stack die reticle").split(" ");

    private final LoopbackServer server;
    private final int feeds;
    private final int items;
    public volatile List<Integer> slowFeeds = List.of();
    public volatile long slowPageMillis = 0;
    public final AtomicLong pageRequests = new AtomicLong();

    public LoopbackNewsSite(int feeds, int items) {
        this.feeds = feeds;
        this.items = items;
        server = LoopbackServer.start()
                .route("/feed/", request -> Reply.ok("application/rss+xml; charset=utf-8",
                        feed(Integer.parseInt(request.path().substring("/feed/".length()).replace(".xml", "")))))
                .route("/news/", this::page)
                .route("/broken.xml", request -> Reply.of(500, "text/plain", "internal error"));
    }

    public String feedUrl(int feed) {
        return base() + "/feed/" + feed + ".xml";
    }

    public String pageUrl(int feed, int item) {
        return base() + "/news/" + feed + "/" + item;
    }

    public String brokenFeedUrl() {
        return base() + "/broken.xml";
    }

    public List<String> feedUrls() {
        List<String> urls = new ArrayList<>();
        for (int feed = 0; feed < feeds; feed++) {
            urls.add(feedUrl(feed));
        }
        return urls;
    }

    public static String title(int feed, int item) {
        Random random = new Random(feed * 1000L + item);
        return COMPANIES[random.nextInt(COMPANIES.length)] + " " + VERBS[random.nextInt(VERBS.length)] + " "
                + THINGS[random.nextInt(THINGS.length)] + " in report " + feed + "-" + item;
    }

    private String base() {
        return server.base();
    }

    /** {@code /news/FEED/ITEM}: an article page, slow for the feeds in {@link #slowFeeds}. */
    private Reply page(LoopbackServer.Request request) throws InterruptedException {
        String[] parts = request.path().split("/");
        if (parts.length != 4) {
            return Reply.status(404);
        }
        int feed = Integer.parseInt(parts[2]);
        pageRequests.incrementAndGet();
        if (slowFeeds.contains(feed) && slowPageMillis > 0) {
            Thread.sleep(slowPageMillis);
        }
        return Reply.ok("text/html; charset=utf-8", page(feed, Integer.parseInt(parts[3])));
    }

    private String feed(int feed) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Outlet " + feed + "</title><link>" + base() + "/</link><description>Chip news</description>\n");
        for (int item = 0; item < items; item++) {
            xml.append("<item><title>").append(title(feed, item)).append("</title><link>").append(pageUrl(feed, item))
                    .append("?utm_source=rss</link><description>").append(sentence(new Random(feed * 7919L + item)))
                    .append("</description><pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            published(feed, item).atOffset(ZoneOffset.UTC))).append("</pubDate></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    private String page(int feed, int item) {
        Random random = new Random(feed * 104729L + item);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(title(feed, item)).append(" | Outlet ").append(feed).append("</title>")
                .append("<meta property=\"og:site_name\" content=\"Outlet ").append(feed).append("\">")
                .append("<meta property=\"article:published_time\" content=\"").append(published(feed, item)).append("\">")
                .append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/chips\">Chips</a></nav>")
                .append("<div class=\"cookie-banner\">We use cookies. Accept all cookies.</div><article><h1>")
                .append(title(feed, item)).append("</h1>");
        for (int paragraph = 0; paragraph < 4; paragraph++) {
            html.append("<p>").append(title(feed, item)).append(". ");
            for (int sentence = 0; sentence < 3; sentence++) {
                html.append(sentence(random)).append(' ');
            }
            html.append("</p>");
        }
        return html.append("</article><aside class=\"related\"><ul><li>More chip news</li></ul></aside>")
                .append("<footer>© Outlet ").append(feed).append("</footer></body></html>").toString();
    }

    private static String sentence(Random random) {
        StringBuilder sentence = new StringBuilder(COMPANIES[random.nextInt(COMPANIES.length)]).append(" said");
        for (int word = 0; word < 14; word++) {
            sentence.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            if (word == 6) {
                sentence.append(' ').append(random.nextInt(1000));
            }
        }
        return sentence.append('.').toString();
    }

    private static Instant published(int feed, int item) {
        return Instant.parse("2025-10-01T00:00:00Z").plusSeconds(3600L * (feed * 24 + item));
    }

    @Override
    public void close() {
        server.close();
    }
}
