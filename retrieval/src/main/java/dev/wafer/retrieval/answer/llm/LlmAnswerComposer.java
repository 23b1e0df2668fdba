package dev.wafer.retrieval.answer.llm;

import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.AnswerComposer;
import dev.wafer.retrieval.answer.Citation;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.answer.extractive.ExtractiveAnswerComposer;
import dev.wafer.retrieval.search.ScoredPassage;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.wafer.retrieval.index.Embedder;
import dev.wafer.retrieval.question.QuestionReading;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with a language model through LangChain4j, and shows nothing the {@link CitationChecker}
 * has not passed. Whenever the model fails (timeout, HTTP error, rate limit, unreadable reply,
 * unreachable server) or too little of its draft survives the checks, the extractive answer is given
 * instead, with a {@code fallbackReason} and one WARN log line — never an error to the user.
 */
public final class LlmAnswerComposer implements AnswerComposer {

    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerComposer.class);
    /**
     * The longest draft that is checked. The model is asked for at most {@link LlmModels#MAX_ANSWER_TOKENS}
     * tokens, about four characters each in English news; ten a token leaves room for links and markup.
     * A server that ignores the limit is refused before the sentence-by-sentence checks, each of which
     * costs an embedding, and before a reply that would fill hundreds of Discord messages.
     */
    static final int MAX_DRAFT_CHARS = LlmModels.MAX_ANSWER_TOKENS * 10;

    private final LlmModels models;
    private final CitationChecker checker;
    private final AnswerComposer fallback;
    private final Clock clock;

    public LlmAnswerComposer(LlmModels models, CitationChecker checker, AnswerComposer fallback, Clock clock) {
        this.models = models;
        this.checker = checker;
        this.fallback = fallback;
        this.clock = clock;
    }

    /** The product's composer for a configuration: its models, the default checks, extractive fallback. */
    public static LlmAnswerComposer of(LlmConfig config, Embedder embedder, Clock clock) {
        return new LlmAnswerComposer(LlmModels.of(config), new CitationChecker(embedder),
                new ExtractiveAnswerComposer(), clock);
    }

    /**
     * A question made ready for the model: its sources numbered, the extractive answer (whose sentences
     * the prompt shows first, and which is the fallback), and the prompt.
     */
    private record Prepared(Question question, List<ScoredPassage> sources, NumberedSources numbered,
                            Answer extractive, LocalDate today, AnswerPrompt prompt) {
    }

    private Prepared prepare(Question question, List<ScoredPassage> sources) {
        NumberedSources numbered = NumberedSources.of(sources);
        LocalDate today = today(question);
        Answer extractive;
        try {
            extractive = fallback.compose(question, sources);
        } catch (RuntimeException e) {
            // No sentence to choose (the model may still read the passages); the fallback is tried again if needed.
            LOG.debug("No extractive answer to show the model first", e);
            extractive = null;
        }
        AnswerPrompt prompt = AnswerPrompt.of(question, QuestionReading.of(question.text()), numbered,
                ChosenSentences.of(extractive, numbered), today);
        return new Prepared(question, sources, numbered, extractive, today, prompt);
    }

    @Override
    public Answer compose(Question question, List<ScoredPassage> sources) {
        Prepared prepared = prepare(question, sources);
        AnswerPrompt prompt = prepared.prompt();
        String draft;
        try {
            draft = text(chatWithinTimeout(ChatRequest.builder().messages(prompt.messages()).build()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallBack(prepared, "the answer was interrupted", e);
        } catch (ExecutionException e) {
            return fallBack(prepared, describe(e.getCause() == null ? e : e.getCause()), e);
        } catch (TimeoutException | RuntimeException e) {
            return fallBack(prepared, describe(e), e);
        }
        return checked(prepared, draft);
    }

    /**
     * The blocking call with one deadline for the whole reply: the HTTP client's own timeout covers the
     * wait for the reply's headers, not a body that trickles in a byte at a time. At the deadline the
     * call's thread is interrupted, which makes the JDK client abandon the exchange and its connection.
     */
    private ChatResponse chatWithinTimeout(ChatRequest request)
            throws InterruptedException, ExecutionException, TimeoutException {
        FutureTask<ChatResponse> call = new FutureTask<>(() -> models.chat().chat(request));
        Thread.ofVirtual().name("wafer-model-reply").start(call);
        try {
            return call.get(models.config().timeout().toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            call.cancel(true);
        }
    }

    /**
     * Streams the model's reply. Unchecked text never reaches a screen: {@code partialText} gets a
     * "composing" note once the model starts writing, and the checks run on the complete reply.
     */
    @Override
    public Answer compose(Question question, List<ScoredPassage> sources, Consumer<String> partialText) {
        Prepared prepared = prepare(question, sources);
        NumberedSources numbered = prepared.numbered();
        AnswerPrompt prompt = prepared.prompt();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        AtomicBoolean open = new AtomicBoolean(true);
        AtomicReference<StreamingHandle> stream = new AtomicReference<>();
        StringBuilder sofar = new StringBuilder();
        try {
            models.streaming().chat(ChatRequest.builder().messages(prompt.messages()).build(),
                    new StreamingChatResponseHandler() {
                        @Override
                        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                            stream.compareAndSet(null, context.streamingHandle());
                            if (!open.get()) {
                                context.streamingHandle().cancel();
                                return;
                            }
                            onPartialResponse(partial.text());
                        }

                        @Override
                        public void onPartialResponse(String token) {
                            if (!open.get() || token == null) {
                                return;
                            }
                            boolean first;
                            synchronized (sofar) {
                                first = sofar.isEmpty();
                                if (sofar.length() + token.length() > MAX_DRAFT_CHARS) {
                                    done.completeExceptionally(new DraftTooLongException());
                                    return;
                                }
                                sofar.append(token);
                            }
                            if (first) {
                                try {
                                    partialText.accept(composing(numbered.size()));
                                } catch (RuntimeException e) {
                                    LOG.debug("Preview listener failed; the final answer still follows", e);
                                }
                            }
                        }

                        @Override
                        public void onCompleteResponse(ChatResponse response) {
                            done.complete(response);
                        }

                        @Override
                        public void onError(Throwable error) {
                            done.completeExceptionally(error);
                        }
                    });
            ChatResponse response = done.get(models.config().timeout().toMillis(), TimeUnit.MILLISECONDS);
            String draft = response.aiMessage() != null && response.aiMessage().text() != null
                    ? text(response) : sofar.toString();
            return checked(prepared, draft);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallBack(prepared, "the answer was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return fallBack(prepared, cause instanceof DraftTooLongException ? TOO_LONG : describe(cause), e);
        } catch (TimeoutException | RuntimeException e) {
            return fallBack(prepared, describe(e), e);
        } finally {
            open.set(false);
            // A reply that did not end, or was cut off, still holds its connection: close it, so a
            // server that streams forever is not read forever.
            StreamingHandle handle = stream.get();
            if (handle != null && (!done.isDone() || done.isCompletedExceptionally()) && !handle.isCancelled()) {
                handle.cancel();
            }
        }
    }

    private Answer checked(Prepared prepared, String draft) {
        Question question = prepared.question();
        NumberedSources numbered = prepared.numbered();
        if (draft.length() > MAX_DRAFT_CHARS) {
            return fallBack(prepared, TOO_LONG, null);
        }
        CitationChecker.Result result = checker.check(draft, numbered, prepared.today());
        result.removed().forEach(removal -> LOG.info("Removed from the model's answer: {} — {}", removal.reason(),
                removal.sentence()));
        if (!result.usable()) {
            int removed = result.removed().size();
            String reason = draft.isBlank()
                    ? "the language model's reply was empty"
                    : "nothing of the language model's answer survived citation checks (" + removed
                    + (removed == 1 ? " problem" : " problems") + ")";
            return fallBack(prepared, reason, null).withRemoved(result.removed());
        }
        List<Citation> citations = new ArrayList<>();
        for (int original : result.cited()) {
            citations.add(Citation.of(citations.size() + 1, numbered.get(original).orElseThrow().first()));
        }
        return new Answer(question.text(), result.text(), Answer.Mode.LLM, result.abstained(), citations, null,
                Duration.ZERO, result.removed());
    }

    private Answer fallBack(Prepared prepared, String reason, Throwable error) {
        LOG.warn("Gave the extractive answer instead: {} ({})", reason, models.config().describe());
        if (error != null) {
            // The type chain only: an exception's message may carry the server's reply, which may echo the key.
            LOG.debug("Language model failure: {}", LlmFailures.trace(error));
        }
        Answer extractive = prepared.extractive() != null ? prepared.extractive()
                : fallback.compose(prepared.question(), prepared.sources());
        return extractive.withFallbackReason(reason);
    }

    private String describe(Throwable error) {
        return LlmFailures.describe(error, models.config().effectiveBaseUrl(), models.config().timeout());
    }

    private static String text(ChatResponse response) {
        AiMessage message = response.aiMessage();
        if (message == null || message.text() == null) {
            throw new MalformedReplyException();
        }
        return message.text();
    }

    /** What is shown while the model writes: its draft is unchecked, so none of it. */
    static String composing(int sources) {
        return "Composing an answer from " + sources + (sources == 1 ? " source" : " sources")
                + "; every sentence is checked against them before it is shown";
    }

    private static final String TOO_LONG = "the language model's reply was too long (over "
            + String.format(java.util.Locale.ROOT, "%,d", MAX_DRAFT_CHARS) + " characters, where an answer takes a few sentences)";

    /** A streamed reply that passed {@link #MAX_DRAFT_CHARS}; it is cut off there. */
    private static final class DraftTooLongException extends RuntimeException {
        DraftTooLongException() {
            super(TOO_LONG, null, false, false);
        }
    }

    /** A reply that parsed but carried no text. */
    private static final class MalformedReplyException extends dev.langchain4j.exception.JsonException {
        MalformedReplyException() {
            super("the reply carried no answer text");
        }
    }

    /** The day the model writes on: the day the question is answered as of, if it names one, else today. */
    private LocalDate today(Question question) {
        return question.asOf() != null ? question.asOf() : LocalDate.now(clock);
    }
}
