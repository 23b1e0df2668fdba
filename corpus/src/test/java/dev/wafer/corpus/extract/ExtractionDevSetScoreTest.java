package dev.wafer.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import dev.wafer.testkit.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Keeps extraction quality from sliding back: scores the dev pages of ../shared/eval (body text by
 * the article-extraction-benchmark's shingles, dates by htmldate's comparison) and fails below the
 * level reached. Skipped when the evaluation data is not beside the worktree.
 */
@Tag("devset")
class ExtractionDevSetScoreTest {

    @Test
    void bodyTextStaysAtTheLevelReached() throws Exception {
        Path eval = SharedData.require(DevSetScores.EVAL.resolve("articles"), "Scoring body text on the dev pages").getParent();
        DevSetScores.BodyScore score = DevSetScores.bodies(eval, false);
        System.out.printf("body text on %d dev pages: F1 %.3f, precision %.3f, recall %.3f%n",
                score.pages(), score.f1(), score.precision(), score.recall());
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.96);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.955);
    }

    @Test
    void datesStayAtTheLevelReached() throws Exception {
        Path eval = SharedData.require(DevSetScores.EVAL.resolve("dates"), "Scoring publication dates on the dev pages").getParent();
        DevSetScores.DateScore score = DevSetScores.dates(eval, false);
        System.out.printf("dates on %d dev pages: precision %.3f, recall %.3f, accuracy %.3f%n",
                score.pages(), score.precision(), score.recall(), score.accuracy());
        assertThat(score.accuracy()).isGreaterThanOrEqualTo(0.918);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.958);
    }
}
