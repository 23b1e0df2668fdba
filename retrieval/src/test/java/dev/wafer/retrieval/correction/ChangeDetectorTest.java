package dev.wafer.retrieval.correction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.sourcing.AttributionCues;
import org.junit.jupiter.api.Test;

class ChangeDetectorTest {

    private final ChangeDetector detector = new ChangeDetector(new AttributionCues());

    @Test
    void aRaisedFigureOfTheSameEventIsARevision() {
        assertThat(detector.change("TSMC plans capital spending of $38 billion this year.",
                "TSMC raised its capital spending plan for this year to $42 billion.")).contains(ChangeKind.REVISED);
    }

    @Test
    void theSameFigureInAnotherPeriodIsNoRevision() {
        assertThat(detector.change("Nvidia reported data center revenue of $30.8 billion in the second quarter.",
                "Nvidia reported data center revenue of $35.6 billion in the third quarter.")).isEmpty();
    }

    @Test
    void anotherCompanysFigureIsNoRevision() {
        assertThat(detector.change("The CHIPS Act grant to Micron for its Idaho fab is worth $6.1 billion.",
                "The CHIPS Act grant to Intel for its Ohio fab is worth $7.9 billion.")).isEmpty();
    }

    @Test
    void aFollowUpThatAgreesChangesNothing() {
        assertThat(detector.change("Samsung expects to ship 8 million HBM3E stacks to Nvidia this year.",
                "Samsung expects to ship 8 million HBM3E stacks to Nvidia this year, a supplier confirmed.")).isEmpty();
    }

    @Test
    void aScrappedPlanIsAReversalButTheSameVerbAgainIsNot() {
        assertThat(detector.change("Intel plans to build a chip packaging plant in Malaysia.",
                "Intel scrapped its plan to build a chip packaging plant in Malaysia.")).contains(ChangeKind.REVERSED);
        assertThat(detector.change("Nvidia halted production of its H20 chip for China.",
                "Nvidia halted production of its H20 chip for China, two suppliers confirmed on Friday.")).isEmpty();
    }

    @Test
    void aDelayIsAMovedDateButAnotherPlantsDateIsNot() {
        assertThat(detector.change("Intel's Ohio fab is expected to begin operations in 2027.",
                "Intel delayed the start of operations at its Ohio fab to 2030.")).contains(ChangeKind.MOVED);
        assertThat(detector.change("TSMC's Arizona plant will start producing 3 nm chips in 2028.",
                "TSMC's second Arizona plant will start producing 2 nm chips in 2029.")).isEmpty();
    }

    @Test
    void theSubjectsDenialCountsButDecliningToCommentDoesNot() {
        assertThat(detector.change("Huawei is building a 3 nm chip with SMIC, according to a supply chain report.",
                "Huawei denied that it is building a 3 nm chip with SMIC.")).contains(ChangeKind.DENIED);
        assertThat(detector.change("Samsung will cut HBM prices by 10% for Nvidia, people familiar with the matter said.",
                "Samsung declined to comment on reports that it would cut HBM prices for Nvidia.")).isEmpty();
    }
}
