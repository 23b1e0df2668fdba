package dev.wafer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.source.DefaultFeeds;
import dev.wafer.corpus.source.Feed;
import dev.wafer.corpus.source.FeedListFile;
import dev.wafer.retrieval.NewsLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a refresh: a child JVM refreshes three feeds, the third of which hangs
 * on its pages; once the first two are committed the child is killed. The store and the passage
 * index must open at their last commit, in step, and the next refresh must finish the job.
 */
@Tag("slow")
class RefreshKillTest {

    @TempDir
    Path data;

    @Test
    void aKilledRefreshLeavesTheLastCommitAndTheNextRefreshCompletes() throws Exception {
        try (LoopbackNewsSite site = new LoopbackNewsSite(3, 3)) {
            site.slowFeeds = List.of(2);
            site.slowPageMillis = 120_000;
            FeedListFile feeds = new FeedListFile(data.resolve("feeds.json"));
            DefaultFeeds.URLS.forEach(feeds::remove);
            site.feedUrls().forEach(url -> feeds.add(url, false));

            Process child = startRefreshProcess();
            try {
                waitUntil(() -> committed(feeds, site.feedUrl(0)) && committed(feeds, site.feedUrl(1)), child);
                assertThat(child.isAlive()).as("the child is still fetching the hanging feed").isTrue();
            } finally {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            }

            try (NewsLibrary library = NewsLibrary.open(DataFolder.open(data), NewsLibrary.Options.defaults().withStarter(false))) {
                assertThat(library.stats().articles()).isEqualTo(6);
                assertThat(library.passages().articleFingerprints()).isEqualTo(library.store().fingerprints());
            }

            site.slowPageMillis = 0;
            CommandRun next = CommandRun.of("refresh", "--data=" + data, "--json");
            assertThat(next.exitCode()).as(next.err()).isZero();
            JsonNode report = new ObjectMapper().readTree(next.out());
            assertThat(report.get("added").asInt()).isEqualTo(3);
            assertThat(report.get("feeds").get(0).get("duplicates").asInt()).isEqualTo(3);
            try (NewsLibrary library = NewsLibrary.open(DataFolder.open(data), NewsLibrary.Options.defaults().withStarter(false))) {
                assertThat(library.stats().articles()).isEqualTo(9);
                assertThat(library.passages().articleFingerprints()).isEqualTo(library.store().fingerprints());
            }
        }
    }

    private Process startRefreshProcess() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Dai.djl.offline=true",
                "--enable-native-access=ALL-UNNAMED", "-Xss4m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "refresh", "--data", data.toString());
        builder.environment().put("WAFER_STARTER", "off");
        builder.environment().put("WAFER_ALLOW_PRIVATE_NETWORKS", "true");
        builder.environment().put("WAFER_FETCH_DELAY_MS", "0");
        builder.redirectErrorStream(true).redirectOutput(data.resolve("child.log").toFile());
        return builder.start();
    }

    private static boolean committed(FeedListFile feeds, String url) {
        try {
            return feeds.find(url).map(Feed::lastStatus).filter(Feed.OK::equals).isPresent();
        } catch (RuntimeException midWrite) {
            return false;
        }
    }

    private void waitUntil(java.util.function.BooleanSupplier condition, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the child refresh did not commit two feeds; its output:\n"
                        + Files.readString(data.resolve("child.log")));
            }
            Thread.sleep(100);
        }
    }
}
