package dev.wafer.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.corpus.source.FeedReport;
import dev.wafer.corpus.source.RefreshReport;
import dev.wafer.retrieval.answer.Answer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    void metricsCountQuestionsAbstentionsFallbacksAndRefreshesInPrometheusText() throws Exception {
        WaferMetrics metrics = new WaferMetrics();
        metrics.watchArticles(() -> 128);
        // This process runs shards 2 and 3 of four (WAFER_DISCORD_SHARD_IDS=2-3): only those are its to report.
        metrics.watchDiscord(() -> 42, () -> Map.of(2, true, 3, false), List.of(2, 3));
        metrics.answered(answer(false, null, 20, 15));
        metrics.answered(answer(true, null, 5, 4));
        metrics.answered(answer(false, "the language model did not answer within 60 s", 60_000, 14));
        metrics.refreshed(new RefreshReport(List.of(new FeedReport("https://feeds.example/chips", true, 3, 0, 1, 0, null),
                FeedReport.failed("https://feeds.example/broken", "HTTP 500")), Duration.ofSeconds(2)));

        try (OpsServer server = OpsServer.start("127.0.0.1", 0, metrics, List::of)) {
            HttpResponse<String> response = get(server, "/metrics");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
            assertThat(response.body()).contains("wafer_questions_total 3.0", "wafer_abstentions_total 1.0",
                    "wafer_llm_fallbacks_total{reason=\"timeout\"} 1.0", "wafer_articles 128.0",
                    "wafer_discord_gateway_ping_milliseconds 42.0", "wafer_discord_shard_connected{shard=\"2\"} 1.0",
                    "wafer_discord_shard_connected{shard=\"3\"} 0.0",
                    "wafer_refresh_feeds_total{feed=\"https://feeds.example/broken\",status=\"failed\"} 1.0",
                    "wafer_refresh_articles_added_total{feed=\"https://feeds.example/chips\"} 3.0",
                    "wafer_answer_seconds_bucket{le=", "wafer_search_seconds_count 3")
                    .doesNotContain("wafer_discord_shard_connected{shard=\"0\"}");
        }
    }

    @Test
    void healthIsOkOrSaysWhatIsWrong() throws Exception {
        List<String> problems = new ArrayList<>();
        try (OpsServer server = OpsServer.start("127.0.0.1", 0, new WaferMetrics(), () -> List.copyOf(problems))) {
            HttpResponse<String> healthy = get(server, "/health");
            problems.add("shard 1 is not connected to Discord");
            HttpResponse<String> unhealthy = get(server, "/health");

            assertThat(healthy.statusCode()).isEqualTo(200);
            assertThat(healthy.body()).isEqualTo("{\"status\":\"ok\",\"problems\":[]}");
            assertThat(unhealthy.statusCode()).isEqualTo(503);
            assertThat(unhealthy.body()).isEqualTo("{\"status\":\"unhealthy\",\"problems\":[\"shard 1 is not connected to Discord\"]}");
        }
    }
}
