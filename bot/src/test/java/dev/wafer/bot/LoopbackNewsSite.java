package dev.wafer.bot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final int feeds;
    private final int items;
    public volatile List<Integer> slowFeeds = List.of();
    public volatile long slowPageMillis = 0;
    public final AtomicLong pageRequests = new AtomicLong();

    public LoopbackNewsSite(int feeds, int items) {
        this.feeds = feeds;
        this.items = items;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
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
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().split("/");
        try (exchange) {
            if (parts.length == 3 && parts[1].equals("feed")) {
                respond(exchange, 200, "application/rss+xml; charset=utf-8", feed(Integer.parseInt(parts[2].replace(".xml", ""))));
            } else if (parts.length == 4 && parts[1].equals("news")) {
                int feed = Integer.parseInt(parts[2]);
                pageRequests.incrementAndGet();
                if (slowFeeds.contains(feed) && slowPageMillis > 0) {
                    Thread.sleep(slowPageMillis);
                }
                respond(exchange, 200, "text/html; charset=utf-8", page(feed, Integer.parseInt(parts[3])));
            } else if (parts.length == 2 && parts[1].equals("broken.xml")) {
                respond(exchange, 500, "text/plain", "internal error");
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientGone) {
            // a killed refresh drops its connections
        }
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
        server.stop(0);
        executor.shutdownNow();
    }
}
