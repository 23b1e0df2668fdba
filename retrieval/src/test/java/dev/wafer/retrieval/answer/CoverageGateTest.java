package dev.wafer.retrieval.answer;

import dev.wafer.retrieval.question.ModelNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageGateTest {

    private final CoverageGate gate = CoverageGate.defaults();

    @Test
    void longQuestionsNeedALittleLessSimilarityButNeverBelowTheFloor() {
        assertThat(gate.neededSimilarity("Why was DeepSeek's R2 delayed?")).isEqualTo(CoverageGate.DEFAULT_MIN_SIMILARITY);
        assertThat(gate.neededSimilarity("word ".repeat(40))).isCloseTo(0.57, within(1e-9));
        assertThat(gate.neededSimilarity("word ".repeat(200))).isCloseTo(0.54, within(1e-9));
    }

    @Test
    void aModelTheSourcesNeverNameIsNotCoveredByItsNeighbours() {
        var hbm3e = FixtureSources.content("a1", "SK hynix ships HBM3E", "Reuters", "2025-03-01T00:00:00Z",
                "SK hynix began mass production of 12-layer HBM3E memory for Nvidia's Blackwell accelerators.", 0.82);
        var hbm4 = FixtureSources.content("a2", "SK hynix samples HBM4", "Reuters", "2025-03-19T00:00:00Z",
                "SK hynix shipped the first HBM4 samples to customers, ahead of mass production later this year.", 0.80);

        assertThat(gate.covers(Question.of("When will SK hynix start mass production of HBM4?"), List.of(hbm3e)))
                .as("only HBM3E in the sources").isFalse();
        assertThat(gate.covers(Question.of("When will SK hynix start mass production of HBM4?"), List.of(hbm3e, hbm4))).isTrue();
        assertThat(ModelNames.in("After the report on October 13th about the 16-inch model at 2023-10-04T21:11"))
                .as("ordinals, sizes and times are no models").isEmpty();
        assertThat(ModelNames.in("Will the H20, MI308, GPT-4, 2nm and 18A chips ship?"))
                .containsExactly("h20", "mi308", "gpt-4", "2nm", "18a");
    }
}
