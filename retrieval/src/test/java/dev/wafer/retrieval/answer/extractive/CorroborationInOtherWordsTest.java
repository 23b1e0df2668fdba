package dev.wafer.retrieval.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Citation;
import dev.wafer.retrieval.answer.FixtureSources;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.search.ScoredPassage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Outlets telling one event in their own words are counted as reporting it; outlets telling another event
 * of the same kind, however alike their words, are not. Answered with the bundled embedding model.
 */
class CorroborationInOtherWordsTest {

    private final ExtractiveAnswerComposer composer = new ExtractiveAnswerComposer(id -> Optional.empty(),
            new EmbeddedSentenceMeaning(NewsLibrary.sharedEmbedder()));

    private static ScoredPassage source(String id, String publisher, String date, double similarity, String text) {
        return FixtureSources.content(id, "Brief " + id, publisher, date + "T08:00:00Z", text, similarity);
    }

    @Test
    void threeOutletsTellingOneDealInTheirOwnWordsAreCountedAsThreeReports() {
        Answer answer = composer.compose(Question.of("did amd close the zt systems deal?"), List.of(
                source("a", "Daily Silicon", "2025-03-31", 0.80, "AMD has completed its acquisition of ZT Systems,"
                        + " the New Jersey server builder, the chipmaker said on Monday. The deal adds about 1,000"
                        + " design engineers to its data centre group."),
                source("b", "Harbor Tech News", "2025-03-31", 0.78, "ZT Systems is now part of AMD, ending a process"
                        + " that began last August. Its manufacturing arm is to be sold to another company later."),
                source("c", "Chip Ledger", "2025-04-01", 0.76, "AMD's purchase of ZT Systems, which closed on"
                        + " Monday, gives it the rack-scale engineering it lacked against Nvidia. Analysts expect the"
                        + " first racks next year.")));

        assertThat(answer.text()).containsPattern("(Daily Silicon|Harbor Tech News|Chip Ledger), "
                + "(Daily Silicon|Harbor Tech News|Chip Ledger) and (Daily Silicon|Harbor Tech News|Chip Ledger) reported:");
        assertThat(answer.citations()).extracting(Citation::publisher)
                .containsExactlyInAnyOrder("Daily Silicon", "Harbor Tech News", "Chip Ledger");
    }

    @Test
    void twoCompaniesAddedToOneListInTheSameWordsAreTwoReports() {
        Answer answer = composer.compose(Question.of("which chinese companies were added to the entity list?"), List.of(
                source("a", "Daily Silicon", "2025-01-13", 0.80, "The US added Sophgo to its entity list on Monday,"
                        + " barring American suppliers from selling it chips without a licence. Sophgo designs AI"
                        + " accelerators and server processors in Beijing."),
                source("b", "Harbor Tech News", "2025-01-13", 0.79, "The US added Zhipu AI to its entity list on"
                        + " Monday, a move that cuts the language-model start-up off from American chips. The company"
                        + " said it would keep serving its customers.")));

        assertThat(answer.text()).doesNotContain("Daily Silicon and Harbor Tech News reported")
                .doesNotContain("Harbor Tech News and Daily Silicon reported")
                .contains("Daily Silicon reported: The US added Sophgo")
                .contains("Harbor Tech News reported: The US added Zhipu AI");
    }

    @Test
    void aDealAgreedAndTheSameDealCompletedAreNotOneReport() {
        Answer answer = composer.compose(Question.of("qualcomm alphawave deal"), List.of(
                source("a", "Daily Silicon", "2025-06-09", 0.80, "Qualcomm has agreed to buy Alphawave, the British"
                        + " connectivity chip designer, the companies said on Monday."),
                source("b", "Chip Ledger", "2025-12-18", 0.79, "Qualcomm has completed its purchase of Alphawave,"
                        + " the British connectivity chip designer, the companies said on Thursday.")));

        assertThat(answer.text()).doesNotContain("Daily Silicon and Chip Ledger reported")
                .doesNotContain("Chip Ledger and Daily Silicon reported");
    }
}
