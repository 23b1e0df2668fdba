package dev.wafer.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two-digit years in bylines, which are easy to confuse with hours, counts and versions. */
class DateTextTest {

    private static Optional<LocalDate> inByline(String text) {
        return DateText.firstInByline(text, 2026).map(StatedDate::day);
    }

    @Test
    void anHourAfterADayAndMonthIsNotAShortYear() {
        assertThat(inByline("Published 3 Nov 14:05")).isEmpty();
        assertThat(inByline("2 Jun 10.30 Uhr")).isEmpty();
        assertThat(inByline("7 Mar 9h15")).isEmpty();
    }

    @Test
    void aShortYearIsStillReadWithoutAnHour() {
        assertThat(inByline("Pubblicato: 9 Marzo 21")).contains(LocalDate.of(2021, 3, 9));
        assertThat(inByline("Stand: 17.08.22")).contains(LocalDate.of(2022, 8, 17));
    }

    @Test
    void aDottedShortYearThatIsNoDayDoesNotHideALaterOne() {
        assertThat(inByline("Ref 45.67.89 · 17.08.22")).contains(LocalDate.of(2022, 8, 17));
    }

    @Test
    void aShortYearPastTheReferenceYearIsOfTheLastCentury() {
        assertThat(DateText.firstInByline("17.08.27", 2026).map(StatedDate::day)).contains(LocalDate.of(1927, 8, 17));
        assertThat(DateText.firstInByline("17.08.27", 2027).map(StatedDate::day)).contains(LocalDate.of(2027, 8, 17));
    }
}
