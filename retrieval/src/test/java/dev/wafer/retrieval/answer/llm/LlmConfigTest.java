package dev.wafer.retrieval.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
    void everyProviderBuildsItsModels() {
        for (LlmProvider provider : new LlmProvider[] {LlmProvider.OPENAI, LlmProvider.OLLAMA, LlmProvider.ANTHROPIC,
                LlmProvider.GEMINI}) {
            LlmModels models = LlmModels.of(new LlmConfig(provider, null, "key", "m", Duration.ofSeconds(5)));
            assertThat(models.chat()).isNotNull();
            assertThat(models.streaming()).isNotNull();
        }
    }
}
