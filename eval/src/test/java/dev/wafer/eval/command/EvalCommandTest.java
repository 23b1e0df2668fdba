package dev.wafer.eval.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code wafer eval --json --baseline} on the retrieval module's four-article fixture. */
class EvalCommandTest {

    private static final Path FIXTURE = Path.of("src/test/resources/eval");

    @Test
    void printsTheDocumentedJsonFieldsAndKeepsProgressOnStderr() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = EvalMain.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));

        int exit = command.execute("eval", "--corpus", FIXTURE.resolve("corpus.jsonl").toString(),
                "--queries", FIXTURE.resolve("queries.jsonl").toString(), "--json", "--baseline");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(fieldNames(json)).containsExactly("queries", "passages", "meanPassageTokens", "maxPassageTokens",
                "hitsAt4", "hitsAt10", "mrrAt10", "mapAt10", "indexSeconds", "embedOnlySeconds", "p50Ms", "p95Ms",
                "p99Ms", "byType", "baseline", "lexicalOnly", "denseOnly");
        assertThat(fieldNames(json.get("baseline"))).containsExactly("queries", "passages", "meanPassageTokens",
                "maxPassageTokens", "hitsAt4", "hitsAt10", "mrrAt10", "mapAt10", "indexSeconds", "embedOnlySeconds",
                "p50Ms", "p95Ms", "p99Ms", "byType");
        assertThat(json.get("queries").asInt()).isEqualTo(3);
        assertThat(json.get("maxPassageTokens").asInt()).isLessThanOrEqualTo(256);
        assertThat(json.get("byType").has("temporal_query")).isTrue();
        assertThat(err.toString()).contains("questions");
    }

    @Test
    void aMissingQueriesFileIsOneClearLine() {
        StringWriter err = new StringWriter();
        CommandLine command = EvalMain.commandLine();
        command.setOut(new PrintWriter(new StringWriter()));
        command.setErr(new PrintWriter(err));

        int exit = command.execute("eval", "--corpus", FIXTURE.resolve("corpus.jsonl").toString(),
                "--queries", "no-such-file.jsonl");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("wafer: Cannot find the queries file no-such-file.jsonl");
    }

    @Test
    void pagesBenchmarkCountsSnippetsFoundAndWronglyFoundAsItsOwnScorerDoes() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = EvalMain.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));

        int exit = command.execute("eval", "--pages", "src/test/resources/pages-benchmark", "--json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        // One page finds its snippet (spaces normalised) and leaves the footer out; the other misses a snippet it
        // never prints and holds one it must not: tp 1, fp 1, fn 1.
        JsonNode pages = json.get("pages");
        assertThat(pages.get("pages").asInt()).isEqualTo(2);
        assertThat(pages.get("precision").asDouble()).isEqualTo(0.5);
        assertThat(pages.get("recall").asDouble()).isEqualTo(0.5);
        assertThat(pages.get("f1").asDouble()).isEqualTo(0.5);
        assertThat(pages.get("accuracy").asDouble()).isEqualTo(0.5);
        assertThat(json.get("articles").isNull()).isTrue();
        assertThat(json.get("speed").get("pages").asInt()).isEqualTo(2);
    }

    @Test
    void evalWithoutABenchmarkSaysWhatItNeeds() {
        StringWriter err = new StringWriter();
        CommandLine command = EvalMain.commandLine();
        command.setOut(new PrintWriter(new StringWriter()));
        command.setErr(new PrintWriter(err));

        assertThat(command.execute("eval", "--pages", "src/test/resources/eval")).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("wafer: --pages wants the benchmark folder holding evaldata-dev.json");
        assertThat(command.execute("eval", "--corpus", FIXTURE.resolve("corpus.jsonl").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("eval needs --corpus FILE and --queries FILE");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
