package dev.wafer.retrieval.answer.llm;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where composed answers come from; {@link #NONE} means extractive answers, no model. */
public enum LlmProvider {
    /** OpenAI, or any server speaking its chat-completions API (DeepSeek, vLLM, llama.cpp, LM Studio). */
    OPENAI,
    /** A local or remote Ollama server (its own {@code /api/chat} API). */
    OLLAMA,
    ANTHROPIC,
    GEMINI,
    NONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static LlmProvider parse(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (LlmProvider provider : values()) {
            if (provider.id().equals(wanted)) {
                return provider;
            }
        }
        throw new LlmConfigException(LlmConfig.PROVIDER + " must be one of " + ids() + "; it is '" + value + "'.");
    }

    static String ids() {
        return Arrays.stream(values()).map(LlmProvider::id).collect(Collectors.joining(", "));
    }
}
