package dev.wafer.corpus.source;

import dev.wafer.corpus.extract.TextDecoding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SSLException;
import okhttp3.ConnectionPool;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Fetches web documents politely and safely: Wafer's User-Agent, robots.txt, a pause between
 * requests to one host, conditional GET, connect and read timeouts and a wall-clock deadline per
 * fetch, a fresh connection per request, gzip, a size cap, at most {@link FetchSettings#maxRedirects()} redirects followed one by
 * one — each target checked by the {@link NetworkGuard} and robots.txt again — and charset
 * detection. Safe for concurrent use.
 *
 * <p>OkHttp rather than the JDK's clients, for two guarantees they cannot give: its {@link Dns} hook
 * makes the guard's single, checked look-up the addresses the connection is made to (the JDK's
 * clients resolve the name again themselves, so a rebinding DNS server could answer 127.0.0.1 the
 * second time), and its call timeout bounds a whole fetch, so a server that trickles a byte every
 * few seconds cannot hold a refresh forever (a read timeout only bounds the gap between bytes).
 */
public final class WebFetcher {

    private static final long ROBOTS_MAX_BYTES = 512 * 1024;
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9,"
            + " text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

    private final FetchSettings settings;
    private final NetworkGuard guard;
    private final HostPacer pacer = new HostPacer();
    private final RobotsRules robots;
    private final OkHttpClient client;

    public WebFetcher(FetchSettings settings, NetworkGuard guard) {
        this.settings = settings;
        this.guard = guard;
        this.robots = new RobotsRules(url -> fetch(url, null, null, false, ROBOTS_MAX_BYTES));
        this.client = new OkHttpClient.Builder()
                .dns(new GuardedDns(guard))
                // A system proxy would resolve the target itself, out of the guard's sight.
                .proxy(Proxy.NO_PROXY)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                // No connection is kept for a next request: requests to one host are a pause apart
                // (robots.txt, then the per-host delay or its Crawl-delay), longer than many servers
                // keep an idle connection (Apache: 5 s), and an HTTP/1.0 server closes it unannounced;
                // reusing one then fails with "unexpected end of stream". A fresh connection per
                // request also means each one is made to an address the guard has just checked.
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.fetchDeadline())
                .build();
    }

    public WebFetcher(FetchSettings settings) {
        this(settings, NetworkGuard.of(settings));
    }

    public FetchSettings settings() {
        return settings;
    }

    /** Fetches {@code url}; with an ETag or Last-Modified from the last fetch, an unchanged document costs a 304. */
    public FetchResult fetch(String url, String etag, String lastModified) {
        return fetch(url, etag, lastModified, true, settings.maxBytes());
    }

    private FetchResult fetch(String url, String etag, String lastModified, boolean obeyRobots, long maxBytes) {
        URI uri = parse(url);
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            String address = uri.toString();
            if (isAddressLiteral(uri.getHost())) {
                // No look-up to pin for a literal address; the HTTP client may not consult the resolver for it.
                guard.resolve(address, uri.getHost());
            }
            Duration delay = settings.hostDelay();
            if (obeyRobots) {
                Duration crawlDelay = robots.check(uri);
                delay = crawlDelay.compareTo(delay) > 0 ? crawlDelay : delay;
            }
            pacer.await(uri.getHost().toLowerCase(Locale.ROOT), delay);
            long started = System.nanoTime();
            try (Response response = client.newCall(request(uri, address, etag, lastModified)).execute()) {
                int status = response.code();
                if (status >= 300 && status < 400 && status != 304) {
                    String location = response.header("Location");
                    if (location == null || location.isBlank()) {
                        throw new FetchException(address, "redirect (HTTP " + status + ") without a target", status, null);
                    }
                    uri = redirectTarget(uri, location, address);
                    continue;
                }
                String contentType = response.header("Content-Type");
                if (status == 304) {
                    return new FetchResult(address, true, "", contentType, etag, lastModified);
                }
                if (status >= 400 || status < 200) {
                    throw new FetchException(address, "the server answered HTTP " + status + describe(response), status, null);
                }
                byte[] bytes = readCapped(response, address, maxBytes);
                return new FetchResult(address, false, TextDecoding.decode(bytes, TextDecoding.charsetParameter(contentType)),
                        contentType, response.header("ETag"), response.header("Last-Modified"));
            } catch (IOException e) {
                throw networkFailure(address, e, System.nanoTime() - started);
            }
        }
        throw new FetchException(url, "redirected more than " + settings.maxRedirects() + " times; giving up");
    }

    private Request request(URI uri, String address, String etag, String lastModified) {
        HttpUrl httpUrl = HttpUrl.parse(address);
        if (httpUrl == null) {
            throw new FetchException(address, "not a valid web address");
        }
        Request.Builder request = new Request.Builder().url(httpUrl)
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                // Asked for by name, so OkHttp leaves decoding (and the size cap after it) to readCapped.
                .header("Accept-Encoding", "gzip, deflate");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        return request.build();
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new FetchException(url, "only http:// and https:// addresses can be fetched");
            }
            if (uri.getHost() == null) {
                throw new FetchException(url, "the address has no host name");
            }
            return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? uri.resolve("/") : uri;
        } catch (URISyntaxException e) {
            throw new FetchException(url, "not a valid web address (" + e.getReason() + ")");
        }
    }

    private static URI redirectTarget(URI from, String location, String address) {
        try {
            return parse(from.resolve(new URI(location.strip())).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(address, "redirects to an invalid address: " + location);
        }
    }

    private static boolean isAddressLiteral(String host) {
        return host.startsWith("[") || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
    }

    private static byte[] readCapped(Response response, String address, long maxBytes) throws IOException {
        ResponseBody body = response.body();
        if (body == null) {
            return new byte[0];
        }
        if (body.contentLength() > maxBytes) {
            throw tooLarge(address, maxBytes);
        }
        try (InputStream raw = body.byteStream(); InputStream decoded = decoded(raw, response.header("Content-Encoding"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int read = decoded.read(buffer); read != -1; read = decoded.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    // Stop reading at once: the rest of a huge (or endless) body never reaches memory.
                    throw tooLarge(address, maxBytes);
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }

    private static InputStream decoded(InputStream raw, String encoding) throws IOException {
        if (encoding == null) {
            return raw;
        }
        return switch (encoding.strip().toLowerCase(Locale.ROOT)) {
            case "gzip", "x-gzip" -> new GZIPInputStream(raw);
            case "deflate" -> new InflaterInputStream(raw);
            default -> raw;
        };
    }

    private static FetchException tooLarge(String address, long maxBytes) {
        return new FetchException(address, "the response is larger than " + size(maxBytes)
                + "; Wafer stopped reading it (no news page or feed is that large)");
    }

    private FetchException networkFailure(String address, IOException e, long elapsedNanos) {
        if (e instanceof GuardedDns.Refused refused) {
            return new FetchException(address, refused.refusal().reason(), -1, refused.refusal());
        }
        String reason;
        if (e instanceof SocketTimeoutException) {
            reason = e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("connect")
                    ? "timed out connecting after " + seconds(settings.connectTimeout())
                    : "timed out: no data for " + seconds(settings.readTimeout());
        } else if (e instanceof InterruptedIOException || elapsedNanos >= settings.fetchDeadline().toNanos()) {
            reason = "took longer than " + seconds(settings.fetchDeadline()) + " in all; Wafer gave up (the server sends"
                    + " too slowly; " + FetchSettings.FETCH_DEADLINE_ENV + " sets the limit)";
        } else if (e instanceof ConnectException) {
            reason = "connection refused; is the address right and the site up?";
        } else if (e instanceof UnknownHostException) {
            reason = "the host name does not resolve; check the address";
        } else if (e instanceof SSLException) {
            reason = "secure connection failed (" + e.getMessage() + ")";
        } else {
            reason = "network error (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        }
        return new FetchException(address, reason, -1, e);
    }

    private static String describe(Response response) {
        String message = response.message();
        return message == null || message.isBlank() ? "" : " (" + message + ")";
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    /** The HTTP client's only name resolver: every answer passes the guard before a connection is made to it. */
    private record GuardedDns(NetworkGuard guard) implements Dns {

        /** The guard's refusal, carried through the HTTP client as the exception its resolver may throw. */
        static final class Refused extends UnknownHostException {
            private final transient FetchException refusal;

            Refused(FetchException refusal) {
                super(refusal.reason());
                this.refusal = refusal;
            }

            FetchException refusal() {
                return refusal;
            }
        }

        @Override
        public List<InetAddress> lookup(String hostname) throws UnknownHostException {
            try {
                return guard.resolve(hostname, hostname);
            } catch (FetchException e) {
                throw new Refused(e);
            }
        }
    }
}
