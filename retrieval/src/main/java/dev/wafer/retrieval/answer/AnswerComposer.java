package dev.wafer.retrieval.answer;

import dev.langchain4j.rag.content.Content;
import java.util.List;

/**
 * Writes the answer to a question from retrieved sources, citing each claim as {@code [n]}.
 * Implementations: {@link ExtractiveAnswerComposer} (source sentences, no model needed) and an
 * LLM-backed composer.
 */
public interface AnswerComposer {

    /**
     * @param question the question
     * @param sources  retrieved passages, best first, with the metadata of
     *                 {@link dev.wafer.retrieval.search.ContentFields}; never empty
     */
    Answer compose(Question question, List<Content> sources);
}
