package dev.wafer.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.search.ScoredPassage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Short chat-typed questions judged by their words, on three short articles written for these tests. */
class KeywordCoverageTest {

    private static final ScoredPassage SWITCH = FixtureSources.content("k1", "Arista ships its Quasar 7 switch",
            "Fab Weekly", "2025-05-02T08:00:00Z", "Arista said on Friday that it has begun shipping the Quasar 7. "
                    + "The Quasar 7 Ethernet switch chip moves 102.4 terabits per second between racks. "
                    + "Cloud builders use high-bandwidth links to join thousands of accelerators.", 0.55);
    private static final ScoredPassage NODE = FixtureSources.content("k2", "Rapidus starts its 2nm pilot line",
            "Silicon Ledger", "2025-04-01T08:00:00Z", "Rapidus began test production in Hokkaido. "
                    + "The company's roadmap rests on N2, a process it likens to TSMC's 2 nanometre class.", 0.53);
    private static final ScoredPassage TEARDOWN = FixtureSources.content("k3", "Teardown: the Zephyr X phone's chip",
            "Harbor Tech News", "2025-03-10T08:00:00Z", "A teardown found that the Zephyr X runs on a processor "
                    + "built on SMIC's N+2 process, the same 7-nanometre-class technology as last year's model. "
                    + "Casino operators in Macau replaced their gaming chips after a counterfeit scare.", 0.78);

    private final CoverageGate gate = CoverageGate.defaults();

    @Test
    void aKeywordQuestionWithATypoIsCoveredByTheSentenceCarryingTheFigureItNames() {
        assertThat(gate.covers(Question.of("quasar 7 bandwith?"), List.of(SWITCH)))
                .as("'bandwith' is the sources' 'bandwidth', and 102.4 terabits per second is one").isTrue();
        assertThat(gate.covers(Question.of("quasar 9 bandwith?"), List.of(SWITCH))).as("another model").isFalse();
    }

    @Test
    void aNodeNameAndItsSizeAreOneThing() {
        assertThat(gate.covers(Question.of("N2 is how many nm?"), List.of(NODE))).isTrue();
        assertThat(KeywordCoverage.holds("The roadmap rests on 18A.", "1.8nm")).isTrue();
    }

    @Test
    void aYesNoQuestionAboutANodeIsSettledByTheNodeTheProductUses() {
        assertThat(gate.covers(Question.of("did the zephyr x get to 5nm?"), List.of(TEARDOWN))).isTrue();
        assertThat(gate.covers(Question.of("what did the zephyr x cost at 5nm?"), List.of(TEARDOWN)))
                .as("only a yes/no question is settled by another node").isFalse();
    }

    @Test
    void aPurchaseQuestionIsDeclinedWithoutNamingAReportOnSomethingElse() {
        assertThat(KeywordCoverage.neverHeld("a good poker chip set?", List.of(TEARDOWN))).containsExactlyInAnyOrder("poker", "set");
        Answer declined = Abstention.purchaseAdvice(Question.of("can you recommend a good poker chip set?"),
                java.util.Optional.empty(), List.of(TEARDOWN), Answer.Mode.EXTRACTIVE);
        assertThat(declined.abstained()).isTrue();
        assertThat(declined.text()).contains("recommends nothing to buy").doesNotContain("Teardown");
    }

    @Test
    void aShortWordOneLetterOffAnotherIsNoTypo() {
        assertThat(KeywordCoverage.distinctive("poker chips", List.of("Chips need power."))).contains("poker");
        assertThat(KeywordCoverage.distinctive("bandwith", List.of("high-bandwidth links"))).containsExactly("bandwidth");
    }

    @Test
    void aQuestionAskingWhatToBuyIsAskingForAdvice() {
        assertThat(PurchaseAdvice.asked("can you recommend a good poker chip set?")).isTrue();
        assertThat(PurchaseAdvice.asked("which GPU should I buy for local models?")).isTrue();
        assertThat(PurchaseAdvice.asked("which analysts recommended buying Nvidia shares?")).isFalse();
    }
}
