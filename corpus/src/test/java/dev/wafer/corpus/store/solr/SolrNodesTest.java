package dev.wafer.corpus.store.solr;

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
}
