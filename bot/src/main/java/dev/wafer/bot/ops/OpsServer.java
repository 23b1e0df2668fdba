package dev.wafer.bot.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * {@code /metrics} (Prometheus text) and {@code /health} for whoever runs Wafer: off unless
 * {@code WAFER_HTTP_PORT} is set, and on 127.0.0.1 unless {@code WAFER_HTTP_BIND} says otherwise, so a
 * deployment exposes it only where it means to. One slow or stalled client cannot hold the others:
 * a pool of its own, a deadline for each request and a cap on open connections.
 */
public final class OpsServer implements AutoCloseable {

    public static final String PORT_ENV = "WAFER_HTTP_PORT";
    public static final String BIND_ENV = "WAFER_HTTP_BIND";

    /** Checks, at each request, whether this process can answer. */
    @FunctionalInterface
    public interface Health {
        HealthReport check();
    }

    /** Scrapes and health checks are a few a minute; four workers leave room for three stalled clients. */
    static final int WORKERS = 4;
    static final int MAX_WAITING = 16;
    /**
     * Seconds a client has to send its whole request, and the most connections open at
     * once: the JDK server reads these once, as system properties, so they are set before it first loads
     * (an operator's own -D values win).
     */
    static final String MAX_REQUEST_SECONDS = "5";
    static final String MAX_CONNECTIONS = "64";

    static {
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", MAX_REQUEST_SECONDS);
        }
        if (System.getProperty("sun.net.httpserver.maxConnections") == null) {
            System.setProperty("sun.net.httpserver.maxConnections", MAX_CONNECTIONS);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService workers;

    private OpsServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
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
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getRawPath();
                switch (path) {
                    case "/metrics" -> respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics::scrape);
                    case "/health" -> {
                        HealthReport report = health.check();
                        Map<String, Object> body = new LinkedHashMap<>();
                        body.put("status", report.status());
                        body.put("index", report.index());
                        body.put("shards", report.shards());
                        body.put("problems", report.problems());
                        respond(exchange, report.healthy() ? 200 : 503, "application/json", () -> json(body));
                    }
                    // Exact paths only: "/healthz" or "/metrics/../x" is not a page of this server.
                    default -> respond(exchange, 404, "text/plain; charset=utf-8", () -> "not found; try /metrics or /health\n");
                }
            });
            ExecutorService workers = workers();
            server.setExecutor(workers);
            server.start();
            return new OpsServer(server, workers);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve /metrics and /health on " + bind + ":" + port + " (" + e.getMessage()
                    + "); choose another " + PORT_ENV, e);
        }
    }

    /**
     * A small pool of its own, so a client that sends half a request holds one worker, not the server's
     * only thread; beyond {@value #MAX_WAITING} waiting requests a new one is turned away (its connection
     * closed) rather than queued without end.
     */
    private static ExecutorService workers() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(MAX_WAITING), task -> {
            Thread thread = new Thread(task, "wafer-ops-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
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

    /** The address the socket is bound to, as a URL's host and port: "127.0.0.1:9400", "[::1]:9400". */
    public String address() {
        InetAddress bound = server.getAddress().getAddress();
        String host = bound.getHostAddress();
        return (bound instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port();
    }

    /**
     * Where it listens, for the startup line: the exact address, not the name it was given, and which
     * clients reach it. An IPv4 address on a dual-stack JVM is served by an IPv6 socket, so tools such as
     * {@code ss} show it as {@code [::ffff:127.0.0.1]}; it is the same IPv4 address.
     */
    public String listening() {
        InetAddress bound = server.getAddress().getAddress();
        if (bound.isAnyLocalAddress()) {
            return "port " + port() + " of every network interface (" + BIND_ENV + "=" + bound.getHostAddress()
                    + "); other machines can reach it";
        }
        String reach = bound instanceof Inet4Address
                ? "IPv4 " + bound.getHostAddress() + " only, shown by some tools as [::ffff:" + bound.getHostAddress() + "]"
                : "IPv6 " + bound.getHostAddress() + " only";
        return "http://" + address() + " (" + reach + (bound.isLoopbackAddress() ? ", this machine only" : "") + ")";
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
        workers.shutdownNow();
    }
}
