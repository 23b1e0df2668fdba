package dev.wafer.retrieval.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.figure.Figure;
import dev.wafer.retrieval.figure.Figures;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionReadingTest {

    private static final List<String> HELD = List.of("Reuters", "BBC News - Technology", "Kernel Post", "Bitline News");

    @Test
    void whatAQuestionNamesIsReadUnderOneNameEach() {
        assertThat(QuestionReading.of("NVDA H20 exports to China?").named()).containsExactlyInAnyOrder("nvidia", "h20", "china");
        assertThat(QuestionReading.of("are nvidia's h20 exports allowed").named()).containsExactlyInAnyOrder("nvidia", "h20");
        assertThat(QuestionReading.of("When will Samsung's HBM4 reach Nvidia?").named())
                .containsExactlyInAnyOrder("samsung", "hbm4", "nvidia");
        assertThat(QuestionReading.of("Who is the new CEO of Intel?").named()).containsExactly("intel");
        assertThat(QuestionReading.of("what is the latest on layoffs?").named()).isEmpty();
    }

    @Test
    void outletsAreRecognisedByHowTheQuestionUsesThemInAnyCase() {
        assertThat(QuestionReading.of("what has Kilobyte Courier reported about d-Matrix?", HELD).outlets())
                .containsExactly("Kilobyte Courier");
        assertThat(QuestionReading.of("anything from circuit breaker on coreweave?", HELD).outlets())
                .containsExactly("circuit breaker");
        assertThat(QuestionReading.of("did bitline news cover the supermicro auditor thing?", HELD).outlets())
                .containsExactly("bitline news");
        assertThat(QuestionReading.of("what did kernel post say etched raised?", HELD).outlets())
                .containsExactly("kernel post");
        assertThat(QuestionReading.of("What did Bloomberg and the South China Morning Post report about Huawei?", HELD)
                .outlets()).containsExactly("Bloomberg", "South China Morning Post");
    }

    @Test
    void companiesAndOrdinaryWordsAreNoOutlets() {
        assertThat(QuestionReading.of("According to Nvidia and TSMC, when will Rubin ship?", HELD).outlets()).isEmpty();
        assertThat(QuestionReading.of("what did intel say about 18A?", HELD).outlets()).isEmpty();
        assertThat(QuestionReading.of("dholera fab capacity wafers per month", HELD).outlets()).isEmpty();
    }

    @Test
    void missingOutletsAreThoseTheCorpusLacks() {
        assertThat(OutletNames.missing(QuestionReading.of("What did the BBC and Reuters say about H20 licences?", HELD)
                .outlets(), HELD)).isEmpty();
        assertThat(OutletNames.missing(QuestionReading.of("What did Bloomberg and Reuters say about H20 licences?", HELD)
                .outlets(), HELD)).containsExactly("Bloomberg");
    }

    @Test
    void keywordQuestionsAskForTheFigureTheirNounNames() {
        QuestionReading price = QuestionReading.of("gaudi 3 price");
        assertThat(price.asks()).isEqualTo(QuestionReading.Asks.AMOUNT);
        assertThat(price.figure().acceptsAny(Figures.in("Intel prices a kit at $125,000."))).isTrue();
        assertThat(price.figure().acceptsAny(Figures.in("A kit holds eight chips."))).isFalse();

        QuestionReading bandwidth = QuestionReading.of("tomahawk 5 bandwidth?");
        assertThat(bandwidth.asks()).isEqualTo(QuestionReading.Asks.AMOUNT);
        assertThat(bandwidth.figure().acceptsAny(Figures.in("The switch moves 51.2 Tb/s."))).isTrue();
        assertThat(bandwidth.figure().acceptsAny(Figures.in("Broadcom raised $5bn."))).isFalse();

        assertThat(QuestionReading.of("how many TOPS is the M4's neural engine?").figure().units()).containsExactly("OPS");
        assertThat(QuestionReading.of("how many engineers does AMD get?").figure().accepts(
                Figures.in("roughly 1,000 engineers").getFirst())).isTrue();
        assertThat(QuestionReading.of("how much did etched raise?").figure().kinds()).containsExactly(Figure.Kind.MONEY);
    }

    @Test
    void shapesAreRead() {
        QuestionReading versus = QuestionReading.of("H200 vs H100 memory capacity");
        assertThat(versus.comparison()).hasValueSatisfying(c -> {
            assertThat(c.left()).isEqualTo("H200");
            assertThat(c.right()).isEqualTo("H100 memory capacity");
        });
        assertThat(QuestionReading.of("snapdragon x elite npu vs apple m4 neural engine, which has more TOPS?")
                .comparison()).isPresent();
        QuestionReading more = QuestionReading.of("which has more HBM, the H200 or the MI325X?");
        assertThat(more.asks()).isEqualTo(QuestionReading.Asks.AMOUNT);
        assertThat(more.figure().units()).containsExactly("B");
        assertThat(QuestionReading.of("which is ahead, Intel or AMD?").asks()).isEqualTo(QuestionReading.Asks.NAME);
        assertThat(QuestionReading.of("did intel hit its gaudi revenue target?").yesNo()).isTrue();
        assertThat(QuestionReading.of("who's running intel now?").latest()).isTrue();
        assertThat(QuestionReading.of("who's running intel now?").asks()).isEqualTo(QuestionReading.Asks.NAME);
        assertThat(QuestionReading.of("When did Nvidia announce the H200?").asks()).isEqualTo(QuestionReading.Asks.DATE);
        assertThat(QuestionReading.of("When did Nvidia announce the H200?").models()).containsExactly("h200");
    }

    @Test
    void theLexiconGivesOtherNamesForSearch() {
        assertThat(QuestionReading.of("who's SMCI's new auditor?").searchText())
                .contains("Super Micro Computer").contains("Supermicro");
        assertThat(QuestionReading.of("how much was chipzilla getting from germany").otherNames()).contains("Intel");
        assertThat(ChipLexicon.bundled().same("N3E", "3nm")).isTrue();
        assertThat(ChipLexicon.bundled().same("N+2", "7nm")).isTrue();
        assertThat(ChipLexicon.bundled().same("N3E", "5nm")).isFalse();
    }
}
