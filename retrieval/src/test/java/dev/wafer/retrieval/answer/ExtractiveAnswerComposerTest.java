package dev.wafer.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractiveAnswerComposerTest {

    @Test
    void citationMarkersGoInsideTheClosingFullStop() {
        assertThat(ExtractiveAnswerComposer.cite("DeepSeek delayed R2.", 2)).isEqualTo("DeepSeek delayed R2 [2].");
        assertThat(ExtractiveAnswerComposer.cite("\"We disagree,\" it said!", 1)).isEqualTo("\"We disagree,\" it said! [1]");
    }

    @Test
    void everyAttributionSaysWhoAndWhenOrThatItIsUndated() {
        Optional<Instant> date = Optional.of(Instant.parse("2025-04-16T09:00:00Z"));
        assertThat(ExtractiveAnswerComposer.attribution("Fab Weekly", date)).isEqualTo("On 2025-04-16, Fab Weekly reported:");
        assertThat(ExtractiveAnswerComposer.attribution("Fab Weekly", Optional.empty())).isEqualTo("Fab Weekly (undated) reported:");
        assertThat(ExtractiveAnswerComposer.attribution("Unknown publisher", Optional.empty())).isEqualTo("An undated article reported:");
    }

    @Test
    void nearDuplicateSentencesAreRecognised() {
        assertThat(ExtractiveAnswerComposer.nearDuplicate(
                "DeepSeek delayed its R2 model after training on Huawei Ascend chips failed.",
                "DeepSeek has delayed the R2 model after training on Huawei's Ascend chips failed repeatedly.")).isTrue();
        assertThat(ExtractiveAnswerComposer.nearDuplicate(
                "DeepSeek delayed its R2 model after training on Huawei Ascend chips failed.",
                "Nvidia expects a 5.5 billion dollar charge tied to H20 inventory.")).isFalse();
    }
}
