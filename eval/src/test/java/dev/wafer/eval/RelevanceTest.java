package dev.wafer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelevanceTest {

    @Test
    void aFactMatchesWhateverItsSpacesAndLineBreaks() {
        List<String> passages = List.of("Title: Chips\nPublisher: Example\nNvidia shipped the\nH20 chip to China.");

        Relevance.Outcome outcome = Relevance.score(passages, List.of("Nvidia shipped  the H20 chip"));

        assertThat(outcome.firstRelevantRank()).isEqualTo(1);
        assertThat(outcome.hitAt(4)).isTrue();
    }

    @Test
    void caseMattersAsInThePaper() {
        Relevance.Outcome outcome = Relevance.score(List.of("Nvidia shipped the H20 chip."),
                List.of("nvidia shipped the h20 chip"));

        assertThat(outcome.firstRelevantRank()).isZero();
        assertThat(outcome.reciprocalRank()).isZero();
    }

    @Test
    void aFactSplitAcrossTwoPassagesMatchesNeither() {
        List<String> passages = List.of("The board met on Monday and", "voted to replace the chief executive.");

        Relevance.Outcome outcome = Relevance.score(passages, List.of("The board met on Monday and voted to replace"));

        assertThat(outcome.firstRelevantRank()).isZero();
        assertThat(outcome.averagePrecision()).isZero();
    }

    @Test
    void averagePrecisionCountsEachFactAtTheRankItIsFirstFound() {
        List<String> passages = List.of("Fact A here.", "Nothing useful.", "Fact A again, and Fact B too.", "Fact B.");

        Relevance.Outcome outcome = Relevance.score(passages, List.of("Fact A", "Fact B", "Fact C"));

        // A first found at 1, B first found at 3, C never: (1/1 + 1/3) / min(3, 10).
        assertThat(outcome.averagePrecision()).isCloseTo((1.0 + 1.0 / 3) / 3, within(1e-12));
        assertThat(outcome.firstRelevantRank()).isEqualTo(1);
    }

    @Test
    void onlyTheTopTenCount() {
        List<String> passages = new java.util.ArrayList<>(java.util.Collections.nCopies(10, "filler"));
        passages.add("the gold fact");

        Relevance.Outcome outcome = Relevance.score(passages, List.of("the gold fact"));

        assertThat(outcome.firstRelevantRank()).isZero();
        assertThat(outcome.hitAt(10)).isFalse();
    }

    @Test
    void moreThanTenFactsAreNormalisedByTen() {
        List<String> facts = java.util.stream.IntStream.range(0, 12).mapToObj(i -> "fact " + (char) ('a' + i)).toList();

        Relevance.Outcome outcome = Relevance.score(List.of("fact a fact b"), facts);

        assertThat(outcome.averagePrecision()).isCloseTo(2.0 / 10, within(1e-12));
    }

    @Test
    void metricsAverageOverQuestions() {
        List<Relevance.Outcome> outcomes = List.of(
                new Relevance.Outcome(1, 1.0),
                new Relevance.Outcome(5, 0.2),
                new Relevance.Outcome(0, 0.0),
                new Relevance.Outcome(2, 0.5));

        Metrics metrics = Metrics.of(outcomes);

        assertThat(metrics.queries()).isEqualTo(4);
        assertThat(metrics.hitsAt4()).isEqualTo(0.5);
        assertThat(metrics.hitsAt10()).isEqualTo(0.75);
        assertThat(metrics.mrrAt10()).isCloseTo((1 + 0.2 + 0 + 0.5) / 4, within(1e-12));
        assertThat(metrics.mapAt10()).isCloseTo(1.7 / 4, within(1e-12));
    }

    @Test
    void questionsWithoutEvidenceAreNotScored() {
        EvalQuery unanswerable = new EvalQuery("q1", "Which city?", "null_query", List.of());
        EvalQuery answerable = new EvalQuery("q2", "Who shipped the chip?", "inference_query", List.of("Nvidia shipped"));
        List<String> asked = new java.util.ArrayList<>();

        RetrievalRun run = RetrievalRun.of("test", (question, limit) -> {
            asked.add(question);
            return List.of("Nvidia shipped it.");
        }, List.of(unanswerable, answerable), 10, line -> { });

        assertThat(run.overall().queries()).isEqualTo(1);
        assertThat(run.overall().hitsAt4()).isEqualTo(1.0);
        assertThat(run.byType()).containsOnlyKeys("inference_query");
        // The unscored question is asked once, untimed, to warm up.
        assertThat(asked).containsExactly("Which city?", "Who shipped the chip?");
    }
}
