package dev.wafer.corpus.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wafer.testkit.LoopbackServer;
import dev.wafer.testkit.LoopbackServer.Reply;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How requests meet a cluster whose nodes misbehave, over real HTTP on 127.0.0.1 (nodes that answer as
 * Solr does, or not at all): a node that cannot answer passes the request to the next, a refusal is
 * not tried again, and every end is counted for the operator's metrics.
 */
class SolrNodesTest {

    private static final String FOUND = "{\"responseHeader\":{\"status\":0},\"response\":{\"numFound\":3,\"docs\":[]}}";
    private static final String NO_REPLICA = "{\"error\":{\"msg\":\"no active replica for shard1\",\"code\":503}}";

    private static SolrNodes nodes(LoopbackServer... servers) {
        List<URI> urls = Arrays.stream(servers).map(server -> URI.create(server.url("/solr"))).toList();
        return new SolrNodes(new SolrSettings(urls, null, null, "wafer", 1, 2), Duration.ofSeconds(2));
    }

    @Test
    void aNodeThatCannotAnswerPassesTheRequestToTheNext() {
        try (LoopbackServer down = LoopbackServer.start()
                .route("/solr/", request -> Reply.of(503, "application/json", NO_REPLICA));
             LoopbackServer up = LoopbackServer.start()
                     .route("/solr/", request -> Reply.ok("application/json", FOUND))) {
            SolrNodes solr = nodes(down, up);

            long found = solr.select("wafer_passages", Map.of("q", "*:*", "rows", 0)).path("response").path("numFound").asLong();

            assertThat(found).isEqualTo(3);
            assertThat(down.count("/solr/wafer_passages/select")).isEqualTo(1);
            assertThat(solr.traffic().requests(SolrTraffic.Outcome.ANSWERED)).isEqualTo(1);
            assertThat(solr.traffic().nodeTrouble()).as("the try the first node could not answer").isEqualTo(1);
            assertThat(solr.traffic().seconds()).isPositive();
        }
    }

    @Test
    void aRefusalIsNotTriedOnOtherNodes() {
        try (LoopbackServer first = LoopbackServer.start().route("/solr/", request -> Reply.of(400, "application/json",
                "{\"error\":{\"msg\":\"undefined field nonsense\",\"code\":400}}"));
             LoopbackServer second = LoopbackServer.start()
                     .route("/solr/", request -> Reply.ok("application/json", FOUND))) {
            SolrNodes solr = nodes(first, second);

            assertThatThrownBy(() -> solr.select("wafer_passages", Map.of("q", "nonsense:1")))
                    .isInstanceOf(ClusterException.class).hasMessage("Solr refused /wafer_passages/select: HTTP 400 undefined field nonsense");

            assertThat(second.requests()).isEmpty();
            assertThat(solr.traffic().requests(SolrTraffic.Outcome.REFUSED)).isEqualTo(1);
            assertThat(solr.traffic().nodeTrouble()).isZero();
        }
    }

    @Test
    void aClusterThatNeverAnswersEndsInOneLineNamingTheNodesAndTheSetting() {
        try (LoopbackServer down = LoopbackServer.start()
                .route("/solr/", request -> Reply.of(503, "application/json", NO_REPLICA))) {
            SolrNodes solr = nodes(down).withPatience(Duration.ofMillis(300));

            assertThatThrownBy(() -> solr.select("wafer_passages", Map.of("q", "*:*")))
                    .isInstanceOf(ClusterException.class)
                    .hasMessageStartingWith("The Solr cluster at " + down.url("/solr") + " did not answer /wafer_passages/select")
                    .hasMessageContaining("no active replica").hasMessageEndingWith("check WAFER_SOLR_URL and that Solr is running");

            assertThat(solr.traffic().requests(SolrTraffic.Outcome.UNANSWERED)).isEqualTo(1);
            assertThat(solr.traffic().nodeTrouble()).as("every try the node could not answer, until the patience ran out")
                    .isPositive().isEqualTo(down.count("/solr/wafer_passages/select"));
            assertThat(solr.traffic().requests()).isEqualTo(1);
        }
    }

    @Test
    void aServerErrorFromOneNodeIsTriedOnTheNext() {
        try (LoopbackServer broken = LoopbackServer.start().route("/solr/", request -> Reply.of(500, "application/json",
                "{\"error\":{\"msg\":\"java.lang.NullPointerException\",\"code\":500}}"));
             LoopbackServer up = LoopbackServer.start()
                     .route("/solr/", request -> Reply.ok("application/json", FOUND))) {
            SolrNodes solr = nodes(broken, up);

            for (int i = 0; i < 2; i++) { // the first try goes to each node in turn
                assertThat(solr.select("wafer_passages", Map.of("q", "*:*")).path("response").path("numFound").asLong())
                        .isEqualTo(3);
            }
            assertThat(broken.count("/solr/wafer_passages/select")).isEqualTo(1);
        }
    }

    @Test
    void aServerErrorFromEveryNodeIsOneLineAtOnce() {
        try (LoopbackServer broken = LoopbackServer.start().route("/solr/", request -> Reply.of(500, "application/json",
                "{\"error\":{\"msg\":\"java.lang.NullPointerException\",\"code\":500}}"))) {
            SolrNodes solr = nodes(broken);

            assertThatThrownBy(() -> solr.select("wafer_passages", Map.of("q", "*:*")))
                    .isInstanceOf(SolrNodes.Refused.class)
                    .hasMessage("Solr refused /wafer_passages/select: HTTP 500 java.lang.NullPointerException");
            assertThat(broken.count("/solr/wafer_passages/select")).as("not tried again for the patience").isEqualTo(1);
        }
    }

    @Test
    void nodesThatAcceptAndNeverReplyAreGivenUpWithinTheRequestsTimeNotItsTimeForEachNode() {
        LoopbackServer.Handler silent = request -> {
            Thread.sleep(60_000);
            return Reply.ok("application/json", FOUND);
        };
        try (LoopbackServer first = LoopbackServer.start().route("/solr/", silent);
             LoopbackServer second = LoopbackServer.start().route("/solr/", silent)) {
            SolrNodes solr = nodes(first, second).withPatience(Duration.ofMillis(200));
            long began = System.nanoTime();

            assertThatThrownBy(() -> solr.call("/admin/collections", Map.of("action", "LIST"), Duration.ofMillis(1500)))
                    .isInstanceOf(ClusterException.class).hasMessageContaining("did not answer /admin/collections")
                    .hasMessageContaining("no answer within 1.5 s");

            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofMillis(2500));
        }
    }

    @Test
    void aNodeThatTricklesItsAnswerIsGivenUpWithinTheRequestsTime() {
        try (LoopbackServer drip = LoopbackServer.start().route("/solr/", request -> new Reply(200, "application/json",
                FOUND.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of(), 150))) {
            SolrNodes solr = nodes(drip).withPatience(Duration.ofMillis(300));
            long began = System.nanoTime();

            assertThatThrownBy(() -> solr.call("/admin/collections", Map.of("action", "LIST"), Duration.ofSeconds(1)))
                    .isInstanceOf(ClusterException.class).hasMessageContaining("did not answer /admin/collections");

            assertThat(Duration.ofNanos(System.nanoTime() - began)).as("each byte comes well within the read timeout")
                    .isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aSuccessThatIsNotSolrsJsonIsAnErrorNotAnEmptyCluster() {
        try (LoopbackServer proxy = LoopbackServer.start().route("/solr/", request -> Reply.ok("text/html",
                "<html><body>Welcome to the corporate proxy</body></html>"))) {
            SolrNodes solr = nodes(proxy);

            assertThatThrownBy(() -> solr.call("/admin/collections", Map.of("action", "LIST"), Duration.ofSeconds(5)))
                    .isInstanceOf(ClusterException.class)
                    .hasMessageContaining("answered /admin/collections with something that is not Solr's JSON (text/html")
                    .hasMessageContaining("Welcome to the corporate proxy").hasMessageContaining("WAFER_SOLR_URL");
        }
    }

    @Test
    void anAnswerLargerThanTheCapIsAnErrorNotAnOutOfMemory() {
        String big = "{\"response\":{\"docs\":[\"" + "x".repeat(4096) + "\"]}}";
        try (LoopbackServer huge = LoopbackServer.start().route("/solr/", request -> Reply.ok("application/json", big))) {
            SolrNodes solr = new SolrNodes(new SolrSettings(List.of(URI.create(huge.url("/solr"))), null, null, "wafer",
                    1, 2), Duration.ofSeconds(2), 1024);

            assertThatThrownBy(() -> solr.select("wafer_passages", Map.of("q", "*:*")))
                    .isInstanceOf(ClusterException.class).hasMessageContaining("larger than 1 KB");
        }
    }

    @Test
    void credentialsInTheNodesAddressAreSentAndNeverShown() {
        try (LoopbackServer secured = LoopbackServer.start().route("/solr/", request -> "Basic d2FmZXI6czNjcmV0"
                .equals(request.header("Authorization")) ? Reply.ok("application/json", FOUND)
                : Reply.of(401, "text/html", "<h2>HTTP ERROR 401 Authorization: " + request.header("Authorization")
                        + "</h2>"))) {
            String url = secured.url("/solr").replace("http://", "http://wafer:s3cret@");
            SolrSettings settings = SolrSettings.fromSettings(Map.of("WAFER_INDEX", "solr", "WAFER_SOLR_URL", url)).orElseThrow();

            assertThat(new SolrNodes(settings).select("wafer_passages", Map.of("q", "*:*")).path("response")
                    .path("numFound").asLong()).isEqualTo(3);
            assertThat(settings.nodes()).containsExactly(URI.create(secured.url("/solr")));
            assertThat(settings.toString()).doesNotContain("s3cret");

            SolrSettings wrong = SolrSettings.fromSettings(Map.of("WAFER_INDEX", "solr", "WAFER_SOLR_URL",
                    secured.url("/solr").replace("http://", "http://wafer:wrong@"))).orElseThrow();
            assertThatThrownBy(() -> new SolrNodes(wrong).select("wafer_passages", Map.of("q", "*:*")))
                    .isInstanceOf(SolrNodes.Refused.class).hasMessageContaining("refused Wafer's credentials")
                    .hasMessageNotContaining("wrong").hasMessageNotContaining("d2FmZXI6d3Jvbmc=");
        }
    }
}
