package dev.wafer.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a loopback address for tests: fixture sites and feeds, a news site, a
 * language model's API. Each path prefix has a {@link Handler}; the longest matching prefix answers,
 * and a path no prefix matches gets 404. Every request is recorded.
 */
public final class LoopbackServer implements AutoCloseable {

    /** One request as the server saw it; header names in lower case. */
    public record Request(String method, String path, String query, Map<String, String> headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * What to send back. A positive {@code trickleMillis} sends the body one byte at a time, that far
     * apart: each gap is short, the whole takes long.
     */
    public record Reply(int status, String contentType, byte[] body, Map<String, String> headers, long trickleMillis) {

        public Reply {
            body = body == null ? new byte[0] : body;
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }

        public static Reply of(int status, String contentType, String body) {
            return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(), 0);
        }

        public static Reply ok(String contentType, String body) {
            return of(200, contentType, body);
        }

        public static Reply status(int status) {
            return new Reply(status, null, new byte[0], Map.of(), 0);
        }
    }

    /** Answers the requests under one path prefix; may sleep to play a slow server. */
    @FunctionalInterface
    public interface Handler {
        Reply answer(Request request) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private LoopbackServer(InetAddress address, int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(address, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** A server on 127.0.0.1 and a free port. */
    public static LoopbackServer start() {
        return new LoopbackServer(InetAddress.getLoopbackAddress(), 0);
    }

    /** A server on another loopback address (127.0.0.2 is loopback too on Linux), e.g. an "internal" service. */
    public static LoopbackServer start(InetAddress address, int port) {
        return new LoopbackServer(address, port);
    }

    /** Routes requests whose path starts with {@code prefix} to {@code handler}. */
    public LoopbackServer route(String prefix, Handler handler) {
        handlers.put(prefix, handler);
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT} (the address it listens on). */
    public String base() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    public String url(String path) {
        return base() + path;
    }

    /** Every request so far, in order. */
    public List<Request> requests() {
        return requests;
    }

    /** How many requests asked for exactly {@code path}. */
    public long count(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.getFirst()));
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), Map.copyOf(headers), exchange.getRequestBody().readAllBytes());
            requests.add(request);
            Handler handler = handlers.entrySet().stream().filter(entry -> request.path().startsWith(entry.getKey()))
                    .max(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(String::length)))
                    .map(Map.Entry::getValue).orElse(null);
            Reply reply;
            try {
                reply = handler == null ? Reply.status(404) : handler.answer(request);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                reply = Reply.of(500, "text/plain", "the test handler failed: " + e);
            }
            send(exchange, reply);
        } catch (IOException clientWentAway) {
            // A client that gives up (a timeout, an oversized body aborted) is the behaviour under test.
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (reply.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        }
        byte[] body = reply.body();
        boolean empty = body.length == 0 || reply.status() == 304 || reply.status() == 204;
        exchange.sendResponseHeaders(reply.status(), empty ? -1 : body.length);
        if (empty) {
            return;
        }
        try (OutputStream out = exchange.getResponseBody()) {
            if (reply.trickleMillis() > 0) {
                for (byte b : body) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(reply.trickleMillis());
                }
            } else {
                out.write(body);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
