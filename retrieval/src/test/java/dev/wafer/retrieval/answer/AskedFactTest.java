package dev.wafer.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.question.QuestionReading;
import dev.wafer.retrieval.search.ScoredPassage;
import java.util.List;
import org.junit.jupiter.api.Test;

class AskedFactTest {

    private static ScoredPassage source(String text) {
        return FixtureSources.content("s1", "Nvidia results", "Tensor Street", "2024-10-10T09:00:00Z", text, 0.7);
    }

    private static boolean held(String question, String sourceText) {
        return AskedFact.held(QuestionReading.of(question), List.of(source(sourceText)));
    }

    @Test
    void aCountOfSomethingIsNotAnsweredByMoneyAboutTheSameCompany() {
        assertThat(held("how many AI chips did nvidia ship last year?",
                "Nvidia said quarterly revenue rose 94% to $35.1 billion, led by its data-centre business.")).isFalse();
    }

    @Test
    void aCountOfTheThingAskedIsHeld() {
        assertThat(held("how many GPUs did xAI install in Colossus?",
                "xAI said Colossus links 100,000 GPUs over Ethernet.")).isTrue();
    }

    @Test
    void anAmountQuestionOpenToAnyFigureIsLeftToTheComposer() {
        assertThat(held("how big is the deal?", "The companies did not say when it would close.")).isTrue();
    }

    @Test
    void aQuestionAboutWhatWillHappenNeedsASourceSpeakingOfTheFuture() {
        assertThat(held("will nvidia stock hit $200 by the end of the year?",
                "Nvidia shares fell about 4% on Tuesday amid a broader decline in technology stocks.")).isFalse();
        assertThat(held("what process will the new chip be made on?",
                "A teardown found that it runs on a processor made on SMIC's 7nm process.")).isFalse();
    }

    @Test
    void aPlanInTheSourcesCanAnswerAQuestionAboutTheFuture() {
        assertThat(held("when will TSMC start making 2nm chips in Arizona?",
                "TSMC plans to start 2nm production at its second Arizona fab in 2028.")).isTrue();
    }

    @Test
    void whetherSomethingWillHappenInsideAReportedClaimIsNotAQuestionAboutTheFuture() {
        assertThat(AskedFact.asksFuture("Which group can bet on whether a team will lead at the end of a quarter?"))
                .isFalse();
        assertThat(AskedFact.asksFuture("When will Intel ship 18A?")).isTrue();
    }

    @Test
    void aCountOfAModelIsHeldOnlyWhenTheSourcesCountThatModel() {
        assertThat(held("how many H100s has meta bought?", "Meta said it will own 350,000 H100s by the end of the year."))
                .isTrue();
        assertThat(held("how many H200s has meta bought?", "Fourth-quarter revenue rose 51% to $14.05 billion.")).isFalse();
    }
}
