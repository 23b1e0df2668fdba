package dev.wafer.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.search.ScoredPassage;
import dev.wafer.retrieval.sourcing.AttributionCues;
import dev.wafer.retrieval.sourcing.Sourcing;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcingNotesTest {

    private static final String RUMOR = "Nvidia is preparing a cut-down Blackwell chip for China that would meet the export rules. "
            + "The chip would use GDDR7 memory instead of HBM, two people familiar with the plans said. "
            + "Nvidia declined to comment.";
    private static final String RESULTS = "Nvidia said in a statement that data center revenue rose to $41.1 billion in the quarter. "
            + "The company expects revenue of $54 billion next quarter.";

    private final SourcingNotes notes = new SourcingNotes(new AttributionCues());

    @Test
    void anAnswerOnlyUnnamedSourcesBackSaysSoFirstAndNamesWhoDeclinedToComment() {
        ScoredPassage rumor = FixtureSources.content("r1", "Nvidia readies China chip", "Chip Wire", "2025-09-10T08:00:00Z", RUMOR, 0.8);
        Answer composed = answer("Chip Wire reported on 2025-09-10 that the chip would use GDDR7 memory instead of HBM [1].",
                new Citation(1, "Nvidia readies China chip", "Chip Wire", rumor.passage().url(), rumor.passage().published()));

        Answer noted = notes.apply(composed, List.of(rumor));

        assertThat(noted.text()).startsWith(SourcingNotes.UNCONFIRMED + "\n")
                .contains("instead of HBM — reported citing unnamed sources; Nvidia declined to comment [1].");
        assertThat(noted.citations().getFirst().sourcing().kind()).isEqualTo(Sourcing.Kind.ANONYMOUS);
        assertThat(noted.citations().getFirst().sourcing().note()).isEqualTo("Nvidia declined to comment");
    }

    @Test
    void anOfficialClaimIsLabelledAndItsTextLeftAlone() {
        ScoredPassage results = FixtureSources.content("o1", "Nvidia results", "Fab Weekly", "2025-08-28T08:00:00Z", RESULTS, 0.8);
        String text = "Fab Weekly reported on 2025-08-28 that Nvidia said in a statement that data center revenue rose to $41.1 billion in the quarter [1].";
        Answer composed = answer(text, new Citation(1, "Nvidia results", "Fab Weekly", results.passage().url(), results.passage().published()));

        Answer noted = notes.apply(composed, List.of(results));

        assertThat(noted.text()).isEqualTo(text);
        assertThat(noted.citations().getFirst().sourcing().kind()).isEqualTo(Sourcing.Kind.OFFICIAL);
    }

    @Test
    void oneNamedSourceBesideAnUnnamedOneMeansTheAnswerIsNotCalledUnconfirmed() {
        ScoredPassage rumor = FixtureSources.content("r1", "Nvidia readies China chip", "Chip Wire", "2025-09-10T08:00:00Z", RUMOR, 0.8);
        ScoredPassage results = FixtureSources.content("o1", "Nvidia results", "Fab Weekly", "2025-08-28T08:00:00Z", RESULTS, 0.7);
        Answer composed = answer("The chip would use GDDR7 memory instead of HBM [1]. Nvidia said in a statement that data center revenue rose [2].",
                new Citation(1, "Nvidia readies China chip", "Chip Wire", rumor.passage().url(), rumor.passage().published()),
                new Citation(2, "Nvidia results", "Fab Weekly", results.passage().url(), results.passage().published()));

        Answer noted = notes.apply(composed, List.of(rumor, results));

        assertThat(noted.text()).doesNotContain(SourcingNotes.UNCONFIRMED).contains("reported citing unnamed sources");
        assertThat(noted.citations()).extracting(c -> c.sourcing().kind()).containsExactly(Sourcing.Kind.ANONYMOUS, Sourcing.Kind.OFFICIAL);
    }

    private static Answer answer(String text, Citation... citations) {
        return new Answer("Is Nvidia making a China chip?", text, Answer.Mode.EXTRACTIVE, false, List.of(citations), null, Duration.ZERO);
    }
}
