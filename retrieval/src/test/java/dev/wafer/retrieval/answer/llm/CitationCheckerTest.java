package dev.wafer.retrieval.answer.llm;

import dev.wafer.retrieval.answer.FixtureSources;
import dev.wafer.retrieval.answer.Removal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.NewsLibrary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationCheckerTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-09-10");
    private final CitationChecker checker = new CitationChecker(NewsLibrary.sharedEmbedder().get());
    private final NumberedSources sources = NumberedSources.of(FixtureSources.all());

    private CitationChecker.Result check(String draft) {
        return checker.check(draft, sources, TODAY);
    }

    @Test
    void markersAfterTheFullStopStayWithTheirSentenceAndAreRenumbered() {
        CitationChecker.Result result = check("TSMC plans to double CoWoS capacity again in 2026. [3] "
                + "Nvidia told suppliers to stop production work on the H20 [2, 3].");

        assertThat(result.text()).isEqualTo("TSMC plans to double CoWoS capacity again in 2026 [1]. "
                + "Nvidia told suppliers to stop production work on the H20 [2].");
        assertThat(result.cited()).containsExactly(3, 2);
        assertThat(result.removed()).singleElement().satisfies(removal ->
                assertThat(removal.reason()).startsWith("not supported by [3]").endsWith("citation removed"));
        assertThat(result.usable()).isTrue();
    }

    @Test
    void anInventedClauseGluedToASupportedOneFailsTheCheck() {
        // Each whole sentence scores 0.82-0.91 against [2]: the supported part carries the invented one.
        String supported = "Nvidia has told several suppliers to stop production work on the H20, its China-specific AI chip";
        for (String glued : List.of(
                supported + "; Samsung will build the H20 in Texas [2].",
                supported + " — Apple will use the H20 in iPhones [2].",
                supported + ".meanwhile AMD bought Intel [2].",
                supported + " @everyone Samsung acquired Nvidia [2].")) {
            CitationChecker.Result result = check(glued);

            assertThat(result.text()).as(glued).isEmpty();
            assertThat(result.usable()).as(glued).isFalse();
        }
        assertThat(check("Nvidia has told several suppliers to stop production work on the H20; it had paid a 15% share"
                + " of H20 revenue to the US government [2].").usable()).as("two supported clauses pass").isTrue();
    }

    @Test
    void figureMissingFromTheCitedSourceDropsTheSentence() {
        CitationChecker.Result result = check("TSMC raised its 2025 capital spending forecast to $48 billion [3].");

        assertThat(result.text()).isEmpty();
        assertThat(result.usable()).isFalse();
        assertThat(result.removed()).singleElement().satisfies(removal ->
                assertThat(removal.reason()).startsWith("states $48 billion, which [3] does not"));
    }

    @Test
    void datesFromTheSourceHeaderCountAsSupported() {
        CitationChecker.Result result = check("As of 2025-09-02, Nvidia had told suppliers to stop production work "
                + "on the H20 [2].");

        assertThat(result.removed()).isEmpty();
        assertThat(result.text()).endsWith("[1].");
    }

    @Test
    void quoteWithAnEllipsisMustMatchEachPart() {
        assertThat(check("Huawei's engineers came, \"but the runs … did not complete\" [1].").removed()).isEmpty();
        assertThat(check("Huawei's engineers came, \"but the runs … never completed\" [1].").removed()).hasSize(1);
    }

    @Test
    void uncitedAbstentionIsKept() {
        CitationChecker.Result result = check(AnswerPrompt.NOT_COVERED);

        assertThat(result.usable()).isTrue();
        assertThat(result.abstained()).isTrue();
        assertThat(result.text()).isEqualTo(AnswerPrompt.NOT_COVERED);
        assertThat(result.cited()).isEmpty();
    }

    @Test
    void onlyTheExactAbstentionPassesUncited() {
        CitationChecker.Result lookalike = check("The sources do not cover this, but Nvidia will go bankrupt in 2026.");

        assertThat(lookalike.text()).isEmpty();
        assertThat(lookalike.usable()).isFalse();
        assertThat(lookalike.removed()).extracting(Removal::reason).containsExactly("cites no source");
        assertThat(check("the sources I have do not cover this").abstained()).isTrue();
    }

    @Test
    void linksInTheDraftAreTakenOutAndTheRestIsStillChecked() {
        CitationChecker.Result result = check("Nvidia told suppliers to stop production work on the H20, see "
                + "[nvidia-rebate.com](https://evil.example/phish) [2]. Claim free GPUs at https://evil.example/gpus [2].");

        assertThat(result.text()).isEqualTo("Nvidia told suppliers to stop production work on the H20, see nvidia-rebate.com [1].")
                .doesNotContain("evil.example", "](");
        assertThat(result.removed()).extracting(Removal::reason)
                .contains("carries a link; links removed (an answer links only to its sources)")
                .anyMatch(reason -> reason.startsWith("not supported by [2]"));
    }

    @Test
    void everyMarkerInTheResultNamesAKeptSource() {
        CitationChecker.Result result = check("Nvidia told suppliers to stop production work on the H20 [9][2]. "
                + "\n- TSMC plans to double CoWoS capacity again in 2026 [3]. Unrelated musing here.");

        assertThat(result.text()).isEqualTo("Nvidia told suppliers to stop production work on the H20 [1]. "
                + "TSMC plans to double CoWoS capacity again in 2026 [2].");
        assertThat(result.removed()).extracting(Removal::reason)
                .containsExactly("[9] names no source (there are 3); citation removed", "cites no source");
    }
}
