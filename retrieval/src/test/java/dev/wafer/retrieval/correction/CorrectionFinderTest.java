package dev.wafer.retrieval.correction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.corpus.Article;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Citation;
import dev.wafer.retrieval.figure.Figure;
import dev.wafer.retrieval.sourcing.AttributionCues;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectionFinderTest {

    private static final Instant CITED = Instant.parse("2025-10-01T08:00:00Z");
    private static final String CITED_URL = "https://chips.example/tsmc-capex";

    private final CorrectionFinder finder = new CorrectionFinder(new ChangeDetector(new AttributionCues()));

    private final Answer answer = new Answer("What is TSMC spending this year?",
            "As of 2025-10-01, Chip Wire reported: TSMC plans capital spending of $38 billion this year [1]. Demand for packaging is strong [2].",
            Answer.Mode.EXTRACTIVE, false,
            List.of(new Citation(1, "TSMC sets capex", "Chip Wire", CITED_URL, CITED),
                    new Citation(2, "Packaging demand", "Fab Daily", "https://fab.example/packaging", null)),
            null, Duration.ZERO);

    @Test
    void anAnswersClaimsAreItsCitedSentencesWithoutWhoReportedThemAndWithTheirFigures() {
        List<CitedClaim> claims = CitedClaim.of(answer);

        // The undated source cannot be overtaken by newer news, so only the dated claim is kept.
        assertThat(claims).singleElement().satisfies(claim -> {
            assertThat(claim.sentence()).isEqualTo("TSMC plans capital spending of $38 billion this year.");
            assertThat(claim.outlet()).isEqualTo("Chip Wire");
            assertThat(claim.figures()).extracting(Figure::amount).containsExactly(38e9);
        });
    }

    @Test
    void aNewerArticleThatRaisesTheFigureIsFound() {
        Article revised = article("https://chips.example/tsmc-raises", "TSMC lifts spending plan",
                "Demand is strong. TSMC raised its capital spending plan for this year to $42 billion.",
                CITED.plus(Duration.ofDays(20)));

        assertThat(finder.find(CitedClaim.of(answer), List.of(revised))).hasValueSatisfying(correction -> {
            assertThat(correction.kind()).isEqualTo(ChangeKind.REVISED);
            assertThat(correction.sentence()).contains("$42 billion");
            assertThat(correction.url()).isEqualTo("https://chips.example/tsmc-raises");
        });
    }

    @Test
    void anOlderArticleOrTheCitedOneItselfChangesNothing() {
        Article older = article("https://chips.example/old", "TSMC capex", "TSMC raised its capital spending plan for "
                + "this year to $42 billion.", CITED.minus(Duration.ofDays(3)));
        Article same = article(CITED_URL, "TSMC capex", "TSMC raised its capital spending plan for this year to $42 billion.",
                CITED.plus(Duration.ofDays(1)));

        assertThat(finder.find(CitedClaim.of(answer), List.of(older, same))).isEmpty();
    }

    private static Article article(String url, String title, String body, Instant published) {
        return Article.of(url, title, "Chip Wire", null, published, body, published);
    }
}
