package dev.wafer.retrieval.answer.llm;

/** The language-model settings are unusable; the message names the variable and how to fix it. */
public final class LlmConfigException extends IllegalArgumentException {

    public LlmConfigException(String message) {
        super(message);
    }
}
