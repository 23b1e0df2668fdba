package dev.wafer.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wafer.bot.CommandRun;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `wafer` commands end to end over a real data folder, as a moderator and a reader use them. */
class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @BeforeAll
    static void withoutStarterCorpus() {
        System.setProperty("WAFER_STARTER", "off");
    }

    @AfterAll
    static void restore() {
        System.clearProperty("WAFER_STARTER");
    }

    private Path news() throws URISyntaxException {
        return Path.of(CommandLineTest.class.getResource("/news.jsonl").toURI());
    }

    @Test
    void importReportsEveryFileAndABrokenOneDoesNotStopTheOthers() throws Exception {
        Path data = temp.resolve("data");
        Path story = Files.writeString(temp.resolve("story.txt"), """
                Listen to this Post
                Micron Starts HBM4 Sampling For Next Accelerators
                Micron said it had shipped samples of its HBM4 memory to several customers.
                Follow us on Twitter | Threads | Linkedin
                """);
        Path broken = Files.writeString(temp.resolve("broken.jsonl"), "{\"title\": \"no url or body\", \"source\": \"X\"}\n");

        CommandRun result = CommandRun.of("import", "--data", data.toString(), news().toString(), broken.toString(), story.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out())
                .contains("ok      " + news() + ": 6 articles (6 added, 0 updated, 0 unchanged)")
                .contains("failed  broken.jsonl: line 1 lacks url, body")
                .contains("ok      " + story + ": 1 article")
                .contains("2 files imported, 1 failed.");

        CommandRun again = CommandRun.of("import", "--data", data.toString(), news().toString(), story.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("(0 added, 0 updated, 6 unchanged)");

        JsonNode stats = JSON.readTree(CommandRun.of("stats", "--json", "--data", data.toString()).out());
        assertThat(stats.get("articles").asInt()).isEqualTo(7);
        assertThat(stats.get("passages").asInt()).isGreaterThanOrEqualTo(7);
        assertThat(stats.get("oldest").asText()).isEqualTo("2023-12-06");
        assertThat(stats.get("newest").asText()).isEqualTo("2025-08-14");
    }

    @Test
    void askJsonPrintsExactlyOneObjectWhoseMarkersNameItsCitations() throws Exception {
        Path data = temp.resolve("data");
        assertThat(CommandRun.of("import", "--data", data.toString(), news().toString()).exitCode()).isZero();

        CommandRun result = CommandRun.of("ask", "--json", "--data", data.toString(), "Which chips does DeepSeek use for inference?");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip().lines()).hasSize(1);
        JsonNode answer = JSON.readTree(result.out());
        assertThat(answer.fieldNames()).toIterable()
                .containsExactly("question", "answer", "mode", "abstained", "citations", "tookMs", "searchMs");
        assertThat(answer.get("mode").asText()).isEqualTo("extractive");
        assertThat(answer.get("abstained").asBoolean()).isFalse();
        JsonNode first = answer.get("citations").get(0);
        assertThat(first.get("n").asInt()).isEqualTo(1);
        assertThat(first.get("publisher").asText()).isEqualTo("Silicon Dispatch");
        assertThat(first.get("published").asText()).isEqualTo("2025-08-14");
        assertThat(first.get("url").asText()).isEqualTo("https://example-news.test/2025/08/14/deepseek-r2-delay");
        assertThat(answer.get("answer").asText()).contains("inference");
        Matcher marker = Pattern.compile("\\[(\\d+)]").matcher(answer.get("answer").asText());
        while (marker.find()) {
            assertThat(Integer.parseInt(marker.group(1))).isBetween(1, answer.get("citations").size());
        }
    }

    @Test
    void plainAskListsNumberedDatedSources() throws Exception {
        Path data = temp.resolve("data");
        CommandRun.of("import", "--data", data.toString(), news().toString());

        CommandRun result = CommandRun.of("ask", "--data", data.toString(), "What", "changed", "for", "Nvidia's", "H20", "in", "July?");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Sources:\n[1] ").containsPattern("\\[\\d] .+ — .+, 20\\d\\d-\\d\\d-\\d\\d — https://");
    }

    @Test
    void aFileOfQuestionsIsAnsweredLineByLineAndABadLineDoesNotStopTheRest() throws Exception {
        Path data = temp.resolve("data");
        CommandRun.of("import", "--data", data.toString(), news().toString());
        Path questions = Files.writeString(temp.resolve("questions.txt"), """
                What changed for Nvidia's H20 in July?

                {"question": "Why was DeepSeek's R2 delayed?"}
                %s
                {"id": 7}
                """.formatted("why ".repeat(300)));

        CommandRun result = CommandRun.of("ask", "--data", data.toString(), "--json", "--file", questions.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains("\"question\":\"What changed for Nvidia's H20 in July?\"", "\"searchMs\":",
                "\"tookMs\":", "\"citations\":[{");
        assertThat(lines.get(1)).contains("\"question\":\"Why was DeepSeek's R2 delayed?\"", "\"answer\":");
        assertThat(lines.get(2)).contains("\"line\":4", "\"error\":\"Questions are limited to 1000 characters");
        assertThat(lines.get(3)).contains("\"line\":5", "no \\\"question\\\" field");
    }

    @Test
    void aLongLineAnInvalidUtf8LineAndNulBytesEachCostOnlyTheirOwnLine() throws Exception {
        Path data = temp.resolve("data");
        CommandRun.of("import", "--data", data.toString(), news().toString());
        // The line cap is 4,000 characters; this line is a little over it.
        String pasted = "PASTED PAGE " + "chip news ".repeat(400);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("Why was DeepSeek's R2 delayed?\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bytes.writeBytes((pasted + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'W', 'h', 'y', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'H', '2', '0', '?', '\n'});
        bytes.writeBytes("What changed for\u0000 Nvidia's H20\u0000 in July?\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bytes.writeBytes(("{\"question\": \"" + "why ".repeat(300) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path questions = Files.write(temp.resolve("questions.txt"), bytes.toByteArray());

        CommandRun result = CommandRun.of("ask", "--data", data.toString(), "--json", "--file", questions.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEmpty();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).contains("\"question\":\"Why was DeepSeek's R2 delayed?\"", "\"citations\":[{");
        assertThat(lines.get(1)).contains("\"line\":2", "over 4000 characters").doesNotContain("PASTED PAGE");
        assertThat(lines.get(2)).contains("\"line\":3", "not UTF-8");
        assertThat(lines.get(3)).contains("\"question\":\"What changed for Nvidia's H20 in July?\"", "\"citations\":[{");
        assertThat(lines.get(4)).contains("\"line\":5", "Questions are limited to 1000 characters")
                .doesNotContain("why ".repeat(30));
    }

    @Test
    void aFileThatIsOneHugeLineGivesOneClearLineAndIsNeverHeldWhole() throws Exception {
        Path data = temp.resolve("data");
        CommandRun.of("import", "--data", data.toString(), news().toString());
        // 20 MB without a line break stands for the 2 GB export: the file is streamed, and a line
        // is held only up to the cap, so the size of the file never reaches the heap.
        Path questions = temp.resolve("one-line.txt");
        byte[] block = "H20 ".repeat(256 * 1024).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(questions)) {
            for (int i = 0; i < 20; i++) {
                out.write(block);
            }
        }

        CommandRun result = CommandRun.of("ask", "--data", data.toString(), "--file", questions.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEmpty();
        assertThat(result.out().strip()).isEqualTo("line 1: this line is over 4000 characters long; it was skipped"
                + " (a question is at most 1000)");
    }

    @Test
    void aTimelineListsAStorysEventsOldestFirstWithTheirSources() throws Exception {
        Path data = temp.resolve("data");
        Path story = Files.writeString(temp.resolve("story.jsonl"), """
                {"url":"https://news.example/a","title":"Licence needed for H20","publisher":"Reuters","published":"2025-04-15","body":"The US government told Nvidia that exports of its H20 chips to China now require a licence."}
                {"url":"https://news.example/b","title":"H20 licence rule","publisher":"Financial Times","published":"2025-04-16","body":"The US government has told Nvidia that exports of its H20 chips to China now require a licence, it said."}
                {"url":"https://news.example/c","title":"H20 sales resume","publisher":"Reuters","published":"2025-07-15","body":"Nvidia said it would resume H20 sales to China after Washington promised licences for H20 exports."}
                """);
        CommandRun.of("import", "--data", data.toString(), story.toString());

        CommandRun text = CommandRun.of("timeline", "--data", data.toString(), "H20", "exports");
        CommandRun json = CommandRun.of("timeline", "--data", data.toString(), "--json", "--since", "2025-07-01", "H20 exports");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith("2025-04-15 — The US government told Nvidia that exports of its H20 chips to China"
                + " now require a licence [1]. (+1 outlet)\n2025-07-15 — Nvidia said it would resume H20 sales")
                .contains("Sources:\n[1] Licence needed for H20 — Reuters, 2025-04-15 — https://news.example/a");
        JsonNode timeline = JSON.readTree(json.out());
        assertThat(timeline.path("events")).hasSize(1);
        assertThat(timeline.path("events").get(0).path("date").asText()).isEqualTo("2025-07-15");
        assertThat(timeline.path("events").get(0).path("citations").toString()).isEqualTo("[1]");
        assertThat(timeline.path("citations").get(0).path("url").asText()).isEqualTo("https://news.example/c");
        assertThat(timeline.path("since").asText()).isEqualTo("2025-07-01");

        JsonNode digest = JSON.readTree(CommandRun.of("digest", "--data", data.toString(), "--json", "--since", "2025-04-01").out());
        assertThat(digest.path("stories")).hasSize(2);
        assertThat(digest.path("stories").get(0).path("url").asText()).isEqualTo("https://news.example/c");
        assertThat(digest.path("stories").get(1).path("url").asText()).as("the same event grouped under its newest report")
                .isEqualTo("https://news.example/b");
        assertThat(digest.path("stories").get(1).path("related").get(0).path("url").asText()).isEqualTo("https://news.example/a");
        assertThat(CommandRun.of("digest", "--data", data.toString(), "--since", "2025-07-01").out())
                .startsWith("• H20 sales resume — Reuters, 2025-07-15 — https://news.example/c");
    }

    @Test
    void mistakesGetOneClearLineAndANonZeroExit() throws IOException {
        Path data = temp.resolve("data");
        CommandRun blank = CommandRun.of("ask", "--data", data.toString(), "   ");
        assertThat(blank.exitCode()).isEqualTo(1);
        assertThat(blank.err().strip()).startsWith("wafer: Ask a question").doesNotContain("Exception", "\tat ");

        CommandRun tooLong = CommandRun.of("ask", "--data", data.toString(), "why ".repeat(300));
        assertThat(tooLong.exitCode()).isEqualTo(1);
        assertThat(tooLong.err()).contains("limited to 1000 characters");

        Path notAFolder = Files.writeString(temp.resolve("file"), "x");
        CommandRun badFolder = CommandRun.of("stats", "--data", notAFolder.toString());
        assertThat(badFolder.exitCode()).isEqualTo(1);
        assertThat(badFolder.err().lines()).hasSize(1);
        assertThat(badFolder.err()).contains("data folder");

        CommandRun unknown = CommandRun.of("frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument");
    }
}
