package dev.wafer.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndexFactsTest {

    @Test
    void aBackendThatKnowsOnlyTheOldestAndNewestYearHasEveryYearBetween() {
        IndexFacts facts = new IndexFacts(Set.of("Reuters"), 2023, 2025);

        assertThat(facts.years()).containsExactly(2023, 2024, 2025);
        assertThat(facts.publishers()).containsExactly("Reuters");
    }

    @Test
    void oneAbsurdDateDoesNotTurnADayWithoutAYearIntoCenturiesOfYears() {
        int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();

        IndexFacts facts = new IndexFacts(Set.of(), 1, 9999);

        assertThat(facts.years().first()).isEqualTo(1995);
        assertThat(facts.years().last()).isBetween(thisYear, thisYear + 1);
    }

    @Test
    void nothingDatedMeansNoYears() {
        assertThat(new IndexFacts(Set.of("Wire"), 0, -1).years()).isEmpty();
        assertThat(IndexFacts.NONE.years()).isEmpty();
    }
}
