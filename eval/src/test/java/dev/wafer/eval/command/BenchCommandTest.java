package dev.wafer.eval.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import dev.wafer.eval.SpeedBench;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code wafer bench} end to end on the retrieval module's four-article fixture and small synthetic sizes. */
class BenchCommandTest {

    private static final Path FIXTURE = Path.of("src/test/resources/eval");

    @Test
    @Tag("slow") // three rounds of a real benchmark: most of a minute on two cores
    void reportsTheThreeRatiosAndEverySizeAskedFor() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = EvalMain.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));

        int exit = command.execute("bench", "--corpus", FIXTURE.resolve("corpus.jsonl").toString(),
                "--queries", FIXTURE.resolve("queries.jsonl").toString(), "--articles", "4",
                "--sizes", "2000,1000", "--budget-minutes", "5", "--json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("passages").asInt()).isPositive();
        assertThat(json.get("indexToEmbedRatio").asDouble()).isPositive();
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
        assertThat(json.get("searchGrowthRatio").asDouble()).isPositive();
        assertThat(json.has("stoppedEarly")).isFalse();
        assertThat(json.get("concurrentQuestions").get("sideBySideMs").asDouble()).isPositive();
        assertThat(err.toString()).contains("Round 3/3").contains("Synthetic index of 2,000 passages");
    }

    @Test
    void theRatiosAreTheMeasuredTimesDividedAsDocumented() {
        // 6 s to index what 4 s embeds alone; a 9 ms question whose embedding alone takes 3 ms; search
        // p50 2 ms at 1,000 passages and 5 ms at 4,000 (2.5 ms in between does not count).
        SpeedBench.Report report = new SpeedBench.Report(40, 4.0, 6.0, 9.0, 3.0, List.of(point(1_000, 2.0),
                point(2_000, 2.5), point(4_000, 5.0)), null, new SpeedBench.ConcurrentQuestions(8, 40.0, 70.0));

        Map<String, Object> json = BenchCommand.toJson(report);

        assertThat(json).containsEntry("indexToEmbedRatio", 1.5).containsEntry("queryToEmbedRatio", 3.0)
                .containsEntry("searchGrowthRatio", 2.5);
        assertThat(json.get("concurrentQuestions")).isEqualTo(Map.of("questions", 8, "sideBySideMs", 40.0,
                "oneAtATimeMs", 70.0, "speedup", 1.75));
        assertThat(BenchCommand.text(report)).contains("ratio 1.50").contains("ratio 3.00").contains("2.50x")
                .contains("8 new questions at once: 40.0 ms embedded side by side, 70.0 ms one at a time").contains("1.75x");
        assertThat(new SpeedBench.Report(40, 4.0, 6.0, 9.0, 3.0, List.of(point(1_000, 2.0)), null).growthRatio())
                .as("one size has no growth").isNaN();
    }

    private static SpeedBench.ScalePoint point(int passages, double p50Ms) {
        return new SpeedBench.ScalePoint(passages, 1.0, p50Ms, p50Ms * 2, 1_000_000, 2_000_000, 3, p50Ms * 1.5, 0.5);
    }

    @Test
    void aSizeUnderOneThousandIsOneClearLine() {
        StringWriter err = new StringWriter();
        CommandLine command = EvalMain.commandLine();
        command.setOut(new PrintWriter(new StringWriter()));
        command.setErr(new PrintWriter(err));

        int exit = command.execute("bench", "--corpus", FIXTURE.resolve("corpus.jsonl").toString(), "--sizes", "500");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("wafer: --articles must be positive and every --sizes value at least 1000");
    }
}
