package dev.wafer.retrieval.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.AnswerService;
import dev.wafer.retrieval.answer.CoverageGate;
import dev.wafer.retrieval.answer.FixtureSources;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.answer.llm.FakeLlmServer.Reply;
import dev.wafer.retrieval.index.Embedder;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A question in another language with a language model configured: searched in English, answered and
 * checked in English, then written in the question's language — against a scripted OpenAI-compatible
 * server on loopback that translates, drafts and renders.
 */
class QuestionTranslationTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2025-09-10T12:00:00Z"), ZoneOffset.UTC);
    private static final String GERMAN = "Warum wurde das R2 von DeepSeek verschoben?";
    private static final String ENGLISH = "Why was DeepSeek's R2 delayed?";
    private static final String DRAFT = "DeepSeek postponed R2 after repeated training runs on Huawei's Ascend 910C "
            + "accelerators failed to finish, Harbor Tech News reported on 2025-08-14 [1]. The company moved training "
            + "back to Nvidia H800 systems and kept Ascend chips for inference [1].";
    private static final String RENDERED = "DeepSeek hat R2 verschoben, nachdem wiederholte Trainingsläufe auf Huaweis "
            + "Ascend-910C-Beschleunigern nicht abgeschlossen wurden, berichtete Harbor Tech News am 2025-08-14 [1]. "
            + "Das Unternehmen verlegte das Training zurück auf Nvidia-H800-Systeme [1].";

    private static FakeLlmServer server;
    private static Embedder embedder;
    private final List<String> searched = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        server = new FakeLlmServer();
        embedder = NewsLibrary.sharedEmbedder().get();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void forgetRequests() {
        server.requests().clear();
    }

    /** Translates the question, drafts the English answer, and renders it as {@code rendering}. */
    private static void model(String rendering) {
        server.script(body -> body.contains("into English, for a search") ? Reply.answer(ENGLISH)
                : body.contains("from English into German") ? Reply.answer(rendering)
                : Reply.answer(DRAFT));
    }

    private AnswerService service(String baseUrl) {
        LlmConfig config = LlmConfig.from(Map.of("WAFER_LLM_PROVIDER", "openai", "WAFER_LLM_BASE_URL", baseUrl,
                "WAFER_LLM_MODEL", "m", "WAFER_LLM_TIMEOUT_SECONDS", "20"));
        LlmModels models = LlmModels.of(config);
        return new AnswerService((question, publishedBy) -> {
            searched.add(question);
            return FixtureSources.all();
        }, new CoverageGate(0.0, 0), LlmAnswerComposer.of(config, embedder, TODAY), Optional::empty, List::of)
                .translatingWith(new LlmTranslation(models));
    }

    @Test
    void aGermanQuestionIsSearchedInEnglishAndAnsweredInGermanWithCheckedCitations() {
        model(RENDERED);

        Answer answer = service(server.openAiUrl()).answer(Question.of(GERMAN));

        assertThat(searched).containsExactly(ENGLISH);
        assertThat(answer.question()).isEqualTo(GERMAN);
        assertThat(answer.mode()).isEqualTo(Answer.Mode.LLM);
        assertThat(answer.fallback()).isEmpty();
        assertThat(answer.text()).isEqualTo(RENDERED);
        assertThat(answer.citations()).singleElement().satisfies(citation -> {
            assertThat(citation.publisher()).isEqualTo("Harbor Tech News");
            assertThat(citation.dateLabel()).isEqualTo("2025-08-14");
        });
        // Three calls: the question into English, the English draft, and the checked draft into German.
        assertThat(server.requests()).hasSize(3);
        assertThat(server.requests().get(0)).contains(GERMAN).contains("from German into English");
        assertThat(server.requests().get(1)).contains("Question: " + ENGLISH);
        // What is rendered is the answer as checked and labelled in English, its sourcing warning included.
        assertThat(server.requests().get(2)).contains("Unconfirmed: every report here cites unnamed sources")
                .contains("Nvidia H800 systems and kept Ascend chips for inference [1]");
    }

    @Test
    void aRenderingThatDropsItsMarkersGivesTheCheckedEnglishAnswerWithANote() {
        model(RENDERED.replace(" [1]", ""));

        Answer answer = service(server.openAiUrl()).answer(Question.of(GERMAN));

        assertThat(answer.text()).startsWith("(The German rendering of this answer changed its citations, so here it is"
                        + " in English, as checked against its sources.) ")
                .endsWith("Nvidia H800 systems and kept Ascend chips for inference [1].")
                .doesNotContain("Trainingsläufe");
        assertThat(answer.citations()).singleElement().satisfies(citation ->
                assertThat(citation.publisher()).isEqualTo("Harbor Tech News"));
    }

    @Test
    void aRenderingThatMovesAClaimToAnotherSourceIsNotShown() {
        model(RENDERED.replaceFirst("\\[1]", "[2]"));

        Answer answer = service(server.openAiUrl()).answer(Question.of(GERMAN));

        assertThat(answer.text()).startsWith("(The German rendering").contains("Nvidia H800 systems");
    }

    @Test
    void anUnreachableModelGetsOneLineAndNoSearch() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        Answer answer = service("http://127.0.0.1:" + port + "/v1").answer(Question.of(GERMAN));

        assertThat(answer.abstained()).isTrue();
        assertThat(answer.text()).isEqualTo("Wafer could not render this German question in English to search the news: "
                + "the language model at http://127.0.0.1:" + port + "/v1 could not be reached. Please try again, or ask "
                + "in English.");
        assertThat(searched).isEmpty();
    }

    @Test
    void anEnglishQuestionCallsTheModelOnlyToAnswer() {
        model(RENDERED);

        Answer answer = service(server.openAiUrl()).answer(Question.of(ENGLISH));

        assertThat(searched).containsExactly(ENGLISH);
        assertThat(answer.text()).endsWith("The company moved training back to Nvidia H800 systems and kept Ascend chips "
                + "for inference [1].").doesNotContain("Trainingsläufe");
        assertThat(server.requests()).hasSize(1);
    }
}
