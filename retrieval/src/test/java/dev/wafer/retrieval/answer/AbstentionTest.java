package dev.wafer.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.search.ScoredPassage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AbstentionTest {

    private static final Optional<Instant> NEWEST = Optional.of(Instant.parse("2025-09-15T00:00:00Z"));

    private static ScoredPassage mi325x() {
        return FixtureSources.content("m1", "AMD ships the Instinct MI325X to cloud customers", "Tensor Street",
                "2024-10-10T09:00:00Z", "AMD said the MI325X carries 256GB of HBM3E and ships this quarter.", 0.58);
    }

    @Test
    void aDeclineNamesTheNearestReportAboutTheModelAsked() {
        Answer answer = Abstention.answer(Question.of("How much does AMD's MI325X cost?"), NEWEST,
                List.of(FixtureSources.h20(), mi325x()), Answer.Mode.EXTRACTIVE);

        assertThat(answer.abstained()).isTrue();
        assertThat(answer.text()).startsWith("The news I have doesn't cover that. The nearest I hold: "
                + "\u201cAMD ships the Instinct MI325X to cloud customers\u201d (Tensor Street, 2024-10-10).");
    }

    @Test
    void aDeclineNamesNothingWhenTheClosestReportsAreAboutOtherThings() {
        Answer answer = Abstention.answer(Question.of("can you recommend a good poker chip set?"), NEWEST,
                FixtureSources.all(), Answer.Mode.EXTRACTIVE);

        assertThat(answer.text()).doesNotContain("nearest").contains("My newest article is from 2025-09-15.");
    }

    @Test
    void aTitleSharingTheQuestionsSubjectIsTheNearestReport() {
        Answer answer = Abstention.answer(Question.of("will tsmc double cowos capacity again in 2027?"), NEWEST,
                FixtureSources.all(), Answer.Mode.EXTRACTIVE);

        assertThat(answer.text()).contains("The nearest I hold: \u201cTSMC raises capex to expand CoWoS packaging\u201d"
                + " (Fab Weekly, 2025-07-20).");
    }
}
