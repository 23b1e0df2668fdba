package dev.wafer.retrieval.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameClaimTest {

    @Test
    void twoOutletsWordingOneClaimDifferentlyAreOneClaim() {
        assertThat(SameClaim.test(
                "The US Commerce Department told Nvidia that exports of its H20 chips to China now require a licence.",
                "The US Commerce Department has told Nvidia that exports of its H20 chips to China require a licence, the company said."))
                .isTrue();
    }

    @Test
    void oneFigureWrittenTwoWaysAgreesAndTwoFiguresInOneSentenceAreTwoClaims() {
        assertThat(SameClaim.test("Nvidia expects a $4.5 billion charge on H20 inventory this quarter.",
                "Nvidia expects a US$4,500 million charge on H20 inventory this quarter.")).isTrue();
        assertThat(SameClaim.test("Nvidia expects a $4.5 billion charge on H20 inventory this quarter.",
                "Nvidia expects a $5.5 billion charge on H20 inventory this quarter.")).as("the figures differ").isFalse();
    }

    @Test
    void bareNumbersMustShareOneButTheDigitsOfAChipsNameAreNoFigure() {
        assertThat(SameClaim.test("TSMC will hire 1,000 engineers for its Arizona fabs next year.",
                "TSMC will hire 2,000 engineers for its Arizona fabs next year.")).isFalse();
        assertThat(SameClaim.test("Nvidia halts production work on the H20 for China customers.",
                "Nvidia halts production work on the B200 for China customers.")).as("names, not figures: the words decide")
                .isTrue();
    }

    @Test
    void differentNewsAboutTheSameCompanyIsNotTheSameClaim() {
        assertThat(SameClaim.test("SK hynix shipped the first HBM4 samples to customers for AI accelerators.",
                "SK hynix reported record quarterly profit as memory prices climbed.")).isFalse();
        assertThat(SameClaim.test("AI, HBM.", "AI, HBM.")).as("no word longer than three letters to compare").isFalse();
    }

    @Test
    void aSharedFigureIsATypedFigureOrALongNumberThatIsNoYear() {
        assertThat(SameClaim.shareAFigure("It raised $4.9bn from investors.", "The round brought in US$4,900 million."))
                .isTrue();
        assertThat(SameClaim.shareAFigure("ZT Systems has roughly 1,000 engineers.", "About 1,000 of ZT's engineers will join AMD."))
                .isTrue();
        assertThat(SameClaim.shareAFigure("The fab opens in 2027.", "Volume production starts in 2027.")).as("a year").isFalse();
        assertThat(SameClaim.shareAFigure("It has 12 lines.", "It added 12 tools.")).as("a short bare number").isFalse();
    }

    @Test
    void theFiguresOfASentenceLoseTheirThousandsSeparators() {
        assertThat(SameClaim.figures("About 1,000 engineers and 3.5 GW, but not the H20."))
                .containsExactlyInAnyOrder("1000", "3.5");
    }
}
