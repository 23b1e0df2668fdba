package dev.wafer.retrieval.index;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The query model refuses what no backend could run, at the edge where it is built. */
class QueryModelTest {

    @Test
    void aClauseNeedsATermAndAPositiveFiniteBoost() {
        assertThatThrownBy(() -> new TermClause(SearchField.TEXT, "", 1f)).hasMessageContaining("term");
        assertThatThrownBy(() -> new TermClause(SearchField.TITLE, "nvidia", 0f)).hasMessageContaining("boost");
        assertThatThrownBy(() -> new TermClause(SearchField.TITLE, "nvidia", Float.NaN)).hasMessageContaining("boost");
    }

    @Test
    void aListNeedsClausesAndAPositiveCountAndACombinedFilterNeedsFilters() {
        assertThatThrownBy(() -> new CandidateQuery.Lexical(List.of(), null, 10)).hasMessageContaining("clause");
        assertThatThrownBy(() -> new CandidateQuery.Nearest(new float[] {1f}, null, 0)).hasMessageContaining("count");
        assertThatThrownBy(() -> new PassageFilter.AnyOf(List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new Phrase(List.of("bank", "america"), List.of(0))).hasMessageContaining("position");
    }
}
