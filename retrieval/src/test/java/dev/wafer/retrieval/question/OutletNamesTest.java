package dev.wafer.retrieval.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutletNamesTest {

    private static final List<String> HELD = List.of("Reuters", "The Independent - Life and Style", "Kernel Post",
            "BBC News - Entertainment & Arts", "The Verge");

    private static List<String> missing(String question) {
        return OutletNames.missing(OutletNames.in(question, HELD), HELD);
    }

    @Test
    void wordsPointingAtOneOfSeveralArticlesAreNoOutlet() {
        assertThat(missing("Did the other Reuters article say the H20 licence was granted?")).isEmpty();
        assertThat(missing("Does the second Kernel Post report agree with the first on Etched's round?")).isEmpty();
        assertThat(missing("Was the subsequent article more upbeat about Intel's foundry?")).isEmpty();
        assertThat(missing("Did both Reuters and The Verge articles name the same buyer?")).isEmpty();
        assertThat(missing("Did the same news source article mention TSMC?")).isEmpty();
    }

    @Test
    void aHeldOutletAmongTheQuestionsOwnWordsIsThatOutlet() {
        assertThat(OutletNames.in("Does the Verge article on the AMD deal take a different approach than the Reuters"
                + " article?", HELD)).contains("Reuters");
        assertThat(missing("Is the HBM outlook in The Independent - Life and Style article the same as the Kernel Post"
                + " article's?")).isEmpty();
        assertThat(missing("Does the BBC News - Entertainment & Arts article mention Nvidia?")).isEmpty();
    }

    @Test
    void outletsTheCorpusLacksAreStillNamedAmongOtherWords() {
        assertThat(missing("Based on information from a Bloomberg report and the Reuters article, who leads SMIC?"))
                .containsExactly("Bloomberg");
        assertThat(missing("what did kilobyte courier report about d-matrix?")).containsExactly("kilobyte courier");
        assertThat(missing("Considering an article by The Verge and another by Forbes about Groq, who leads it?"))
                .containsExactly("Forbes");
        assertThat(missing("Did a review in Rolling Stone discussing the tour name the drummer?"))
                .containsExactly("Rolling Stone");
        assertThat(missing("Was Sam Altman described in a report by The Verge as the richest in the world?")).isEmpty();
    }

    @Test
    void peopleAndFirmsQuotedWithAccordingToAreNoOutlets() {
        assertThat(missing("According to Jensen Huang, when will Rubin ship?")).isEmpty();
        assertThat(missing("according to trendforce, how much did HBM prices rise?")).isEmpty();
        assertThat(missing("According to the Daily Post, when will Rubin ship?")).containsExactly("Daily Post");
    }

    @Test
    void aDayIsNoOutlet() {
        assertThat(missing("Did the Reuters article and the article from October 28, 2023, agree on the H20?")).isEmpty();
    }

    @Test
    void twoSidesOfACaseAreNoOutlet() {
        assertThat(missing("Did the Arm v. Qualcomm case article say who won?")).isEmpty();
    }

    @Test
    void aTopicBeforeReportIsNoOutletUnlessTypedAsAName() {
        assertThat(missing("did the jobs report move chip stocks?")).isEmpty();
        assertThat(missing("Did the Google antitrust case article say what Google paid Apple?")).isEmpty();
        assertThat(missing("Did the Nikkei Asia article say when Rapidus starts 2nm?")).containsExactly("Nikkei Asia");
        assertThat(missing("did the kilobyte courier article mention d-matrix?")).containsExactly("kilobyte courier");
    }
}
