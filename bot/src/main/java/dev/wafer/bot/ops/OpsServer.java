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
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /metrics} (Prometheus text) and {@code /health} for whoever runs Wafer: off unless
 * {@code WAFER_HTTP_PORT} is set, and on 127.0.0.1 unless {@code WAFER_HTTP_BIND} says otherwise, so a
 * deployment exposes it only where it means to.
 */
public final class OpsServer implements AutoCloseable {

    public static final String PORT_ENV = "WAFER_HTTP_PORT";
    public static final String BIND_ENV = "WAFER_HTTP_BIND";

    /** Checks, at each request, whether this process can answer. */
    @FunctionalInterface
    public interface Health {
        HealthReport check();
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;

    private OpsServer(HttpServer server) {
        this.server = server;
    }

    /** Where to serve: {@code bind} is a host name or address, {@code port} 0 for any free one. */
    public record Address(String bind, int port) {

        /**
         * The address {@value #PORT_ENV} and {@value #BIND_ENV} name, or empty when the port is not set (the
         * default: nothing is served). Read before anything starts, so a bad port fails with one line naming
         * the variable instead of after the bot has logged in.
         */
        public static Optional<Address> fromSettings(Map<String, String> settings) {
            String port = settings.get(PORT_ENV);
            if (port == null || port.isBlank()) {
                return Optional.empty();
            }
            int number;
            try {
                number = Integer.parseInt(port.strip());
            } catch (NumberFormatException e) {
                number = -1;
            }
            if (number < 1 || number > 65_535) {
                throw new IllegalArgumentException(PORT_ENV + " must be a port number from 1 to 65535, was \"" + port + "\"");
            }
            String bind = settings.get(BIND_ENV);
            return Optional.of(new Address(bind == null || bind.isBlank() ? "127.0.0.1" : bind.strip(), number));
        }
    }

    public static OpsServer start(Address address, WaferMetrics metrics, Health health) {
        return start(address.bind(), address.port(), metrics, health);
    }

    public static OpsServer start(String bind, int port, WaferMetrics metrics, Health health) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 0);
            server.createContext("/metrics", exchange -> respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8",
                    metrics::scrape));
            server.createContext("/health", exchange -> {
                HealthReport report = health.check();
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", report.status());
                body.put("index", report.index());
                body.put("shards", report.shards());
                body.put("problems", report.problems());
                respond(exchange, report.healthy() ? 200 : 503, "application/json", () -> json(body));
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

    /** "127.0.0.1:9400" */
    public String address() {
        return server.getAddress().getHostString() + ":" + port();
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
