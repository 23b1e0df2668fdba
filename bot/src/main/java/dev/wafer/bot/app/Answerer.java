package dev.wafer.bot.app;

import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Question;
import java.util.function.Consumer;

/**
 * Answers a question, optionally telling {@code partialText} how the answer text grows while it is
 * written (a streaming language model). Front ends that can update what they show — Discord edits
 * its message — pass a listener; an answerer that cannot stream simply never calls it.
 */
@FunctionalInterface
public interface Answerer {

    Answer answer(Question question, Consumer<String> partialText);

    /** The services' answers: streamed when a language model is configured, in one piece otherwise. */
    static Answerer of(WaferServices services) {
        return services::ask;
    }
}
