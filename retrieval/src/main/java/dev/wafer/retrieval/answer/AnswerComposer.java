package dev.wafer.retrieval.answer;

import dev.wafer.retrieval.search.ScoredPassage;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes the answer to a question from retrieved sources, citing each claim as {@code [n]}.
 * Implementations: {@link dev.wafer.retrieval.answer.extractive.ExtractiveAnswerComposer} (source sentences, no model needed) and an
 * LLM-backed composer.
 */
public interface AnswerComposer {

    /**
     * @param question the question
     * @param sources  retrieved passages, best first, each with how it was found; never empty
     */
    Answer compose(Question question, List<ScoredPassage> sources);

    /**
     * Composes while reporting progress: {@code partialText} receives the text written so far, each
     * time it grows, as a preview (its citations are not checked yet). The returned answer is the
     * checked one and replaces the preview. Composers that do not stream give only the final answer.
     */
    default Answer compose(Question question, List<ScoredPassage> sources, Consumer<String> partialText) {
        return compose(question, sources);
    }
}
