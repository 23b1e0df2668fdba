package dev.wafer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A whole evaluation run — import, index, ask, score, baseline — over a four-article fixture. */
class EvaluationTest {

    @Test
    void scoresTheProductAndTheBaselineOnTheSameQuestions() throws URISyntaxException {
        List<String> progress = new ArrayList<>();

        EvalReport report = Evaluation.run(new Evaluation.Settings(resource("corpus.jsonl"), resource("queries.jsonl"),
                10, true, null, Optional.empty()), progress::add);

        SystemReport wafer = report.wafer();
        assertThat(wafer.run().overall().queries()).as("the unanswerable question is not scored").isEqualTo(3);
        assertThat(wafer.passages()).isGreaterThanOrEqualTo(4);
        assertThat(wafer.maxPassageTokens()).isLessThanOrEqualTo(256);
        assertThat(wafer.run().overall().hitsAt4()).isEqualTo(1.0);
        assertThat(wafer.run().byType()).containsOnlyKeys("comparison_query", "inference_query", "temporal_query");
        assertThat(wafer.embedOnlySeconds()).isPositive().isLessThanOrEqualTo(wafer.indexSeconds());
        assertThat(report.lexicalOnly().overall().queries()).isEqualTo(3);
        assertThat(report.denseOnly().overall().queries()).isEqualTo(3);

        SystemReport baseline = report.baseline().orElseThrow();
        assertThat(baseline.run().overall().queries()).isEqualTo(3);
        assertThat(baseline.maxPassageTokens()).isLessThanOrEqualTo(256);
        assertThat(baseline.run().overall().hitsAt10()).as("four articles: everything is in the top 10").isEqualTo(1.0);
        assertThat(report.embeddingsReused()).isFalse();
        assertThat(progress).anyMatch(line -> line.startsWith("Wafer + Baseline: 3/3 questions"));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(EvaluationTest.class.getResource("/eval/" + name).toURI());
    }
}
