package dev.wafer.retrieval.answer.llm;

import dev.wafer.retrieval.answer.FixtureSources;
import dev.wafer.retrieval.answer.Question;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.UserMessage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnswerPromptSourcingTest {

    @Test
    void eachPassageTellsTheModelWhatItsClaimsRestOn() {
        AnswerPrompt prompt = AnswerPrompt.of(Question.of("Why was DeepSeek R2 delayed?"),
                NumberedSources.of(FixtureSources.all()), LocalDate.parse("2025-09-10"));

        String user = ((UserMessage) prompt.messages().get(1)).singleText();
        // The R2 story rests on people familiar and analysts; the H20 story has Nvidia's own statement.
        assertThat(user).contains("Sourcing: anonymous, estimate\nPassage: DeepSeek has postponed")
                .contains("Sourcing: official\nPassage: Nvidia has told several suppliers");
        assertThat(prompt.messages().getFirst().toString()).contains("never present such a claim as confirmed");
    }
}
