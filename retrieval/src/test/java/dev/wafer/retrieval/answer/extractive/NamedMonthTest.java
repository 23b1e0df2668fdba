package dev.wafer.retrieval.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class NamedMonthTest {

    @Test
    void aMonthWithItsYearDatesTheSubjectInAnyCase() {
        assertThat(NamedMonth.in("when did the october 2023 chip export curbs take effect?"))
                .contains(new NamedMonth(YearMonth.of(2023, 10)));
        assertThat(NamedMonth.in("What did Nvidia guide for in Aug. 2024?")).contains(new NamedMonth(YearMonth.of(2024, 8)));
    }

    @Test
    void aFullDayOrTwoDifferentMonthsDateNoOneMonth() {
        assertThat(NamedMonth.in("what was reported on 10 October 2023?")).isEmpty();
        assertThat(NamedMonth.in("what was reported on October 10, 2023?")).isEmpty();
        assertThat(NamedMonth.in("how did prices move between march 2024 and june 2024?")).isEmpty();
        assertThat(NamedMonth.in("may the rules change?")).isEmpty();
    }

    @Test
    void sourcesOfTheMonthAndSoonAfterTellOfItLaterOnesOnlyWhenTheyNameIt() {
        NamedMonth october = new NamedMonth(YearMonth.of(2023, 10));

        assertThat(october.toldOfBy(Instant.parse("2023-09-28T08:00:00Z"), "The rules announced in October")).isFalse();
        assertThat(october.toldOfBy(Instant.parse("2023-10-25T08:00:00Z"), "The curbs took effect at once.")).isTrue();
        assertThat(october.toldOfBy(Instant.parse("2023-12-05T08:00:00Z"), "Last month's rules bite.")).isTrue();
        assertThat(october.toldOfBy(Instant.parse("2025-03-05T08:00:00Z"), "Tariffs take effect on 12 March.")).isFalse();
        assertThat(october.toldOfBy(Instant.parse("2025-03-05T08:00:00Z"), "The Oct. 2023 curbs still apply.")).isTrue();
    }
}
