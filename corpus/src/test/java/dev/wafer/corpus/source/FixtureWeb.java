package dev.wafer.corpus.source;

import dev.wafer.testkit.LoopbackServer;
import dev.wafer.testkit.LoopbackServer.Reply;
import dev.wafer.testkit.LoopbackServer.Request;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * Fixture feeds and pages on the tests' loopback server ({@link LoopbackServer}). {@code {{base}}} in
 * a fixture is replaced by this server's address and {@code {{mirror}}} by the same server reached as
 * {@code localhost} — a second "site" for syndication tests. An {@code ETag} route answers a matching
 * {@code If-None-Match} with 304; a gzip route is compressed on the way out.
 */
final class FixtureWeb implements AutoCloseable {

    /** What a route answers; a positive {@code trickleMillis} sends the body one byte at a time, that far apart. */
    record Route(int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis,
                 long trickleMillis) {
    }

    private final LoopbackServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    /** Every request the server saw, in order. */
    final List<Request> requests;

    FixtureWeb() {
        this(InetAddress.getLoopbackAddress(), 0);
    }

    /** A server on another loopback address (127.0.0.2 is loopback too on Linux), e.g. an "internal" service. */
    FixtureWeb(InetAddress address, int port) {
        server = LoopbackServer.start(address, port).route("/", this::answer);
        requests = server.requests();
    }

    int port() {
        return server.port();
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    String mirror() {
        return "http://localhost:" + server.port();
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
        return server.count(path);
    }

    private Reply answer(Request request) throws IOException, InterruptedException {
        Route route = routes.get(request.path());
        if (route == null) {
            return Reply.status(404);
        }
        if (route.delayMillis() > 0) {
            Thread.sleep(route.delayMillis());
        }
        String etag = route.headers().get("ETag");
        if (etag != null && etag.equals(request.header("if-none-match"))) {
            return Reply.status(304);
        }
        byte[] body = route.body();
        if ("gzip".equals(route.headers().get("Content-Encoding"))) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(body);
            }
            body = zipped.toByteArray();
        }
        return new Reply(route.status(), route.contentType(), body, route.headers(), route.trickleMillis());
    }

    @Override
    public void close() {
        server.close();
    }
}
