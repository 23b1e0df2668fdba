package dev.wafer.bot.discord;

import dev.wafer.testkit.LoopbackServer;
import dev.wafer.testkit.LoopbackServer.Reply;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A news site on 127.0.0.1 whose one RSS feed lists every article put on it so far: a story that moves
 * between refreshes (a figure revised, a plan dropped) is a {@link #put} before the next refresh.
 */
final class ChangingNewsSite implements AutoCloseable {

    private record Page(String title, String outlet, Instant published, String text) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final LoopbackServer server;

    ChangingNewsSite() {
        server = LoopbackServer.start().route("/feed.xml", request -> Reply.ok("application/rss+xml; charset=utf-8", feed()))
                .route("/news/", this::page);
    }

    String feedUrl() {
        return server.base() + "/feed.xml";
    }

    /** The address of the article at {@code path} ("/news/..."). */
    String url(String path) {
        return server.base() + path;
    }

    /** Publishes an article at {@code path} ("/news/..."): the feed lists it from now on. */
    void put(String path, String title, String outlet, String published, String text) {
        pages.put(path, new Page(title, outlet, Instant.parse(published), text));
    }

    private String feed() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Chip news</title><link>http://127.0.0.1/</link><description>Chip news</description>\n");
        pages.forEach((path, page) -> xml.append("<item><title>").append(page.title()).append("</title><link>")
                .append(url(path)).append("</link><description>").append(page.text()).append("</description><pubDate>")
                .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(page.published().atOffset(ZoneOffset.UTC)))
                .append("</pubDate></item>\n"));
        return xml.append("</channel></rss>\n").toString();
    }

    private Reply page(LoopbackServer.Request request) {
        Page page = pages.get(request.path());
        if (page == null) {
            return Reply.status(404);
        }
        return Reply.ok("text/html; charset=utf-8", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
                + page.title() + "</title><meta property=\"og:site_name\" content=\"" + page.outlet() + "\">"
                + "<meta property=\"article:published_time\" content=\"" + page.published() + "\"></head><body><article><h1>"
                + page.title() + "</h1><p>" + page.text() + "</p><p>The company gave the figure in a statement to "
                + "investors on Monday, alongside its plans for new fabs in Arizona, Japan and Germany.</p></article>"
                + "</body></html>");
    }

    @Override
    public void close() {
        server.close();
    }
}
