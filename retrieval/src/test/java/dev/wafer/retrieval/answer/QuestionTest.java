package dev.wafer.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionTest {

    private static final List<Question.Turn> ABOUT_H20 = List.of(
            new Question.Turn("Why did Nvidia stop selling the H20 to China?", "…"),
            new Question.Turn("When did the US require a licence for it?", "…"));

    @Test
    void aCompleteQuestionIsSearchedOnItsOwn() {
        Question question = new Question("Who won the 2022 World Cup?", ABOUT_H20);
        assertThat(question.leansOnEarlierTurns()).isFalse();
        assertThat(question.retrievalText()).isEqualTo("Who won the 2022 World Cup?");
        assertThat(new Question("What did AMD say about the MI308?", ABOUT_H20).retrievalText())
                .isEqualTo("What did AMD say about the MI308?");
    }

    @Test
    void aTurnThatLeansOnTheLastOneIsSearchedWithIt() {
        for (String followUp : List.of("and for inference?", "what about AMD?", "when did it resume?")) {
            Question question = new Question(followUp, ABOUT_H20);
            assertThat(question.leansOnEarlierTurns()).as(followUp).isTrue();
            assertThat(question.retrievalText()).as(followUp)
                    .isEqualTo("When did the US require a licence for it? " + followUp);
        }
    }
}
