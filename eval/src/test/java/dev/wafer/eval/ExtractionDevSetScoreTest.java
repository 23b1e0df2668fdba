package dev.wafer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import dev.wafer.testkit.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Keeps page extraction from sliding back: scores the dev halves in ../shared/eval (trafilatura's pages by their
 * snippets, article bodies by shingles, dates by the day) and fails below the level reached. Each is skipped when
 * its data is not beside the worktree.
 */
@Tag("devset")
class ExtractionDevSetScoreTest {

    private static final Path EVAL = Path.of("..", "..", "shared", "eval").toAbsolutePath().normalize();

    private static Path benchmark(String name, String marker) {
        Path folder = EVAL.resolve(name);
        SharedData.require(folder.resolve(marker), "Scoring page extraction on the " + name + " dev half");
        return folder;
    }

    @Test
    void mainTextOfTheMultilingualPagesStaysAtTheLevelReached() {
        ExtractionScores.SnippetScore score = ExtractionScores.pages(benchmark("pages", "evaldata-dev.json"), line -> { });
        System.out.printf("pages: %d dev pages, F1 %.3f, precision %.3f, recall %.3f%n",
                score.pages(), score.f1(), score.precision(), score.recall());
        assertThat(score.missing()).isZero();
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.922);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.925);
    }

    @Test
    void articleBodiesStayAtTheLevelReached() {
        ExtractionScores.BodyScore score = ExtractionScores.articles(benchmark("articles", "ground-truth.json"), line -> { });
        System.out.printf("articles: %d dev pages, F1 %.3f, precision %.3f, recall %.3f, under 0.5: %s%n",
                score.pages(), score.f1(), score.precision(), score.recall(), score.below());
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.963);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.958);
        assertThat(score.below()).isEmpty();
    }

    @Test
    void datesStayAtTheLevelReached() {
        ExtractionScores.DateScore score = ExtractionScores.dates(benchmark("dates", "gold.json"), line -> { });
        System.out.printf("dates: %d dev pages, precision %.3f, recall %.3f, accuracy %.3f%n",
                score.pages(), score.precision(), score.recall(), score.accuracy());
        assertThat(score.accuracy()).isGreaterThanOrEqualTo(0.918);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.958);
    }
}
