package dev.wafer.retrieval.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.sourcing.IndependentReports.Origin;
import dev.wafer.retrieval.sourcing.IndependentReports.Report;
import dev.wafer.retrieval.sourcing.Sourcing.Kind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndependentReportsTest {

    private static final String WIRE = "Micron will build a second memory fab in Idaho and expand its packaging line in Singapore, "
            + "the company said on Thursday, as demand for high-bandwidth memory used in AI accelerators outstrips supply. "
            + "The Boise plant is due to start producing DRAM wafers in 2027 and the investment will total about $15 billion "
            + "over the decade, Micron said in a statement released after the market closed.";
    private static final String OWN = "Micron's decision to add a second Idaho fab reflects a memory market in which HBM now sells "
            + "out a year ahead; local officials said the project would bring about 2,000 jobs to the Boise area and that "
            + "construction crews were already preparing the site north of the existing campus this autumn.";
    private static final Sourcing OFFICIAL = Sourcing.of(Kind.OFFICIAL);

    @Test
    void wireCopiesCountOnceUnderTheOutletThatRanItFirst() {
        List<Origin> origins = IndependentReports.of(List.of(
                report("Daily Silicon", "2025-10-02T12:00:00Z", "Boise tech news. " + WIRE + " Read more on our site.", OFFICIAL),
                report("Reuters", "2025-10-02T09:00:00Z", WIRE, OFFICIAL),
                report("Chip Ledger", "2025-10-02T14:00:00Z", WIRE + " Copyright Reuters.", OFFICIAL),
                report("Idaho Business Wire", "2025-10-03T08:00:00Z", OWN, OFFICIAL)));

        assertThat(origins).extracting(Origin::describe)
                .containsExactly("Reuters, carried by 2 others", "Idaho Business Wire");
        assertThat(IndependentReports.describe(origins))
                .isEqualTo("2 independent reports: Reuters, carried by 2 others; Idaho Business Wire");
    }

    @Test
    void outletsRepeatingOneAnonymousSourceReportCountAsThatReport() {
        Sourcing fromTheInformation = new Sourcing(Kind.ANONYMOUS, "The Information", null);
        List<Origin> origins = IndependentReports.of(List.of(
                report("Fab Weekly", "2025-11-25T10:00:00Z", "Meta is in talks to rent TPUs, The Information reported, citing people familiar.", fromTheInformation),
                report("Chip Wire", "2025-11-25T11:00:00Z", "Meta may use Google TPUs in 2027, according to a report by The Information citing a person involved.", fromTheInformation),
                report("Harbor Tech News", "2025-11-26T08:00:00Z", "Meta confirmed it is testing TPUs, a spokesperson said.", OFFICIAL)));

        assertThat(origins).extracting(Origin::describe)
                .containsExactly("The Information, cited by 2 outlets", "Harbor Tech News");
    }

    @Test
    void theCitedOutletsOwnArticleJoinsTheReportsThatRepeatIt() {
        Sourcing fromTheInformation = new Sourcing(Kind.ANONYMOUS, "The Information", null);
        List<Origin> origins = IndependentReports.of(List.of(
                report("The Information", "2025-11-24T18:00:00Z", "Meta is in talks with Google to rent TPUs, people familiar said.", Sourcing.of(Kind.ANONYMOUS)),
                report("Fab Weekly", "2025-11-25T10:00:00Z", "Meta is in talks to rent TPUs, The Information reported.", fromTheInformation)));

        assertThat(origins).extracting(Origin::describe).containsExactly("The Information, carried by another outlet");
    }

    @Test
    void copiesTheCorpusFoldedOnArrivalAreCountedAsCarriers() {
        Report lead = new Report("Reuters", Instant.parse("2025-10-02T09:00:00Z"), WIRE, OFFICIAL, List.of("EE Times", "HPC Daily"));
        assertThat(IndependentReports.of(List.of(lead))).extracting(Origin::describe)
                .containsExactly("Reuters, carried by 2 others");
        assertThat(IndependentReports.describe(IndependentReports.of(List.of(lead)))).startsWith("1 report: ");
    }

    @Test
    void theReportAClaimIsToldFromComesFirstWithItsOwnDay() {
        Report lead = report("Idaho Business Wire", "2025-10-03T08:00:00Z", OWN, OFFICIAL);
        List<Origin> origins = IndependentReports.led(lead, List.of(
                report("Reuters", "2025-10-02T09:00:00Z", WIRE, OFFICIAL),
                report("Chip Ledger", "2025-10-02T14:00:00Z", WIRE + " Copyright Reuters.", OFFICIAL)));

        assertThat(origins).extracting(Origin::describe).containsExactly("Idaho Business Wire", "Reuters, carried by another outlet");
        assertThat(origins.getFirst().published()).isEqualTo(Instant.parse("2025-10-03T08:00:00Z"));
    }

    @Test
    void aCopyLeadsUnderItsOriginAndTheDayTheOriginRanIt() {
        Report copy = report("Chip Ledger", "2025-10-02T14:00:00Z", WIRE + " Copyright Reuters.", OFFICIAL);
        List<Origin> origins = IndependentReports.led(copy, List.of(
                report("Idaho Business Wire", "2025-10-01T08:00:00Z", OWN, OFFICIAL),
                report("Reuters", "2025-10-02T09:00:00Z", WIRE, OFFICIAL)));

        assertThat(origins).extracting(Origin::named).containsExactly("Reuters (carried by another outlet)", "Idaho Business Wire");
        assertThat(origins.getFirst().published()).isEqualTo(Instant.parse("2025-10-02T09:00:00Z"));
    }

    @Test
    void oneOutletRepeatingAnotherIsAnotherOutletNotOne() {
        Sourcing fromCctv = new Sourcing(Kind.OFFICIAL, "CCTV", null);
        List<Origin> origins = IndependentReports.of(List.of(
                report("Fab Weekly", "2025-11-25T10:00:00Z", "Huawei will ship the Ascend 910C next quarter, CCTV reported.", fromCctv)));

        assertThat(origins).extracting(Origin::describe).containsExactly("CCTV, cited by another outlet");
        assertThat(origins).extracting(Origin::named).containsExactly("CCTV (cited by another outlet)");
    }

    private static Report report(String outlet, String published, String text, Sourcing sourcing) {
        return new Report(outlet, Instant.parse(published), text, sourcing, List.of());
    }
}
