package dev.wafer.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code wafer bench} end to end on the retrieval module's four-article fixture and small synthetic sizes. */
class BenchCommandTest {

    private static final Path FIXTURE = Path.of("../retrieval/src/test/resources/eval");

    @Test
    void reportsTheThreeRatiosAndEverySizeAskedFor() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = WaferCommand.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));

        int exit = command.execute("bench", "--corpus", FIXTURE.resolve("corpus.jsonl").toString(),
                "--queries", FIXTURE.resolve("queries.jsonl").toString(), "--articles", "4",
                "--sizes", "2000,1000", "--budget-minutes", "5", "--json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("passages").asInt()).isPositive();
        assertThat(json.get("indexToEmbedRatio").asDouble())
                .isEqualTo(json.get("indexSeconds").asDouble() / json.get("embedOnlySeconds").asDouble());
        assertThat(json.get("queryToEmbedRatio").asDouble()).isPositive();
        JsonNode scale = json.get("scale");
        assertThat(scale).hasSize(2);
        assertThat(scale.get(0).get("passages").asInt()).isEqualTo(1000);
        assertThat(scale.get(1).get("passages").asInt()).isEqualTo(2000);
        for (JsonNode point : scale) {
            assertThat(point.get("searchP50Ms").asDouble()).isPositive();
            assertThat(point.get("indexBytes").asLong()).isPositive();
            assertThat(point.get("peakHeapBytes").asLong()).isPositive();
        }
        assertThat(json.get("searchGrowthRatio").asDouble())
                .isEqualTo(scale.get(1).get("searchP50Ms").asDouble() / scale.get(0).get("searchP50Ms").asDouble());
        assertThat(json.has("stoppedEarly")).isFalse();
        assertThat(err.toString()).contains("Round 3/3").contains("Synthetic index of 2,000 passages");
    }

    @Test
    void aSizeUnderOneThousandIsOneClearLine() {
        StringWriter err = new StringWriter();
        CommandLine command = WaferCommand.commandLine();
        command.setOut(new PrintWriter(new StringWriter()));
        command.setErr(new PrintWriter(err));

        int exit = command.execute("bench", "--corpus", FIXTURE.resolve("corpus.jsonl").toString(), "--sizes", "500");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("wafer: --articles must be positive and every --sizes value at least 1000");
    }
}
