package dev.wafer.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {

    @Test
    void readsTheFormsNewsSourcesWrite() {
        Instant expected = Instant.parse("2025-08-14T00:00:00Z");
        assertThat(PublishedDates.parse("2025-08-14")).contains(expected);
        assertThat(PublishedDates.parse("2025-08-14T00:00:00Z")).contains(expected);
        assertThat(PublishedDates.parse("2025-08-14T02:00:00+02:00")).contains(expected);
        assertThat(PublishedDates.parse("Thu, 14 Aug 2025 00:00:00 GMT")).contains(expected);
        assertThat(PublishedDates.parse("Aug 14, 2025")).contains(expected);
        assertThat(PublishedDates.parse("14 August 2025")).contains(expected);
    }

    @Test
    void aSlashedDateIsReadOnlyWhenDayAndMonthCannotBeMistaken() {
        assertThat(PublishedDates.find("17/02/2022")).map(StatedDate::day).contains(java.time.LocalDate.of(2022, 2, 17));
        assertThat(PublishedDates.find("02/17/2022")).map(StatedDate::day).contains(java.time.LocalDate.of(2022, 2, 17));
        assertThat(PublishedDates.find("03/04/2022")).as("the 3rd of April or March the 4th").isEmpty();
        assertThat(PublishedDates.find("08/08/2017")).as("the same day either way").map(StatedDate::day)
                .contains(java.time.LocalDate.of(2017, 8, 8));
    }

    @Test
    void anythingElseIsUnknownNeverNow() {
        assertThat(PublishedDates.parse("last Thursday")).isEmpty();
        assertThat(PublishedDates.parse("")).isEmpty();
        assertThat(PublishedDates.parse(null)).isEmpty();
    }
}
