package dev.wafer.retrieval.answer.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The LangChain4j chat models for a configuration, blocking and streaming. Requests are never
 * retried and never logged: a failed call falls back to the extractive answer at once (a chat user
 * is waiting), and request logs would carry the API key's header.
 *
 * @param chat      answers in one reply
 * @param streaming answers token by token
 * @param config    what they were built from
 */
public record LlmModels(ChatModel chat, StreamingChatModel streaming, LlmConfig config) {

    /** Low temperature: a news brief should restate its sources, not improvise. */
    private static final double TEMPERATURE = 0.1;
    /** The most the model is asked to write: a chat answer of a few sentences with their citations. */
    public static final int MAX_ANSWER_TOKENS = 600;

    public static LlmModels of(LlmConfig config) {
        if (!config.enabled()) {
            throw new IllegalArgumentException("no language model is configured");
        }
        String url = config.effectiveBaseUrl();
        return switch (config.provider()) {
            case OPENAI -> {
                // Servers that need no key (vLLM, llama.cpp, LM Studio) still get a harmless placeholder.
                String key = config.apiKey() == null ? "none" : config.apiKey();
                yield new LlmModels(
                        OpenAiChatModel.builder().baseUrl(url).apiKey(key).modelName(config.model())
                                .temperature(TEMPERATURE).maxTokens(MAX_ANSWER_TOKENS).timeout(config.timeout())
                                .maxRetries(0).logRequests(false).logResponses(false).build(),
                        OpenAiStreamingChatModel.builder().baseUrl(url).apiKey(key).modelName(config.model())
                                .temperature(TEMPERATURE).maxTokens(MAX_ANSWER_TOKENS).timeout(config.timeout())
                                .logRequests(false).logResponses(false).build(),
                        config);
            }
            case OLLAMA -> new LlmModels(
                    OllamaChatModel.builder().baseUrl(url).modelName(config.model()).temperature(TEMPERATURE)
                            .numPredict(MAX_ANSWER_TOKENS).timeout(config.timeout()).maxRetries(0).build(),
                    OllamaStreamingChatModel.builder().baseUrl(url).modelName(config.model()).temperature(TEMPERATURE)
                            .numPredict(MAX_ANSWER_TOKENS).timeout(config.timeout()).build(),
                    config);
            case ANTHROPIC -> new LlmModels(
                    AnthropicChatModel.builder().baseUrl(url).apiKey(config.apiKey()).modelName(config.model())
                            .temperature(TEMPERATURE).maxTokens(MAX_ANSWER_TOKENS).timeout(config.timeout())
                            .maxRetries(0).build(),
                    AnthropicStreamingChatModel.builder().baseUrl(url).apiKey(config.apiKey()).modelName(config.model())
                            .temperature(TEMPERATURE).maxTokens(MAX_ANSWER_TOKENS).timeout(config.timeout()).build(),
                    config);
            case GEMINI -> new LlmModels(
                    GoogleAiGeminiChatModel.builder().baseUrl(url).apiKey(config.apiKey()).modelName(config.model())
                            .temperature(TEMPERATURE).maxOutputTokens(MAX_ANSWER_TOKENS).timeout(config.timeout())
                            .maxRetries(0).build(),
                    GoogleAiGeminiStreamingChatModel.builder().baseUrl(url).apiKey(config.apiKey())
                            .modelName(config.model()).temperature(TEMPERATURE).maxOutputTokens(MAX_ANSWER_TOKENS)
                            .timeout(config.timeout()).build(),
                    config);
            case NONE -> throw new IllegalStateException("unreachable");
        };
    }

    /**
     * One blocking call with one deadline, {@link LlmConfig#timeout()}, for the whole reply: the HTTP
     * client's own timeout covers the wait for the reply's headers, not a body that trickles in a byte at
     * a time. At the deadline the call's thread is interrupted, which makes the JDK client abandon the
     * exchange and its connection.
     */
    public ChatResponse chatWithinTimeout(ChatRequest request)
            throws InterruptedException, ExecutionException, TimeoutException {
        FutureTask<ChatResponse> call = new FutureTask<>(() -> chat.chat(request));
        Thread.ofVirtual().name("wafer-model-reply").start(call);
        try {
            return call.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            call.cancel(true);
        }
    }
}
