package dev.wafer.retrieval.answer;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Answers a question: retrieve, check the sources cover it, compose. The one service behind the
 * command line, the console and Discord.
 */
public final class AnswerService {

    private final ContentRetriever retriever;
    private final CoverageGate coverage;
    private final AnswerComposer composer;
    private final Supplier<Optional<Instant>> newestArticle;

    public AnswerService(ContentRetriever retriever, CoverageGate coverage, AnswerComposer composer,
                         Supplier<Optional<Instant>> newestArticle) {
        this.retriever = retriever;
        this.coverage = coverage;
        this.composer = composer;
        this.newestArticle = newestArticle;
    }

    public Answer answer(Question question) {
        return answer(question, null);
    }

    /**
     * Answers while streaming a preview of the text to {@code partialText} (see
     * {@link AnswerComposer#compose(Question, List, Consumer)}); the returned answer is the checked one.
     * With a null listener the answer is composed in one piece.
     */
    public Answer answer(Question question, Consumer<String> partialText) {
        long start = System.nanoTime();
        List<Content> sources = retriever.retrieve(Query.from(question.retrievalText()));
        Answer answer = coverage.covers(question, sources)
                ? partialText == null ? composer.compose(question, sources) : composer.compose(question, sources, partialText)
                : Abstention.answer(question, newestArticle.get(), Answer.Mode.EXTRACTIVE);
        return answer.withTook(Duration.ofNanos(System.nanoTime() - start));
    }
}
