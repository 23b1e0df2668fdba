package dev.wafer.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoverageGateTest {

    private final CoverageGate gate = CoverageGate.defaults();

    @Test
    void longQuestionsNeedALittleLessSimilarityButNeverBelowTheFloor() {
        assertThat(gate.neededSimilarity("Why was DeepSeek's R2 delayed?")).isEqualTo(CoverageGate.DEFAULT_MIN_SIMILARITY);
        assertThat(gate.neededSimilarity("word ".repeat(40))).isCloseTo(0.57, within(1e-9));
        assertThat(gate.neededSimilarity("word ".repeat(200))).isCloseTo(0.54, within(1e-9));
    }
}
