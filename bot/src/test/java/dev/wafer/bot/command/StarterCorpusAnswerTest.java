package dev.wafer.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wafer.bot.CommandRun;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: a new data folder fills itself with the bundled corpus and answers from it. */
class StarterCorpusAnswerTest {

    @TempDir
    Path data;

    @Test
    void aNewDataFolderAnswersChipQuestionsFromTheBundledCorpus() throws Exception {
        System.clearProperty("WAFER_STARTER");
        CommandRun result = CommandRun.of("ask", "--json", "--data", data.toString(), "Why does the Nvidia H20 matter for China?");

        assertThat(result.exitCode()).isZero();
        JsonNode answer = new ObjectMapper().readTree(result.out());
        assertThat(answer.get("abstained").asBoolean()).isFalse();
        assertThat(answer.get("citations").size()).isPositive();
        assertThat(answer.get("answer").asText()).contains("H20").contains("[1]");
        assertThat(answer.get("citations").get(0).get("published").asText()).matches("20\\d\\d-\\d\\d-\\d\\d");

        JsonNode stats = new ObjectMapper().readTree(CommandRun.of("stats", "--json", "--data", data.toString()).out());
        assertThat(stats.get("articles").asInt()).isGreaterThanOrEqualTo(60);
    }
}
