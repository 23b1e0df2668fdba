package dev.wafer.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wafer.testkit.LoopbackServer;
import dev.wafer.testkit.LoopbackServer.Reply;
import dev.wafer.bot.format.JsonOutput;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.index.IndexProgress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service path behind {@code wafer ask --json} and Discord, configured like the environment would
 * configure it, against an OpenAI-compatible server scripted on 127.0.0.1.
 */
class WaferServicesLlmTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY = """
            DeepSeek has put off the release of its R2 model, first planned for May, after training runs on \
            Huawei Ascend accelerators kept failing. The company went back to Nvidia hardware for training and \
            will use Ascend chips only for inference. Huawei engineers were sent to help but the training runs \
            still did not finish.""";

    @TempDir
    Path data;

    private LoopbackServer server;
    private volatile int status = 200;
    private volatile String content = "";

    @BeforeEach
    void start() {
        server = LoopbackServer.start().route("/v1/chat/completions", request -> {
            boolean stream = JSON.readTree(request.body()).path("stream").asBoolean();
            String reply = status != 200 ? "{\"error\":{\"message\":\"down\"}}"
                    : stream ? sse(content) : completion(content);
            return Reply.of(status, stream && status == 200 ? "text/event-stream" : "application/json", reply);
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WaferServices open() {
        Map<String, String> env = Map.of("WAFER_LLM_PROVIDER", "openai",
                "WAFER_LLM_BASE_URL", server.url("/v1"),
                "WAFER_LLM_API_KEY", "x", "WAFER_LLM_MODEL", "m", "WAFER_LLM_TIMEOUT_SECONDS", "5");
        WaferServices services = WaferServices.open(DataFolder.open(data), env,
                NewsLibrary.Options.defaults().withStarter(false).withProgress(IndexProgress.NONE));
        services.library().ingest(List.of(Article.of("https://news.example/r2", "DeepSeek delays R2 over Ascend chips",
                "Harbor Tech News", null, Instant.parse("2025-08-14T08:00:00Z"), BODY, Instant.now())), IndexProgress.NONE);
        return services;
    }

    @Test
    void askAnswersWithTheCheckedModelAnswer() throws IOException {
        content = "DeepSeek delayed R2 after training runs on Huawei Ascend accelerators kept failing [1]. "
                + "It went back to Nvidia hardware for training [1]. Nvidia shares doubled that week [2].";
        try (WaferServices services = open()) {
            JsonNode json = JSON.readTree(JsonOutput.write(JsonOutput.answer(services.ask(Question.of("Why was DeepSeek's R2 delayed?")))));

            assertThat(json.path("mode").asText()).isEqualTo("llm");
            assertThat(json.path("answer").asText()).contains("Nvidia hardware for training [1].").doesNotContain("doubled");
            assertThat(json.path("citations")).hasSize(1);
            assertThat(json.path("removed").get(0).path("sentence").asText()).contains("doubled");
            assertThat(json.path("removed").get(0).path("reason").asText()).contains("[2] names no source");
            assertThat(json.has("fallbackReason")).isFalse();
            assertThat(services.status().answerMode()).isEqualTo("llm");
        }
    }

    @Test
    void askStreamsAPreviewThenTheCheckedAnswer() {
        content = "DeepSeek delayed R2 after training runs on Huawei Ascend accelerators kept failing [1]. "
                + "It went back to Nvidia hardware for training [1].";
        List<String> previews = new CopyOnWriteArrayList<>();
        try (WaferServices services = open()) {
            Answer answer = services.ask(Question.of("Why was DeepSeek's R2 delayed?"), previews::add);

            assertThat(previews).isNotEmpty();
            assertThat(answer.mode()).isEqualTo(Answer.Mode.LLM);
            assertThat(answer.text()).isEqualTo(content);
        }
    }

    @Test
    void failingServerGivesTheCitedExtractiveAnswer() throws IOException {
        status = 503;
        try (WaferServices services = open()) {
            JsonNode json = JSON.readTree(JsonOutput.write(JsonOutput.answer(services.ask(Question.of("Why was DeepSeek's R2 delayed?")))));

            assertThat(json.path("mode").asText()).isEqualTo("extractive");
            assertThat(json.path("fallbackReason").asText()).isEqualTo("the language model failed (HTTP 503)");
            assertThat(json.path("answer").asText()).contains("[1]");
            assertThat(json.path("citations")).hasSize(1);
        }
    }

    @Test
    void badSettingsAreOneLineBeforeAnyWork() {
        assertThatThrownBy(() -> WaferServices.open(DataFolder.open(data), IndexProgress.NONE,
                Map.of("WAFER_LLM_PROVIDER", "openai")))
                .hasMessageStartingWith("WAFER_LLM_MODEL is not set");
        assertThat(Failures.message(new dev.wafer.retrieval.answer.llm.LlmConfigException("x"), "answering")).isEqualTo("x");
    }

    private static String completion(String text) {
        return JSON.createObjectNode().put("id", "c").put("object", "chat.completion").put("created", 1).put("model", "m")
                .set("choices", JSON.createArrayNode().add(JSON.createObjectNode().put("index", 0).put("finish_reason", "stop")
                        .set("message", JSON.createObjectNode().put("role", "assistant").put("content", text))))
                .toString();
    }

    private static String sse(String text) {
        StringBuilder events = new StringBuilder();
        for (String word : text.split("(?<= )")) {
            events.append("data: ").append(JSON.createObjectNode().put("id", "c").put("object", "chat.completion.chunk")
                    .put("created", 1).put("model", "m")
                    .set("choices", JSON.createArrayNode().add(JSON.createObjectNode().put("index", 0)
                            .set("delta", JSON.createObjectNode().put("content", word)))).toString()).append("\n\n");
        }
        return events.append("data: [DONE]\n\n").toString();
    }
}
