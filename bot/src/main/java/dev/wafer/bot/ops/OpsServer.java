package dev.wafer.bot.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code /metrics} (Prometheus text) and {@code /health} for whoever runs Wafer: off unless
 * {@code WAFER_HTTP_PORT} is set, and on 127.0.0.1 unless {@code WAFER_HTTP_BIND} says otherwise, so a
 * deployment exposes it only where it means to.
 */
public final class OpsServer implements AutoCloseable {

    public static final String PORT_ENV = "WAFER_HTTP_PORT";
    public static final String BIND_ENV = "WAFER_HTTP_BIND";

    /** What is wrong, if anything: an empty list is healthy. */
    @FunctionalInterface
    public interface Health {
        List<String> problems();
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;

    private OpsServer(HttpServer server) {
        this.server = server;
    }

    public static OpsServer start(String bind, int port, WaferMetrics metrics, Health health) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 0);
            server.createContext("/metrics", exchange -> respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8",
                    metrics::scrape));
            server.createContext("/health", exchange -> {
                List<String> problems = health.problems();
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", problems.isEmpty() ? "ok" : "unhealthy");
                body.put("problems", problems);
                respond(exchange, problems.isEmpty() ? 200 : 503, "application/json", () -> json(body));
            });
            server.setExecutor(null);
            server.start();
            return new OpsServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve /metrics and /health on " + bind + ":" + port + " (" + e.getMessage()
                    + "); choose another " + PORT_ENV, e);
        }
    }

    /** Plain Jackson: this package sits below the front ends and their formatters. */
    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a health report is always writable", e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, int status, String type, Supplier<String> body) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
