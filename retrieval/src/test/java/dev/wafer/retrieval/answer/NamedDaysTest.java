package dev.wafer.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.search.ScoredPassage;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NamedDaysTest {

    @Test
    void aQuestionNamesDaysWithAndWithoutAYear() {
        NamedDays days = NamedDays.in("What did Nvidia report on August 14, 2025 and on October 18th?");

        assertThat(days.dated()).containsExactly(LocalDate.of(2025, 8, 14));
        assertThat(days.undated()).containsExactly(MonthDay.of(10, 18));
        assertThat(days.label()).isEqualTo("2025-08-14 or October 18");
        assertThat(NamedDays.in("Why was DeepSeek's R2 delayed?").isEmpty()).isTrue();
    }

    @Test
    void noneHeldOnlyWhenTheCorpusHasNoArticleFromAnyNamedDay() {
        NamedDays days = NamedDays.in("What happened on 2025-08-14?");
        Set<LocalDate> held = Set.of(LocalDate.of(2025, 8, 13));

        assertThat(days.noneHeld(held::contains, List.of(2025))).isTrue();
        assertThat(days.noneHeld(Set.of(LocalDate.of(2025, 8, 14))::contains, List.of(2025))).isFalse();
        assertThat(NamedDays.in("Who ships HBM4?").noneHeld(day -> false, List.of(2025)))
                .as("a question naming no day is never declined for its days").isFalse();
    }

    @Test
    void aDayWithoutAYearCountsInAnyYearTheCorpusSpans() {
        NamedDays days = new NamedDays(List.of(), List.of(MonthDay.of(2, 29)));
        Set<LocalDate> held = Set.of(LocalDate.of(2024, 2, 29));

        assertThat(days.noneHeld(held::contains, List.of(2024, 2025))).isFalse();
        assertThat(days.noneHeld(held::contains, List.of(2025))).as("no 29 February in 2025").isTrue();
    }

    @Test
    void aLaterReportThatTellsOfTheDayInWordsCounts() {
        NamedDays days = new NamedDays(List.of(LocalDate.of(2025, 8, 14)), List.of());

        assertThat(days.toldOfIn(List.of(passage("On Aug. 14 the company said it would pause H20 work.")))).isTrue();
        assertThat(days.toldOfIn(List.of(passage("Filings dated 14th of August show the pause.")))).isTrue();
        assertThat(days.toldOfIn(List.of(passage("The 2025-08-14 memo asked suppliers to stop.")))).isTrue();
        assertThat(days.toldOfIn(List.of(passage("On August 4 the company said it would pause H20 work."))))
                .as("another day of the month").isFalse();
        assertThat(days.toldOfIn(List.of(passage("On August 144 nothing happened.")))).isFalse();
    }

    private static ScoredPassage passage(String text) {
        return FixtureSources.content("a1", "Nvidia pauses H20", "Reuters", "2025-09-01T10:00:00Z", text, 0.8);
    }
}
