package dev.wafer.corpus.store.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solr's HTTP API over a cluster's nodes. Any node routes a request to the shards that hold the data,
 * so a request that one node cannot answer (down, restarting, or without a live copy of a shard yet)
 * is sent to the next, for up to {@link #PATIENCE}: a node's loss costs a question some waiting, never
 * the question. Requests and answers are JSON; parameters go in a form body, so long vectors fit.
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

    private final List<URI> nodes;
    private final String authorization;
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
        this(settings.nodes(), settings.user() == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                        (settings.user() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8)),
                new OkHttpClient.Builder().connectTimeout(CONNECT).followRedirects(false).followSslRedirects(false)
                        .retryOnConnectionFailure(false).build(),
                patience, new SolrTraffic());
    }

    private SolrNodes(List<URI> nodes, String authorization, OkHttpClient http, Duration patience, SolrTraffic traffic) {
        this.nodes = nodes;
        this.authorization = authorization;
        this.http = http;
        this.patience = patience;
        this.traffic = traffic;
    }

    public List<URI> nodes() {
        return nodes;
    }

    /**
     * The same nodes, trying for {@code patience} only: for a health check or a status line, which must
     * say "unreachable" at once rather than wait out a failover.
     */
    public SolrNodes withPatience(Duration patience) {
        return new SolrNodes(nodes, authorization, http, patience, traffic);
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
        // Socket read and write limits, not a whole-call limit: a call limit puts every request on OkHttp's
        // shared watchdog queue, which cost a burst of questions about 6% of Wafer's CPU.
        OkHttpClient client = withTimeout.computeIfAbsent(timeout,
                limit -> http.newBuilder().readTimeout(limit).writeTimeout(limit).build());
        long deadline = System.nanoTime() + patience.toNanos();
        String lastTrouble = "";
        int start = Math.floorMod(next.getAndIncrement(), nodes.size());
        for (int round = 0; ; round++) {
            for (int i = 0; i < nodes.size(); i++) {
                URI node = nodes.get((start + i) % nodes.size());
                Request.Builder request = new Request.Builder()
                        .url(node + path + (query.isEmpty() ? "" : "?" + query))
                        .header("Accept", "application/json").post(body);
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                long sent = System.nanoTime();
                try (Response response = client.newCall(request.build()).execute()) {
                    int status = response.code();
                    JsonNode json = parse(response.body().bytes());
                    LOG.debug("{} {}: HTTP {} in {} ms", node, path, status, (System.nanoTime() - sent) / 1_000_000);
                    if (status / 100 == 2) {
                        return json;
                    }
                    String message = message(json, status);
                    boolean passing = passing(status, json.path("error").path("msg").asText("") + " " + message);
                    if (status == 409) {
                        throw new VersionConflict(message);
                    }
                    if (status == 401 || status == 403) {
                        throw new Refused("Solr at " + node + " refused Wafer's credentials (" + message
                                + "); check " + SolrSettings.USER + " and " + SolrSettings.PASSWORD);
                    }
                    if (!passing) {
                        throw new Refused("Solr refused " + path + ": " + message);
                    }
                    lastTrouble = node + " answered " + message;
                } catch (IOException e) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new ClusterException("Interrupted while asking Solr " + path, e);
                    }
                    lastTrouble = node + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                }
                traffic.troubledTry();
            }
            if (System.nanoTime() > deadline) {
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

    /** Trouble another node or a moment later can mend: a node or shard copy that is down or catching up. */
    private static boolean passing(int status, String message) {
        if (status == 502 || status == 503 || status == 504) {
            return true;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return status >= 500 && PASSING_TROUBLE.stream().anyMatch(lower::contains);
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode().put("raw", new String(body, 0, Math.min(body.length, 300),
                    StandardCharsets.UTF_8));
        }
    }

    private static String message(JsonNode json, int status) {
        JsonNode error = json.path("error");
        String text = error.path("msg").asText(json.path("raw").asText(""));
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
