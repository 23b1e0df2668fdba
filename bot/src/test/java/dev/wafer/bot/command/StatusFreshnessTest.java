package dev.wafer.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wafer.bot.CommandRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `wafer status` tells the bundled starter corpus from fresh news, and says when the news is stale. */
class StatusFreshnessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @AfterEach
    void restore() {
        System.clearProperty("WAFER_STARTER");
    }

    @Test
    void aNewFolderSaysItsArticlesAreTheStarterCorpusAndThatTheyAreOld() throws Exception {
        Path data = temp.resolve("data");

        CommandRun status = CommandRun.of("status", "--data", data.toString());

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("the bundled starter corpus was loaded; no feed has brought news yet")
                .containsPattern("⚠ The newest article is \\d+ days old \\(news older than 3 days is stale\\)");
        JsonNode json = JSON.readTree(CommandRun.of("status", "--json", "--data", data.toString()).out());
        assertThat(json.get("starterLoaded").asBoolean()).isTrue();
        assertThat(json.get("stale").asBoolean()).isTrue();
    }

    @Test
    void freshImportedNewsIsNeitherStarterNorStale() throws Exception {
        System.setProperty("WAFER_STARTER", "off");
        Path data = temp.resolve("data");
        String yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        Path news = Files.writeString(temp.resolve("news.jsonl"), """
                {"url": "https://news.example/hbm4", "title": "Micron ships HBM4 samples", "source": "Example News", \
                "published_at": "%s", "body": "Micron said it had shipped samples of its HBM4 memory to several customers."}
                """.formatted(yesterday));
        assertThat(CommandRun.of("import", "--data", data.toString(), news.toString()).exitCode()).isZero();

        CommandRun status = CommandRun.of("status", "--data", data.toString());

        assertThat(status.out()).contains("Added: 1 in the last 24 h").doesNotContain("starter", "⚠ The newest");
        JsonNode json = JSON.readTree(CommandRun.of("status", "--json", "--data", data.toString()).out());
        assertThat(json.get("starterLoaded").asBoolean()).isFalse();
        assertThat(json.get("stale").asBoolean()).isFalse();
    }
}
