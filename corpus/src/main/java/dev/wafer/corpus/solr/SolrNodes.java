package dev.wafer.corpus.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solr's HTTP API over a cluster's nodes. Any node routes a request to the shards that hold the data,
 * so a request that one node cannot answer (down, restarting, or without a live copy of a shard yet)
 * is sent to the next, for up to {@link #PATIENCE}: a node's loss costs a question some waiting, never
 * the question. Requests and answers are JSON; parameters go in a form body, so long vectors fit.
 *
 * <p>Every request ends within its own time or the patience, whichever is longer, however the nodes
 * behave: a node that accepts and never answers, or answers a byte at a time, is given up when that
 * time is spent. A server error another node may not share (HTTP 500) goes to the next node; an answer
 * that is not Solr's JSON (a proxy's page) or is larger than {@link #MAX_ANSWER_BYTES} is an error,
 * never read as an empty cluster. Credentials never appear in an error line, even when a node echoes them.
 */
public final class SolrNodes {

    private static final Logger LOG = LoggerFactory.getLogger(SolrNodes.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    /** How long a request keeps trying the nodes: long enough for the cluster to notice a lost node. */
    static final Duration PATIENCE = Duration.ofSeconds(45);
    private static final Duration PAUSE = Duration.ofMillis(250);
    private static final Duration CONNECT = Duration.ofSeconds(2);
    /** Solr's own words when a shard has no live copy at the moment, which another moment or node mends. */
    private static final List<String> PASSING_TROUBLE = List.of("no active replica", "no servers hosting",
            "no registered leader", "connection refused", "connect exception", "is not live", "timeout",
            "recovering", "failed to respond", "closed", "connection reset", "trying to proxy", "down",
            // A shard's leader could not pass a write to a copy that just died; it marks the copy for recovery,
            // and the same write again (every one Wafer sends can be repeated) succeeds.
            "async exceptions during distributed update");

    private static final Duration READ = Duration.ofSeconds(30);
    private static final Duration WRITE = Duration.ofMinutes(5);
    private static final int PAGE = 500;
    /**
     * The largest answer read: a page of {@link #PAGE} articles with their text is a few megabytes, so this
     * is only reached by something that is not Solr answering Wafer (and would otherwise fill the heap).
     */
    static final long MAX_ANSWER_BYTES = 64L * 1024 * 1024;
    private static final String HIDDEN = "[credentials]";

    private final List<URI> nodes;
    private final String authorization;
    /** What an error line must never show: the password and the header that carries it. */
    private final List<String> secrets;
    private final long maxAnswerBytes;
    /** OkHttp, which the product carries for Discord and web pages: it keeps connections to the nodes alive. */
    private final OkHttpClient http;
    /** The client with each timeout in use (a few), built once: they share its connections and threads. */
    private final Map<Duration, OkHttpClient> withTimeout = new ConcurrentHashMap<>();
    private final Duration patience;
    private final AtomicInteger next = new AtomicInteger();
    private final SolrTraffic traffic;

    public SolrNodes(SolrSettings settings) {
        this(settings, PATIENCE);
    }

    SolrNodes(SolrSettings settings, Duration patience) {
        this(settings, patience, MAX_ANSWER_BYTES);
    }

    SolrNodes(SolrSettings settings, Duration patience, long maxAnswerBytes) {
        this(settings.nodes(), authorization(settings), settings.password() == null ? List.of()
                        : List.of(authorization(settings).substring("Basic ".length()), settings.password()),
                new OkHttpClient.Builder().connectTimeout(CONNECT).followRedirects(false).followSslRedirects(false)
                        .retryOnConnectionFailure(false).build(),
                patience, maxAnswerBytes, new SolrTraffic());
    }

    private SolrNodes(List<URI> nodes, String authorization, List<String> secrets, OkHttpClient http, Duration patience,
                      long maxAnswerBytes, SolrTraffic traffic) {
        this.nodes = nodes;
        this.authorization = authorization;
        this.secrets = secrets;
        this.http = http;
        this.patience = patience;
        this.maxAnswerBytes = maxAnswerBytes;
        this.traffic = traffic;
    }

    private static String authorization(SolrSettings settings) {
        return settings.user() == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (settings.user() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
    }

    public List<URI> nodes() {
        return nodes;
    }

    /**
     * The same nodes, trying for {@code patience} only: for a health check or a status line, which must
     * say "unreachable" at once rather than wait out a failover.
     */
    public SolrNodes withPatience(Duration patience) {
        return new SolrNodes(nodes, authorization, secrets, http, patience, maxAnswerBytes, traffic);
    }

    /** What this process has asked of the cluster so far (shared by {@link #withPatience} copies). */
    public SolrTraffic traffic() {
        return traffic;
    }

    /** A request with form parameters (a query, an admin action). {@code path} starts with '/'. */
    public JsonNode call(String path, Map<String, ?> params, Duration timeout) {
        return send(path, "", RequestBody.create(form(params).getBytes(StandardCharsets.UTF_8), FORM), timeout);
    }

    /** A request whose body is JSON (updates), with {@code params} in the URL. */
    public JsonNode postJson(String path, Map<String, ?> params, Object body, Duration timeout) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("A Solr update did not turn into JSON", e);
        }
        return send(path, form(params), RequestBody.create(bytes, JSON_TYPE), timeout);
    }

    /** A request whose body is bytes of {@code type} (a configset's zip), with {@code params} in the URL. */
    public JsonNode postBytes(String path, Map<String, ?> params, byte[] body, String type, Duration timeout) {
        return send(path, form(params), RequestBody.create(body, MediaType.get(type)), timeout);
    }

    /** The document with {@code id} as Solr holds it now, committed or not (real-time get), or null. */
    public JsonNode realTimeGet(String collection, String id) {
        JsonNode doc = call("/" + collection + "/get", Map.of("id", id, "wt", "json"), READ).path("doc");
        return doc.isObject() ? doc : null;
    }

    /** The documents with {@code ids}, committed or not, in no particular order. */
    public List<JsonNode> realTimeGet(String collection, Collection<String> ids) {
        return realTimeGet(collection, ids, "*");
    }

    /** {@link #realTimeGet(String, Collection)} with only {@code fields}. Ids must hold no comma. */
    public List<JsonNode> realTimeGet(String collection, Collection<String> ids, String fields) {
        List<JsonNode> found = new ArrayList<>();
        if (ids.isEmpty()) {
            return found;
        }
        JsonNode docs = call("/" + collection + "/get", Map.of("ids", String.join(",", ids), "fl", fields, "wt", "json"),
                READ).path("response").path("docs");
        docs.forEach(found::add);
        return found;
    }

    /**
     * Adds (or replaces, by id) {@code docs}; with {@code commit}, they and everything written before
     * become visible to searches together. A document with {@code _version_} is written only if that
     * condition holds ({@link VersionConflict} otherwise).
     */
    public void update(String collection, List<? extends Map<String, ?>> docs, boolean commit) {
        postJson("/" + collection + "/update", commit ? Map.of("commit", "true", "wt", "json") : Map.of("wt", "json"),
                docs, WRITE);
    }

    /** Deletes the documents matching {@code query} (Solr's syntax), without committing. */
    public void deleteByQuery(String collection, String query) {
        postJson("/" + collection + "/update", Map.of("wt", "json"), Map.of("delete", Map.of("query", query)), WRITE);
    }

    /** Makes every write so far visible to searches. */
    public void commit(String collection) {
        call("/" + collection + "/update", Map.of("commit", "true", "wt", "json"), WRITE);
    }

    /** A search on {@code collection} with {@code params}; returns Solr's whole answer. */
    public JsonNode select(String collection, Map<String, ?> params) {
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.put("wt", "json");
        // The node asked answers from its own copy of a shard when it has one, rather than one hop away.
        all.putIfAbsent("shards.preference", "replica.location:local");
        return call("/" + collection + "/select", all, READ);
    }

    /**
     * Every document matching {@code query} (and {@code filter}, when not null), with fields {@code fields},
     * read page by page with a cursor so a large collection never sits in one answer.
     */
    public void forEach(String collection, String query, String filter, String fields, Consumer<JsonNode> action) {
        String cursor = "*";
        while (true) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("q", query);
            if (filter != null) {
                params.put("fq", filter);
            }
            params.put("fl", fields);
            params.put("sort", "id asc");
            params.put("rows", PAGE);
            params.put("cursorMark", cursor);
            JsonNode page = select(collection, params);
            page.path("response").path("docs").forEach(action);
            String nextCursor = page.path("nextCursorMark").asText(cursor);
            if (nextCursor.equals(cursor)) {
                return;
            }
            cursor = nextCursor;
        }
    }

    /** {@link #tryNodes}, counted for the operator's metrics however it ends. */
    private JsonNode send(String path, String query, RequestBody body, Duration timeout) {
        long began = System.nanoTime();
        SolrTraffic.Outcome outcome = SolrTraffic.Outcome.UNANSWERED;
        try {
            JsonNode answer = tryNodes(path, query, body, timeout);
            outcome = SolrTraffic.Outcome.ANSWERED;
            return answer;
        } catch (Refused refused) {
            outcome = SolrTraffic.Outcome.REFUSED;
            throw refused;
        } finally {
            traffic.ended(outcome, began);
        }
    }

    private JsonNode tryNodes(String path, String query, RequestBody body, Duration timeout) {
        OkHttpClient client = withTimeout.computeIfAbsent(timeout,
                limit -> http.newBuilder().readTimeout(limit).writeTimeout(limit).build());
        long began = System.nanoTime();
        long patienceEnds = began + patience.toNanos();
        // The whole request, every node and round included, ends by then: a socket's read limit alone lets
        // a node that sends a byte now and then hold a request for ever.
        long deadline = began + Math.max(patience.toNanos(), timeout.toNanos());
        String lastTrouble = "";
        int start = Math.floorMod(next.getAndIncrement(), nodes.size());
        for (int round = 0; ; round++) {
            String refusal = null;
            boolean passing = false;
            for (int i = 0; i < nodes.size() && System.nanoTime() < deadline; i++) {
                URI node = nodes.get((start + i) % nodes.size());
                Request.Builder request = new Request.Builder()
                        .url(node + path + (query.isEmpty() ? "" : "?" + query))
                        .header("Accept", "application/json").post(body);
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                long sent = System.nanoTime();
                Call call = client.newCall(request.build());
                call.timeout().timeout(Math.max(1, deadline - sent), TimeUnit.NANOSECONDS);
                try (Response response = call.execute()) {
                    int status = response.code();
                    Answer answer = read(response, path);
                    LOG.debug("{} {}: HTTP {} in {} ms", node, path, status, (System.nanoTime() - sent) / 1_000_000);
                    if (status / 100 == 2 && answer.json() != null) {
                        return answer.json();
                    }
                    if (status / 100 == 2) {
                        refusal = "Solr at " + node + " answered " + path + " with something that is not Solr's JSON ("
                                + answer.type() + ", " + (answer.excerpt().isEmpty() ? "an empty body"
                                : "\"" + hide(answer.excerpt()) + "\"") + "); check that " + SolrSettings.URL
                                + " names Solr nodes (http://host:8983/solr), not a proxy or another service";
                        traffic.troubledTry();
                        continue;
                    }
                    String message = hide(message(answer, status));
                    if (status == 409) {
                        throw new VersionConflict(message);
                    }
                    if (status == 401 || status == 403) {
                        throw new Refused("Solr at " + node + " refused Wafer's credentials (" + message
                                + "); check " + SolrSettings.USER + " and " + SolrSettings.PASSWORD
                                + " (or the user in " + SolrSettings.URL + ")");
                    }
                    if (passing(status, message)) {
                        passing = true;
                        lastTrouble = node + " answered " + message;
                    } else if (status >= 500) {
                        // A node's own fault (a bug, its disk): another node may well answer.
                        refusal = "Solr refused " + path + ": " + message;
                        lastTrouble = node + " answered " + message;
                    } else {
                        throw new Refused("Solr refused " + path + ": " + message);
                    }
                } catch (TooLarge e) {
                    throw new Refused(e.getMessage());
                } catch (IOException e) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new ClusterException("Interrupted while asking Solr " + path, e);
                    }
                    passing = true;
                    lastTrouble = node + ": " + (call.isCanceled() || e instanceof java.io.InterruptedIOException
                            && System.nanoTime() >= deadline ? "no answer within " + seconds(deadline - began)
                            : hide(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                }
                traffic.troubledTry();
            }
            if (refusal != null && !passing) {
                throw new Refused(refusal);
            }
            if (System.nanoTime() > patienceEnds || System.nanoTime() >= deadline) {
                throw new ClusterException("The Solr cluster at " + nodes.stream().map(URI::toString)
                        .collect(Collectors.joining(", ")) + " did not answer " + path + " (last: " + lastTrouble
                        + "); check " + SolrSettings.URL + " and that Solr is running");
            }
            if (round == 0) {
                LOG.warn("Solr could not answer {} ({}); trying again for up to {} s", path, lastTrouble,
                        patience.toSeconds());
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterException("Interrupted while waiting for Solr " + path, e);
            }
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /** An answer's body: its JSON, or null with its media type and first characters when it is not JSON. */
    private record Answer(JsonNode json, String type, String excerpt) {
    }

    /** The body of {@code response}, read up to {@link #maxAnswerBytes}. */
    private Answer read(Response response, String path) throws IOException {
        ResponseBody body = response.body();
        if (body.contentLength() > maxAnswerBytes) {
            throw new TooLarge(path, maxAnswerBytes);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = body.byteStream()) {
            byte[] chunk = new byte[16 * 1024];
            for (int read; (read = in.read(chunk)) != -1; ) {
                if (bytes.size() + (long) read > maxAnswerBytes) {
                    throw new TooLarge(path, maxAnswerBytes);
                }
                bytes.write(chunk, 0, read);
            }
        }
        byte[] all = bytes.toByteArray();
        MediaType type = body.contentType();
        String typeName = type == null ? "no media type" : type.type() + "/" + type.subtype();
        String excerpt = new String(all, 0, Math.min(all.length, 300), StandardCharsets.UTF_8).strip()
                .lines().findFirst().orElse("");
        try {
            JsonNode json = all.length == 0 ? null : JSON.readTree(all);
            return new Answer(json != null && json.isObject() ? json : null, typeName, excerpt);
        } catch (IOException e) {
            return new Answer(null, typeName, excerpt);
        }
    }

    /** {@code text} with the password and the Authorization header's value replaced, should a node echo them. */
    private String hide(String text) {
        String shown = text;
        for (String secret : secrets) {
            shown = shown.replace(secret, HIDDEN);
        }
        return shown;
    }

    /** An answer larger than any Solr sends Wafer. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String path, long limit) {
            super("Solr's answer to " + path + " is larger than " + (limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB"
                    : limit / 1024 + " KB") + ", more than any answer Wafer asks for; check " + SolrSettings.URL);
        }
    }

    /** Trouble another node or a moment later can mend: a node or shard copy that is down or catching up. */
    private static boolean passing(int status, String message) {
        if (status == 502 || status == 503 || status == 504) {
            return true;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return status >= 500 && PASSING_TROUBLE.stream().anyMatch(lower::contains);
    }

    private static String message(Answer answer, int status) {
        String text = answer.json() == null ? answer.excerpt() : answer.json().path("error").path("msg").asText("");
        return "HTTP " + status + (text.isBlank() ? "" : " " + text.strip().lines().findFirst().orElse(""));
    }

    private static String form(Map<String, ?> params) {
        StringJoiner form = new StringJoiner("&");
        params.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                values.forEach(one -> form.add(encode(name) + "=" + encode(String.valueOf(one))));
            } else if (value != null) {
                form.add(encode(name) + "=" + encode(String.valueOf(value)));
            }
        });
        return form.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Solr said no (credentials, a request it does not accept): another node or a moment later would say the same. */
    public static class Refused extends ClusterException {
        Refused(String message) {
            super(message);
        }
    }

    /** Solr refused a write whose {@code _version_} condition did not hold (someone else wrote first). */
    public static final class VersionConflict extends Refused {
        VersionConflict(String message) {
            super(message);
        }
    }
}
