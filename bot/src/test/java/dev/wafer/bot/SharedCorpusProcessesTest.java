package dev.wafer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.solr.SolrSettings;
import dev.wafer.corpus.store.WriteLock;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.testkit.SolrCluster;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a shared corpus: {@code wafer reindex --to solr} copies a data folder into a
 * real 2-node SolrCloud, two separate {@code wafer ask} processes with {@code WAFER_INDEX=solr} give
 * the answer the data folder gives, and a reindex while another process writes is refused in one line.
 */
@Tag("solr-cluster")
class SharedCorpusProcessesTest {

    private static final String QUESTION = "Why did Nvidia take a charge on H20 chips?";

    @TempDir
    Path work;

    @Test
    void twoProcessesOnOneClusterAnswerAsTheDataFolderDoes() throws Exception {
        try (SolrCluster solr = SolrCluster.start(2, work.resolve("solr"))) {
            String nodes = solr.nodes().stream().map(URI::toString).collect(Collectors.joining(","));
            Path home = folder("home", "WAFER_SOLR_URL=" + nodes, "WAFER_SOLR_SHARDS=2");

            CommandRun copy = CommandRun.of("reindex", "--data=" + home, "--to", "solr");
            assertThat(copy.exitCode()).as(copy.err()).isZero();
            assertThat(copy.out()).startsWith("Copied 128 articles").contains("WAFER_INDEX=solr");

            CommandRun atHome = CommandRun.of("ask", "--data=" + home, "--json", QUESTION);
            assertThat(atHome.exitCode()).as(atHome.err()).isZero();
            JsonNode expected = new ObjectMapper().readTree(atHome.out());

            List<Process> processes = new ArrayList<>();
            for (String name : List.of("first", "second")) {
                processes.add(ask(folder(name, "WAFER_INDEX=solr", "WAFER_SOLR_URL=" + nodes), QUESTION));
            }
            for (Process process : processes) {
                assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(process.exitValue()).as(out).isZero();
                JsonNode answer = new ObjectMapper().readTree(out);
                assertThat(answer.get("answer").asText()).isEqualTo(expected.get("answer").asText());
                assertThat(urls(answer)).isNotEmpty().isEqualTo(urls(expected));
            }

            Path other = folder("other", "WAFER_INDEX=solr", "WAFER_SOLR_URL=" + nodes);
            CommandRun status = CommandRun.of("status", "--data=" + other, "--json");
            assertThat(status.exitCode()).as(status.err()).isZero();
            JsonNode shared = new ObjectMapper().readTree(status.out());
            assertThat(shared.get("articles").asInt()).isEqualTo(128);
            assertThat(shared.get("corpus").asText()).isEqualTo("Solr (wafer_articles, wafer_passages at " + nodes.replace(",", ", ") + ")");

            try (NewsLibrary writer = NewsLibrary.open(DataFolder.open(work.resolve("writer")),
                    NewsLibrary.Options.defaults().withStarter(false)
                            .withCluster(Optional.of(SolrSettings.of(solr.nodes()))))) {
                WriteLock.Held refresh = writer.writeLock().acquire("a feed refresh");
                try {
                    CommandRun refused = CommandRun.of("reindex", "--data=" + other);
                    assertThat(refused.exitCode()).isNotZero();
                    assertThat(refused.err().strip()).startsWith("wafer: Another Wafer process").contains("a feed refresh")
                            .doesNotContain("\n").doesNotContain("Exception");
                } finally {
                    refresh.close();
                }
            }
        }
    }

    private Path folder(String name, String... settings) throws IOException {
        Path folder = Files.createDirectories(work.resolve(name));
        Files.writeString(folder.resolve("wafer.properties"), String.join("\n", settings) + "\n");
        return folder;
    }

    /** {@code wafer ask --json} in a JVM of its own. */
    private Process ask(Path folder, String question) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Dai.djl.offline=true",
                "--enable-native-access=ALL-UNNAMED", "-Xss4m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ask", "--data", folder.toString(),
                "--json", question);
        builder.environment().put("WAFER_STARTER", "off");
        builder.redirectError(folder.resolve("stderr.log").toFile());
        return builder.start();
    }

    private static List<String> urls(JsonNode answer) {
        List<String> urls = new ArrayList<>();
        answer.get("citations").forEach(citation -> urls.add(citation.get("url").asText()));
        return urls;
    }
}
