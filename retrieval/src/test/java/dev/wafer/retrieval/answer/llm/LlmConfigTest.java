package dev.wafer.retrieval.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmConfigTest {

    @Test
    void noSettingsMeansExtractiveAnswers() {
        assertThat(LlmConfig.from(Map.of()).enabled()).isFalse();
        assertThat(LlmConfig.from(Map.of("WAFER_LLM_PROVIDER", "none")).enabled()).isFalse();
    }

    @Test
    void openAiCompatibleServerNeedsNoKey() {
        LlmConfig config = LlmConfig.from(Map.of("WAFER_LLM_PROVIDER", "OpenAI", "WAFER_LLM_BASE_URL",
                "http://127.0.0.1:8080/v1/", "WAFER_LLM_MODEL", "qwen", "WAFER_LLM_TIMEOUT_SECONDS", "12"));

        assertThat(config.provider()).isEqualTo(LlmProvider.OPENAI);
        assertThat(config.effectiveBaseUrl()).isEqualTo("http://127.0.0.1:8080/v1");
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void badSettingsGiveOneActionableLine() {
        assertThatThrownBy(() -> LlmConfig.from(Map.of("WAFER_LLM_PROVIDER", "gpt")))
                .isInstanceOf(LlmConfigException.class)
                .hasMessage("WAFER_LLM_PROVIDER must be one of openai, ollama, anthropic, gemini, none; it is 'gpt'.");
        assertThatThrownBy(() -> LlmConfig.from(Map.of("WAFER_LLM_PROVIDER", "ollama")))
                .hasMessageStartingWith("WAFER_LLM_MODEL is not set");
        assertThatThrownBy(() -> LlmConfig.from(Map.of("WAFER_LLM_PROVIDER", "openai", "WAFER_LLM_MODEL", "m")))
                .hasMessageStartingWith("WAFER_LLM_API_KEY is not set: openai needs an API key");
        assertThatThrownBy(() -> LlmConfig.from(Map.of("WAFER_LLM_PROVIDER", "ollama", "WAFER_LLM_MODEL", "m",
                "WAFER_LLM_TIMEOUT_SECONDS", "soon"))).hasMessageContaining("'soon'");
        assertThatThrownBy(() -> LlmConfig.from(Map.of("WAFER_LLM_PROVIDER", "ollama", "WAFER_LLM_MODEL", "m",
                "WAFER_LLM_BASE_URL", "localhost:11434"))).hasMessageStartingWith("WAFER_LLM_BASE_URL must be an http(s) URL");
    }

    @Test
    void keyIsNeverShown() {
        LlmConfig config = LlmConfig.from(Map.of("WAFER_LLM_PROVIDER", "anthropic", "WAFER_LLM_API_KEY", "sk-ant-secret",
                "WAFER_LLM_MODEL", "claude"));

        assertThat(config.toString()).doesNotContain("sk-ant-secret").contains("***");
        assertThat(config.describe()).doesNotContain("sk-ant-secret").isEqualTo("anthropic model claude at https://api.anthropic.com/v1");
    }

    @Test
    void everyProviderBuildsItsOwnClientsForTheConfiguredModel() {
        Map<LlmProvider, List<Class<?>>> expected = Map.of(
                LlmProvider.OPENAI, List.of(dev.langchain4j.model.openai.OpenAiChatModel.class,
                        dev.langchain4j.model.openai.OpenAiStreamingChatModel.class),
                LlmProvider.OLLAMA, List.of(dev.langchain4j.model.ollama.OllamaChatModel.class,
                        dev.langchain4j.model.ollama.OllamaStreamingChatModel.class),
                LlmProvider.ANTHROPIC, List.of(dev.langchain4j.model.anthropic.AnthropicChatModel.class,
                        dev.langchain4j.model.anthropic.AnthropicStreamingChatModel.class),
                LlmProvider.GEMINI, List.of(dev.langchain4j.model.googleai.GoogleAiGeminiChatModel.class,
                        dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel.class));
        expected.forEach((provider, classes) -> {
            LlmConfig config = new LlmConfig(provider, null, "key", "m", Duration.ofSeconds(5));
            LlmModels models = LlmModels.of(config);
            assertThat(models.chat()).as(provider.name()).isInstanceOf(classes.get(0));
            assertThat(models.streaming()).as(provider.name()).isInstanceOf(classes.get(1));
            assertThat(models.config()).isEqualTo(config);
        });
    }
}
