package dev.wafer.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wafer.corpus.source.FeedReport;
import dev.wafer.corpus.source.RefreshReport;
import dev.wafer.corpus.solr.SolrNodes;
import dev.wafer.corpus.solr.SolrSettings;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.testkit.LoopbackServer;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** /metrics and /health over real HTTP on 127.0.0.1. */
class OpsServerTest {

    private static HttpResponse<String> get(OpsServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Answer answer(boolean abstained, String fallback, long tookMs, long searchMs) {
        return new Answer("q", "text", Answer.Mode.EXTRACTIVE, abstained, List.of(), fallback, Duration.ZERO)
                .withTimes(Duration.ofMillis(tookMs), Duration.ofMillis(searchMs));
    }

    @Test
    void aClientHoldingHalfARequestDoesNotStallHealthChecks() throws Exception {
        try (OpsServer server = OpsServer.start("127.0.0.1", 0, new WaferMetrics(), new HealthCheck(() -> 10, List::of));
             Socket stalled = new Socket("127.0.0.1", server.port())) {
            stalled.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            stalled.getOutputStream().flush();

            HttpResponse<String> health = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString())
                    .get(3, TimeUnit.SECONDS);

            assertThat(health.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void feedLabelsHideCredentialsAndKeysAndStayBoundedWithThousandsOfFeeds() throws Exception {
        WaferMetrics metrics = new WaferMetrics();
        List<FeedReport> feeds = new ArrayList<>();
        feeds.add(FeedReport.failed("https://reader:hunter2@feeds.example/chips?apikey=s3cr3t&lang=en&token=abc", "HTTP 500"));
        for (int i = 0; i < 5_000; i++) {
            feeds.add(new FeedReport("https://feeds.example/feed-" + i + ".xml", true, 1, 0, 0, 0, null));
        }
        metrics.refreshed(new RefreshReport(feeds, Duration.ofSeconds(2)));

        try (OpsServer server = OpsServer.start("127.0.0.1", 0, metrics, new HealthCheck(() -> 10, List::of))) {
            String scrape = get(server, "/metrics").body();

            assertThat(scrape).doesNotContain("hunter2", "s3cr3t", "abc\"")
                    .contains("feed=\"https://***@feeds.example/chips?apikey=***&lang=en&token=***\"")
                    .contains("wafer_refresh_articles_added_total{feed=\"other\"} 4901.0");
            assertThat(scrape.length()).as("a scrape stays small").isLessThan(60_000);
        }
    }

    @Test
    void servesExactlyItsTwoPaths() throws Exception {
        try (OpsServer server = OpsServer.start("127.0.0.1", 0, new WaferMetrics(), new HealthCheck(() -> 10, List::of))) {
            assertThat(get(server, "/health").statusCode()).isEqualTo(200);
            assertThat(get(server, "/metrics").statusCode()).isEqualTo(200);
            for (String path : List.of("/healthz", "/metrics/../x", "/metrics/extra", "/")) {
                assertThat(get(server, path).statusCode()).as(path).isEqualTo(404);
            }
        }
    }

    @Test
    void metricsCountQuestionsAbstentionsFallbacksAndRefreshesInPrometheusText() throws Exception {
        WaferMetrics metrics = new WaferMetrics();
        metrics.watchArticles(() -> 128);
        // This process runs shards 2 and 3 of four (WAFER_DISCORD_SHARD_IDS=2-3): only those are its to report.
        metrics.watchDiscord(() -> List.of(new ShardState(2, 4, ShardState.CONNECTED, 42, 900),
                new ShardState(3, 4, "ATTEMPTING_TO_RECONNECT", -1, 0)));
        metrics.answered(answer(false, null, 20, 15));
        metrics.answered(answer(true, null, 5, 4));
        metrics.answered(answer(false, "the language model did not answer within 60 s", 60_000, 14));
        metrics.refreshed(new RefreshReport(List.of(new FeedReport("https://feeds.example/chips", true, 3, 0, 1, 0, null),
                FeedReport.failed("https://feeds.example/broken", "HTTP 500")), Duration.ofSeconds(2)));

        try (OpsServer server = OpsServer.start("127.0.0.1", 0, metrics, new HealthCheck(() -> 10, List::of))) {
            HttpResponse<String> response = get(server, "/metrics");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
            assertThat(response.body()).contains("wafer_questions_total 3.0", "wafer_abstentions_total 1.0",
                    "wafer_llm_fallbacks_total{reason=\"timeout\"} 1.0", "wafer_articles 128.0",
                    "wafer_discord_gateway_ping_milliseconds 42.0", "wafer_discord_shard_connected{shard=\"2\"} 1.0",
                    "wafer_discord_shard_connected{shard=\"3\"} 0.0", "wafer_discord_shard_guilds{shard=\"2\"} 900.0",
                    "wafer_discord_shard_gateway_ping_milliseconds{shard=\"3\"} -1.0",
                    "wafer_refresh_feeds_total{feed=\"https://feeds.example/broken\",status=\"failed\"} 1.0",
                    "wafer_refresh_articles_added_total{feed=\"https://feeds.example/chips\"} 3.0",
                    "wafer_answer_seconds_bucket{le=", "wafer_search_seconds_count 3")
                    .doesNotContain("wafer_discord_shard_connected{shard=\"0\"}");
        }
    }

    @Test
    void metricsShowTheSolrClusterAsThisProcessMeetsIt() throws Exception {
        try (LoopbackServer down = LoopbackServer.start().route("/solr/", request -> LoopbackServer.Reply.of(503,
                "application/json", "{\"error\":{\"msg\":\"no active replica for shard1\",\"code\":503}}"));
             LoopbackServer up = LoopbackServer.start().route("/solr/", request -> LoopbackServer.Reply.ok("application/json",
                     "{\"response\":{\"numFound\":0,\"docs\":[]}}"))) {
            // The first request meets the node that has no live copy first and is answered by the other.
            SolrNodes solr = new SolrNodes(new SolrSettings(List.of(URI.create(down.url("/solr")), URI.create(up.url("/solr"))),
                    null, null, "wafer", 1, 2));
            solr.select("wafer_passages", Map.of("q", "*:*"));
            solr.select("wafer_passages", Map.of("q", "*:*"));
            WaferMetrics metrics = new WaferMetrics();
            metrics.watchCluster(solr.traffic());

            try (OpsServer server = OpsServer.start("127.0.0.1", 0, metrics, new HealthCheck(() -> 10, List::of))) {
                assertThat(get(server, "/metrics").body()).contains("wafer_solr_requests_total{outcome=\"answered\"} 2.0",
                        "wafer_solr_requests_total{outcome=\"unanswered\"} 0.0", "wafer_solr_node_trouble_total 1.0",
                        "wafer_solr_request_seconds_count 2");
            }
        }
    }

    @Test
    void healthIsOkOrSaysWhichShardIsInWhichStateAndWhetherTheIndexReads() throws Exception {
        List<ShardState> shards = new ArrayList<>(List.of(new ShardState(0, 2, ShardState.CONNECTED, 40, 3),
                new ShardState(1, 2, ShardState.CONNECTED, 41, 2)));
        boolean[] indexOpen = {true};
        HealthCheck check = new HealthCheck(() -> {
            if (!indexOpen[0]) {
                throw new IllegalStateException("this IndexReader is closed");
            }
            return 812;
        }, () -> List.copyOf(shards));
        try (OpsServer server = OpsServer.start("127.0.0.1", 0, new WaferMetrics(), check)) {
            HttpResponse<String> healthy = get(server, "/health");
            shards.set(1, new ShardState(1, 2, ShardState.QUEUED, -1, 0));
            HttpResponse<String> shardDown = get(server, "/health");
            shards.set(1, new ShardState(1, 2, ShardState.CONNECTED, 41, 2));
            indexOpen[0] = false;
            HttpResponse<String> indexDown = get(server, "/health");

            assertThat(healthy.statusCode()).isEqualTo(200);
            assertThat(healthy.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(healthy.body()).isEqualTo("{\"status\":\"ok\",\"index\":{\"open\":true,\"passages\":812},"
                    + "\"shards\":[{\"shard\":0,\"total\":2,\"status\":\"CONNECTED\",\"pingMillis\":40,\"guilds\":3},"
                    + "{\"shard\":1,\"total\":2,\"status\":\"CONNECTED\",\"pingMillis\":41,\"guilds\":2}],\"problems\":[]}");
            assertThat(shardDown.statusCode()).isEqualTo(503);
            assertThat(shardDown.body()).startsWith("{\"status\":\"unhealthy\",")
                    .contains("{\"shard\":1,\"total\":2,\"status\":\"QUEUED\",\"pingMillis\":-1,\"guilds\":0}")
                    .endsWith("\"problems\":[\"shard 1 of 2 is QUEUED, not CONNECTED\"]}");
            assertThat(indexDown.statusCode()).isEqualTo(503);
            assertThat(indexDown.body()).contains("\"index\":{\"open\":false,\"passages\":-1}")
                    .endsWith("\"problems\":[\"the passage index cannot be read: this IndexReader is closed\"]}");
        }
    }

    @Test
    void sayingWhereItListensGivesTheBoundAddressNotTheNameItWasGiven() {
        try (OpsServer server = OpsServer.start("localhost", 0, new WaferMetrics(), new HealthCheck(() -> 10, List::of))) {
            assertThat(server.address()).matches("(127\\.0\\.0\\.1|\\[::1]):" + server.port());
            assertThat(server.listening()).startsWith("http://" + server.address() + " (").endsWith(", this machine only)")
                    .doesNotContain("localhost");
        }
        try (OpsServer server = OpsServer.start("127.0.0.1", 0, new WaferMetrics(), new HealthCheck(() -> 10, List::of))) {
            assertThat(server.listening()).isEqualTo("http://127.0.0.1:" + server.port()
                    + " (IPv4 127.0.0.1 only, shown by some tools as [::ffff:127.0.0.1], this machine only)");
        }
    }

    @Test
    void servesOnlyWhenAPortIsSetAndOnLoopbackUnlessToldOtherwise() {
        assertThat(OpsServer.Address.fromSettings(Map.of())).isEmpty();
        assertThat(OpsServer.Address.fromSettings(Map.of("WAFER_HTTP_PORT", "9400")))
                .hasValue(new OpsServer.Address("127.0.0.1", 9400));
        assertThat(OpsServer.Address.fromSettings(Map.of("WAFER_HTTP_PORT", "9400", "WAFER_HTTP_BIND", "0.0.0.0")))
                .hasValue(new OpsServer.Address("0.0.0.0", 9400));
        assertThatThrownBy(() -> OpsServer.Address.fromSettings(Map.of("WAFER_HTTP_PORT", "http")))
                .hasMessage("WAFER_HTTP_PORT must be a port number from 1 to 65535, was \"http\"");
        assertThatThrownBy(() -> OpsServer.Address.fromSettings(Map.of("WAFER_HTTP_PORT", "70000")))
                .hasMessageStartingWith("WAFER_HTTP_PORT must be a port number");
    }
}
