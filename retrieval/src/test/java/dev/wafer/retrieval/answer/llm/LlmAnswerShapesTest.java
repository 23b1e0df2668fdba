package dev.wafer.retrieval.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Citation;
import dev.wafer.retrieval.answer.FixtureSources;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.answer.llm.FakeLlmServer.Reply;
import dev.wafer.retrieval.index.Embedder;
import dev.wafer.retrieval.search.ScoredPassage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model is told how the question reads and shown the sentences the extractive composer chose first,
 * so comparisons come back side by side and yes/no answers lead with the sentence that settles them.
 */
class LlmAnswerShapesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock TODAY = Clock.fixed(Instant.parse("2025-09-10T12:00:00Z"), ZoneOffset.UTC);

    /** Both sides' figures sit late in passages that open with other figures. */
    private static final String B200_MEMORY = "Nvidia shipped more data-centre GPUs last quarter than in all of 2022, "
            + "the company said on Tuesday. Its shares rose 4% after the results, adding $90 billion in market value. "
            + "The company expects supply to stay tight into next year. Each B200 GPU carries 192GB of HBM3E memory, "
            + "according to its data sheet.";
    private static final String B200_SETTLES = "Each B200 GPU carries 192GB of HBM3E memory, according to its data sheet.";
    private static final String MI325X_MEMORY = "AMD said its data-centre revenue grew 115% from a year earlier, "
            + "to $3.5 billion. The company is also hiring 1,000 engineers for its AI software team. "
            + "The MI325X accelerator carries 256GB of HBM3E memory, more than any GPU now shipping.";
    private static final String MI325X_SETTLES = "The MI325X accelerator carries 256GB of HBM3E memory, more than any GPU now shipping.";

    private static final String HALT_SETTLES = "Nvidia has told several suppliers to stop production work on the H20, "
            + "its China-specific AI chip.";

    private static FakeLlmServer server;
    private static Embedder embedder;

    @BeforeAll
    static void start() throws IOException {
        server = new FakeLlmServer();
        embedder = NewsLibrary.sharedEmbedder().get();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static LlmAnswerComposer composer() {
        return LlmAnswerComposer.of(LlmConfig.from(Map.of("WAFER_LLM_PROVIDER", "openai",
                "WAFER_LLM_BASE_URL", server.openAiUrl(), "WAFER_LLM_API_KEY", "sk-test", "WAFER_LLM_MODEL", "m",
                "WAFER_LLM_TIMEOUT_SECONDS", "5")), embedder, TODAY);
    }

    private static List<ScoredPassage> memorySources() {
        return List.of(
                FixtureSources.content("b1", "Nvidia results beat forecasts as B200 ramps", "Silicon Ledger",
                        "2025-08-28T10:00:00Z", B200_MEMORY, 0.74),
                FixtureSources.content("m1", "AMD data-centre revenue more than doubles", "Fab Weekly",
                        "2025-08-06T09:00:00Z", MI325X_MEMORY, 0.71));
    }

    /** The user message of the last request the model server received. */
    private static String lastPrompt() throws IOException {
        JsonNode request = JSON.readTree(server.requests().getLast());
        JsonNode messages = request.path("messages");
        return messages.get(messages.size() - 1).path("content").asText();
    }

    private static String systemRules() throws IOException {
        return JSON.readTree(server.requests().getLast()).path("messages").get(0).path("content").asText();
    }

    /** The text between a source's fence lines. */
    private static String source(String prompt, int n) {
        int start = prompt.indexOf("<<<SOURCE " + n + " ");
        int end = prompt.indexOf("<<<END SOURCE " + n + " ");
        assertThat(start).as("source %d is fenced", n).isGreaterThanOrEqualTo(0);
        return prompt.substring(start, end);
    }

    @Test
    void aComparisonIsAskedSideBySideWithBothFiguresShownFirst() throws IOException {
        server.reply(Reply.answer("Each B200 GPU carries 192GB of HBM3E memory [1]. The MI325X accelerator carries "
                + "256GB of HBM3E memory [2]."));

        Answer answer = composer().compose(Question.of("Which has more HBM, the B200 or the MI325X?"), memorySources());

        String prompt = lastPrompt();
        assertThat(prompt).contains("- Asks for: a comparison of \"the B200\" and \"the MI325X\", by a measure in bytes")
                .contains("side by side, each with its citation")
                .contains("only if both are figures in one unit, say which is larger");
        // Each side's answering sentence leads its source, ahead of the passage's opening figures.
        String first = source(prompt, 1);
        assertThat(first).contains("Chosen first: " + B200_SETTLES);
        assertThat(first.indexOf("Chosen first: ")).isLessThan(first.indexOf("Rest of passage: Nvidia shipped"));
        assertThat(first.indexOf("Rest of passage:")).isGreaterThan(0);
        assertThat(first.substring(first.indexOf("Rest of passage:"))).doesNotContain("192GB");
        assertThat(source(prompt, 2)).contains("Chosen first: " + MI325X_SETTLES);
        assertThat(systemRules()).contains("Never name a winner without both figures");

        assertThat(answer.mode()).isEqualTo(Answer.Mode.LLM);
        assertThat(answer.removed()).isEmpty();
        assertThat(answer.text()).isEqualTo("Each B200 GPU carries 192GB of HBM3E memory [1]. "
                + "The MI325X accelerator carries 256GB of HBM3E memory [2].");
        assertThat(answer.citations()).extracting(Citation::publisher).containsExactly("Silicon Ledger", "Fab Weekly");
    }

    @Test
    void aYesNoQuestionIsAskedToLeadWithTheSentenceThatSettlesIt() throws IOException {
        server.reply(Reply.answer("Yes: Nvidia has told several suppliers to stop production work on the H20 [1]. "
                + "The request followed guidance from Chinese regulators urging local companies to avoid the chip [1]."));

        Answer answer = composer().compose(Question.of("Did Nvidia tell suppliers to stop work on the H20?"),
                List.of(FixtureSources.h20(), FixtureSources.r2()));

        String prompt = lastPrompt();
        assertThat(prompt).contains("- Asks for: yes or no")
                .contains("- Shape: Lead with the sentence from the sources that settles it. Open with \"Yes\", \"No\" "
                        + "or \"Not yet\" only when a source says so outright")
                .contains("- Likeliest to answer: source 1");
        assertThat(source(prompt, 1)).contains("Chosen first: " + HALT_SETTLES);
        // The label of what the passage rests on stays with it.
        assertThat(source(prompt, 1)).contains("Sourcing: official");

        assertThat(answer.mode()).isEqualTo(Answer.Mode.LLM);
        assertThat(answer.removed()).isEmpty();
        assertThat(answer.text()).startsWith("Yes: Nvidia has told several suppliers to stop production work on the H20 [1].");
        assertThat(answer.citations()).singleElement().satisfies(citation ->
                assertThat(citation.publisher()).isEqualTo("Silicon Ledger"));
    }

    @Test
    void aLatestQuestionIsAskedForTheNewestSourceAsOfItsDay() throws IOException {
        server.reply(Reply.answer("As of 2025-09-02, Nvidia has told several suppliers to stop production work on the H20 [1]."));

        composer().compose(Question.of("Is Nvidia still making the H20?"), List.of(FixtureSources.h20()));

        assertThat(lastPrompt()).contains("- Asks for: yes or no, as things stand now")
                .contains("- Shape: Lead with the newest source about the subject and open with \"As of <its date>\".")
                .contains("- About: h20");
    }
}
