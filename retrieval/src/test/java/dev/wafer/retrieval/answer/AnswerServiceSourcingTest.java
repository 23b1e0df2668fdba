package dev.wafer.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.search.ScoredPassage;
import dev.wafer.retrieval.sourcing.Sourcing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The answering service's own steps around composing: the language reply and the sourcing notes. */
class AnswerServiceSourcingTest {

    private final List<String> searched = new ArrayList<>();

    @Test
    void aQuestionInAnotherLanguageGetsOneLineInEnglishAndNoSearch() {
        Answer answer = service(sources -> {
            throw new AssertionError("composed an answer to a question in another language");
        }).answer(Question.of("Wann kommt Blackwell Ultra?"));

        assertThat(answer.abstained()).isTrue();
        assertThat(answer.text()).isEqualTo("Wafer answers questions in English only for now (this one looks like German);"
                + " please ask again in English, or have a language model configured (WAFER_LLM_PROVIDER) to answer in"
                + " other languages.");
        assertThat(searched).isEmpty();
    }

    @Test
    void theComposedAnswerComesBackWithItsCitationsLabelled() {
        Answer answer = service(sources -> new Answer("q", "DeepSeek has postponed the launch of its R2 model [1].",
                Answer.Mode.EXTRACTIVE, false, List.of(Citation.of(1, sources.getFirst())), null, Duration.ZERO))
                .answer(Question.of("Why was DeepSeek R2 delayed?"));

        assertThat(searched).containsExactly("Why was DeepSeek R2 delayed?");
        assertThat(answer.citations().getFirst().sourcing()).isNotNull();
        assertThat(answer.citations().getFirst().sourcing().kind()).isEqualTo(Sourcing.Kind.REPORTED);
    }

    private AnswerService service(java.util.function.Function<List<ScoredPassage>, Answer> compose) {
        AnswerComposer composer = (question, sources) -> compose.apply(sources);
        return new AnswerService((question, publishedBy) -> {
            searched.add(question);
            return FixtureSources.all();
        }, new CoverageGate(0.0, 0), composer, Optional::empty, List::of);
    }
}
