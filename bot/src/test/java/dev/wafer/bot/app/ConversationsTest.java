package dev.wafer.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Question;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationsTest {

    @Test
    void followUpIsSearchedTogetherWithThePreviousQuestion() {
        Conversations conversations = new Conversations(10);
        conversations.remember(7, answer("Why was DeepSeek's R2 delayed?"));

        Question followUp = conversations.question(7, "and for inference?");

        assertThat(followUp.text()).isEqualTo("and for inference?");
        assertThat(followUp.retrievalText()).isEqualTo("Why was DeepSeek's R2 delayed? and for inference?");
        assertThat(followUp.history()).singleElement()
                .satisfies(turn -> assertThat(turn.question()).isEqualTo("Why was DeepSeek's R2 delayed?"));
        assertThat(conversations.question(8, "and for inference?").retrievalText()).isEqualTo("and for inference?");
    }

    @Test
    void oldestConversationsAndTurnsAreForgotten() {
        Conversations conversations = new Conversations(2);
        for (int turn = 0; turn < 6; turn++) {
            conversations.remember(1, answer("question " + turn));
        }
        conversations.remember(2, answer("b"));
        conversations.remember(3, answer("c"));

        assertThat(conversations.knows(1)).isFalse();
        assertThat(conversations.knows(3)).isTrue();
        Conversations one = new Conversations(5);
        for (int turn = 0; turn < 6; turn++) {
            one.remember(1, answer("question " + turn));
        }
        assertThat(one.question(1, "next").history()).hasSize(Conversations.MAX_TURNS);
    }

    private static Answer answer(String question) {
        return new Answer(question, "An answer [1].", Answer.Mode.EXTRACTIVE, false, List.of(), null, Duration.ZERO);
    }
}
