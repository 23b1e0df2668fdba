package dev.wafer.corpus.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on 127.0.0.1 serving fixture feeds and pages. {@code {{base}}} in a fixture is
 * replaced by this server's address and {@code {{mirror}}} by the same server reached as
 * {@code localhost} — a second "site" for syndication tests.
 */
final class FixtureWeb implements AutoCloseable {

    /** What a route answers; a positive {@code trickleMillis} sends the body one byte at a time, that far apart. */
    record Route(int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis,
                 long trickleMillis) {
    }

    /** One request the server saw. */
    record Seen(String path, String host, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    final List<Seen> requests = new CopyOnWriteArrayList<>();

    FixtureWeb() {
        this(InetAddress.getLoopbackAddress(), 0);
    }

    /** A server on another loopback address (127.0.0.2 is loopback too on Linux), e.g. an "internal" service. */
    FixtureWeb(InetAddress address, int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(address, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String mirror() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    String url(String path) {
        return base() + path;
    }

    FixtureWeb serve(String path, int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis) {
        routes.put(path, new Route(status, contentType, body, headers, delayMillis, 0));
        return this;
    }

    /** Serves {@code body} one byte every {@code gapMillis}: each gap is short, the whole takes long. */
    FixtureWeb trickle(String path, String contentType, String body, long gapMillis) {
        routes.put(path, new Route(200, contentType, fill(body).getBytes(StandardCharsets.UTF_8), Map.of(), 0, gapMillis));
        return this;
    }

    FixtureWeb serve(String path, String contentType, String body) {
        return serve(path, 200, contentType, fill(body).getBytes(StandardCharsets.UTF_8), Map.of(), 0);
    }

    /** Serves a fixture file from {@code /web/}, with the placeholders filled in. */
    FixtureWeb serveFile(String path, String contentType, String resource) {
        return serve(path, contentType, text(resource));
    }

    String fill(String text) {
        return text.replace("{{base}}", base()).replace("{{mirror}}", mirror());
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String resource) {
        try (InputStream in = FixtureWeb.class.getResourceAsStream("/web/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count(String path) {
        return requests.stream().filter(seen -> seen.path().equals(path)).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
        requests.add(new Seen(path, headers.getOrDefault("host", ""), headers));
        Route route = routes.get(path);
        try (exchange) {
            if (route == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (route.delayMillis() > 0) {
                try {
                    Thread.sleep(route.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            String etag = route.headers().get("ETag");
            if (etag != null && etag.equals(headers.get("if-none-match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            route.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            if (route.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", route.contentType());
            }
            byte[] body = route.body();
            if ("gzip".equals(route.headers().get("Content-Encoding"))) {
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                    gzip.write(body);
                }
                body = zipped.toByteArray();
            }
            exchange.sendResponseHeaders(route.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (route.trickleMillis() > 0) {
                    for (byte b : body) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(route.trickleMillis());
                    }
                } else {
                    out.write(body);
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (IOException clientWentAway) {
                // The fetcher aborts oversized bodies: that is the behaviour under test.
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
