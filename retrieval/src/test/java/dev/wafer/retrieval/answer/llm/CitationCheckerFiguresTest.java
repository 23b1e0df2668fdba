package dev.wafer.retrieval.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.FixtureSources;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure in a model's draft must be a figure its cited source states — the same kind, the same unit or
 * currency, the same value allowing for rounding — however either writes it.
 */
class CitationCheckerFiguresTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-09-10");
    private static final CitationChecker CHECKER = new CitationChecker(NewsLibrary.sharedEmbedder().get());

    private static CitationChecker.Result check(String draft, String sourceText) {
        NumberedSources sources = NumberedSources.of(List.of(FixtureSources.content("f1",
                "Chip start-up closes a new funding round", "Fab Weekly", "2025-09-01T08:00:00Z", sourceText, 0.8)));
        return CHECKER.check(draft, sources, TODAY);
    }

    private static void assertKept(CitationChecker.Result result) {
        assertThat(result.removed()).isEmpty();
        assertThat(result.usable()).isTrue();
        assertThat(result.text()).endsWith("[1].");
    }

    private static void assertDroppedFor(CitationChecker.Result result, String figure) {
        assertThat(result.usable()).isFalse();
        assertThat(result.text()).isEmpty();
        assertThat(result.removed()).singleElement().satisfies(removal ->
                assertThat(removal.reason()).startsWith("states " + figure + ", which [1] does not"));
    }

    @Test
    void dollarsWrittenAsMillionsAreTheSameBillions() {
        assertKept(check("Axon Silicon raised $5.5 billion in a round led by sovereign funds [1].",
                "Axon Silicon raised US$5,500 million in a round led by sovereign funds, the company said."));
    }

    @Test
    void dollarsSpeltOutAreTheSameAsTheSign() {
        assertKept(check("Axon Silicon raised $5.5 billion in a round led by sovereign funds [1].",
                "Axon Silicon raised 5.5 billion US dollars in a round led by sovereign funds, the company said."));
    }

    @Test
    void aFigureRoundedToTheDigitsTheDraftWritesIsKept() {
        assertKept(check("Axon Silicon raised $5.5 billion in a round led by sovereign funds [1].",
                "Axon Silicon raised $5.47 billion in a round led by sovereign funds, the company said."));
    }

    @Test
    void anotherCurrencyIsAnotherFigure() {
        assertDroppedFor(check("Axon Silicon raised $4.9bn in a round led by state funds [1].",
                "Axon Silicon raised 4.9 billion yuan in a round led by state funds, the company said."), "$4.9bn");
    }

    @Test
    void millionsAreNotBillions() {
        assertDroppedFor(check("Axon Silicon raised $5.5 billion in a round led by sovereign funds [1].",
                "Axon Silicon raised $5.5 million in a round led by sovereign funds, the company said."), "$5.5 billion");
    }

    @Test
    void aShareIsNotAnAmountOfMoney() {
        assertDroppedFor(check("Axon Silicon's revenue grew 5.5% last quarter, the company said [1].",
                "Axon Silicon's revenue grew to 5.5 billion dollars last quarter, the company said."), "5.5%");
    }

    @Test
    void roundingAwayASignificantDigitIsNotRounding() {
        assertDroppedFor(check("Axon Silicon raised $5 billion in a round led by sovereign funds [1].",
                "Axon Silicon raised $5.4 billion in a round led by sovereign funds, the company said."), "$5 billion");
    }

    @Test
    void measuresCompareInTheirUnit() {
        assertKept(check("The memory stack moves 2 TB/s of data per package [1].",
                "The memory stack moves 2,000 GB/s of data per package, the supplier said."));
        assertDroppedFor(check("The memory stack moves 2 Tb/s of data per package [1].",
                "The memory stack moves 2 TB/s of data per package, the supplier said."), "2 Tb/s");
    }

    @Test
    void plainNumbersAndDatesAreCheckedAsBefore() {
        assertKept(check("Axon Silicon plans to open its second fab in 2027 [1].",
                "Axon Silicon plans to open its second fab in 2027, the company said."));
        CitationChecker.Result result = check("Axon Silicon plans to open its second fab in 2028 [1].",
                "Axon Silicon plans to open its second fab in 2027, the company said.");
        assertThat(result.removed()).singleElement().satisfies(removal ->
                assertThat(removal.reason()).startsWith("states 2028, which [1] does not"));
    }
}
