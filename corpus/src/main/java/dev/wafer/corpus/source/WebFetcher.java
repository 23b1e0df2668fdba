package dev.wafer.corpus.source;

import dev.wafer.corpus.extract.TextDecoding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SSLException;

/**
 * Fetches web documents politely and safely: Wafer's User-Agent, robots.txt, a pause between
 * requests to one host, conditional GET, connect and read timeouts, gzip, a size cap, at most
 * {@link FetchSettings#maxRedirects()} redirects followed one by one — each target checked by the
 * {@link NetworkGuard} and robots.txt again — and charset detection. Safe for concurrent use.
 *
 * <p>{@link HttpURLConnection} rather than {@code java.net.http.HttpClient}: it has a real read
 * timeout (the time between bytes), where HttpClient's timeout stops once headers arrive, so a server
 * that trickles a body could hold a refresh forever.
 */
public final class WebFetcher {

    private static final long ROBOTS_MAX_BYTES = 512 * 1024;

    private final FetchSettings settings;
    private final NetworkGuard guard;
    private final HostPacer pacer = new HostPacer();
    private final RobotsRules robots;

    public WebFetcher(FetchSettings settings, NetworkGuard guard) {
        this.settings = settings;
        this.guard = guard;
        this.robots = new RobotsRules(url -> fetch(url, null, null, false, ROBOTS_MAX_BYTES));
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
            guard.check(address, uri.getHost());
            Duration delay = settings.hostDelay();
            if (obeyRobots) {
                Duration crawlDelay = robots.check(uri);
                delay = crawlDelay.compareTo(delay) > 0 ? crawlDelay : delay;
            }
            pacer.await(uri.getHost().toLowerCase(Locale.ROOT), delay);
            HttpURLConnection connection = open(uri, etag, lastModified);
            try {
                int status = status(connection, address);
                if (status >= 300 && status < 400 && status != 304) {
                    String location = connection.getHeaderField("Location");
                    if (location == null || location.isBlank()) {
                        throw new FetchException(address, "redirect (HTTP " + status + ") without a target", status, null);
                    }
                    uri = redirectTarget(uri, location, address);
                    continue;
                }
                if (status == 304) {
                    return new FetchResult(address, true, "", connection.getContentType(), etag, lastModified);
                }
                if (status >= 400 || status < 200) {
                    throw new FetchException(address, "the server answered HTTP " + status + describe(connection), status, null);
                }
                byte[] bytes = readCapped(connection, address, maxBytes);
                String contentType = connection.getContentType();
                return new FetchResult(address, false, TextDecoding.decode(bytes, TextDecoding.charsetParameter(contentType)),
                        contentType, connection.getHeaderField("ETag"), connection.getHeaderField("Last-Modified"));
            } finally {
                connection.disconnect();
            }
        }
        throw new FetchException(url, "redirected more than " + settings.maxRedirects() + " times; giving up");
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

    private HttpURLConnection open(URI uri, String etag, String lastModified) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout((int) settings.connectTimeout().toMillis());
            connection.setReadTimeout((int) settings.readTimeout().toMillis());
            connection.setUseCaches(false);
            connection.setRequestProperty("User-Agent", settings.userAgent());
            connection.setRequestProperty("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9,"
                    + " text/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
            connection.setRequestProperty("Accept-Encoding", "gzip, deflate");
            if (etag != null) {
                connection.setRequestProperty("If-None-Match", etag);
            }
            if (lastModified != null) {
                connection.setRequestProperty("If-Modified-Since", lastModified);
            }
            return connection;
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchException(uri.toString(), "cannot open a connection (" + e.getMessage() + ")", -1, e);
        }
    }

    private int status(HttpURLConnection connection, String address) {
        try {
            return connection.getResponseCode();
        } catch (IOException e) {
            throw networkFailure(address, e);
        }
    }

    private byte[] readCapped(HttpURLConnection connection, String address, long maxBytes) {
        long declared = connection.getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(address, maxBytes);
        }
        try (InputStream raw = connection.getInputStream(); InputStream body = decoded(raw, connection.getContentEncoding())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    // Stop reading at once: the rest of a huge (or endless) body never reaches memory.
                    throw tooLarge(address, maxBytes);
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw networkFailure(address, e);
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

    private FetchException networkFailure(String address, IOException e) {
        String reason;
        if (e instanceof SocketTimeoutException) {
            reason = e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("connect")
                    ? "timed out connecting after " + seconds(settings.connectTimeout())
                    : "timed out: no data for " + seconds(settings.readTimeout());
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

    private static String describe(HttpURLConnection connection) {
        try {
            String message = connection.getResponseMessage();
            return message == null || message.isBlank() ? "" : " (" + message + ")";
        } catch (IOException e) {
            return "";
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
