package dev.wafer.retrieval.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.sourcing.Sourcing.Kind;
import org.junit.jupiter.api.Test;

class AttributionCuesTest {

    private final SourcingClassifier classifier = new AttributionCues();

    @Test
    void aReportTakenFromAnotherOutletNamesIt() {
        Sourcing read = classifier.classify(
                "Meta is in talks to rent TPUs from Google, The Information reported, citing a person involved in the talks.", "");
        assertThat(read.kind()).isEqualTo(Kind.ANONYMOUS);
        assertThat(read.via()).isEqualTo("The Information");
    }

    @Test
    void aDenialInTheParagraphIsNotedOnTheRumor() {
        String rumor = "Samsung failed Nvidia's latest HBM qualification test, people familiar with the matter said.";
        Sourcing read = classifier.classify(rumor, rumor + " Samsung denied the report, saying tests were going well.");
        assertThat(read.kind()).isEqualTo(Kind.ANONYMOUS);
        assertThat(read.note()).isEqualTo("Samsung denied it");
    }

    @Test
    void decliningToCommentIsANoteNotADenial() {
        String rumor = "Apple is building its own AI server chip, according to people familiar with the project.";
        Sourcing read = classifier.classify(rumor, rumor + " Apple declined to comment.");
        assertThat(read.kind()).isEqualTo(Kind.ANONYMOUS);
        assertThat(read.note()).isEqualTo("Apple declined to comment");

        Sourcing silent = classifier.classify("Representatives for Meta did not respond to requests for comment.", "");
        assertThat(silent.kind()).isEqualTo(Kind.REPORTED);
        assertThat(silent.note()).isEqualTo("Meta did not respond to a request for comment");
    }

    @Test
    void aRegulatorRefusingALicenceIsOfficialNotADenial() {
        assertThat(classifier.classify("The Commerce Department denied Huawei's application for a licence.", "").kind())
                .isEqualTo(Kind.OFFICIAL);
    }
}
