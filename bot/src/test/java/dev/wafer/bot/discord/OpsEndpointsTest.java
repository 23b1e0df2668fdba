package dev.wafer.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wafer.bot.app.NewsModeratorActions;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.feedback.VoteStore;
import dev.wafer.bot.ops.HealthCheck;
import dev.wafer.bot.ops.OpsServer;
import dev.wafer.bot.ops.WaferMetrics;
import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /health} and {@code /metrics} over 127.0.0.1 for the real bot on two shards of a fake Discord:
 * what an orchestrator and a dashboard see while a shard drops and comes back, and when the index closes.
 */
class OpsEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration SETTLES = Duration.ofSeconds(30);

    @TempDir
    Path data;

    /** A server id on shard {@code shard} of two: (id >> 22) % 2. */
    private static long guildOnShard(int shard, int n) {
        return ((long) (shard + 2 * n + 2) << 22) | 7;
    }

    @Test
    void healthIsOkOnlyWhileTheIndexReadsAndEveryOwnedShardIsConnected() throws Exception {
        NewsLibrary library = NewsLibrary.open(DataFolder.open(data.resolve("library")),
                NewsLibrary.Options.defaults().withStarter(false));
        boolean libraryClosed = false;
        try (FakeDiscord discord = new FakeDiscord(2, List.of(guildOnShard(0, 0), guildOnShard(1, 0), guildOnShard(1, 1)))) {
            WaferBot bot = WaferBot.start("fake-token", DiscordSettings.defaults().withApi(discord.restUrl(), discord.gatewayUrl()),
                    new WaferBot.Services((question, partial) -> { throw new AssertionError("no question is asked"); },
                            () -> null, new NewsModeratorActions(library, WaferServices.feedRefresher(library)),
                            VoteStore.open(data.resolve("votes")), Clock.systemUTC()));
            WaferMetrics metrics = new WaferMetrics();
            metrics.watchDiscord(bot);
            try (OpsServer ops = OpsServer.start("127.0.0.1", 0, metrics, new HealthCheck(() -> library.passages().size(), bot))) {
                bot.awaitReady(SETTLES);

                HttpResponse<String> healthy = get(ops, "/health");
                assertThat(healthy.statusCode()).isEqualTo(200);
                JsonNode report = JSON.readTree(healthy.body());
                assertThat(report.path("status").asText()).isEqualTo("ok");
                assertThat(report.path("index").path("open").asBoolean()).isTrue();
                assertThat(report.path("shards").findValuesAsText("status")).containsExactly("CONNECTED", "CONNECTED");
                assertThat(report.path("shards").findValuesAsText("guilds")).as("servers per shard").containsExactly("1", "2");
                assertThat(get(ops, "/metrics").body()).contains("wafer_discord_shard_connected{shard=\"0\"} 1.0",
                        "wafer_discord_shard_connected{shard=\"1\"} 1.0", "wafer_discord_shard_guilds{shard=\"1\"} 2.0",
                        "wafer_discord_shard_gateway_ping_milliseconds{shard=\"0\"}", "wafer_discord_gateway_ping_milliseconds");

                discord.makeUnreachable(1);
                HttpResponse<String> shardDown = awaitHealth(ops, response -> response.statusCode() == 503);
                report = JSON.readTree(shardDown.body());
                String state = report.path("shards").get(1).path("status").asText();
                assertThat(state).isNotEqualTo("CONNECTED");
                assertThat(report.path("status").asText()).isEqualTo("unhealthy");
                assertThat(report.path("shards").get(0).path("status").asText()).isEqualTo("CONNECTED");
                assertThat(report.path("problems")).hasSize(1);
                assertThat(report.path("problems").get(0).asText()).isEqualTo("shard 1 of 2 is " + state + ", not CONNECTED");
                assertThat(get(ops, "/metrics").body()).contains("wafer_discord_shard_connected{shard=\"1\"} 0.0",
                        "wafer_discord_shard_connected{shard=\"0\"} 1.0");

                discord.restore(1);
                assertThat(awaitHealth(ops, response -> response.statusCode() == 200).body()).contains("\"problems\":[]");

                library.close();
                libraryClosed = true;
                HttpResponse<String> closed = get(ops, "/health");
                assertThat(closed.statusCode()).isEqualTo(503);
                report = JSON.readTree(closed.body());
                assertThat(report.path("index").path("open").asBoolean()).isFalse();
                assertThat(report.path("problems").get(0).asText()).startsWith("the passage index cannot be read");
            } finally {
                bot.close();
            }
        } finally {
            if (!libraryClosed) {
                library.close();
            }
        }
    }

    private static HttpResponse<String> awaitHealth(OpsServer ops, Predicate<HttpResponse<String>> until) throws Exception {
        long deadline = System.nanoTime() + SETTLES.toNanos();
        HttpResponse<String> response = get(ops, "/health");
        while (!until.test(response) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            response = get(ops, "/health");
        }
        return response;
    }

    private static HttpResponse<String> get(OpsServer ops, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
