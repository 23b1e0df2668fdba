package dev.wafer.retrieval.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionHintsTest {

    private static final List<String> PUBLISHERS = List.of("TechCrunch", "The Verge", "Fortune", "Wired",
            "Cnbc | World Business News Leader", "The Independent - Sports", "The Independent - Travel", "The Age");

    @Test
    void findsTheOutletsAQuestionNames() {
        QuestionHints hints = QuestionHints.of(
                "Did The Verge and TechCrunch both report that the trial began, as CNBC also noted?", PUBLISHERS);

        assertThat(hints.outlets()).containsExactlyInAnyOrder("The Verge", "TechCrunch",
                "Cnbc | World Business News Leader");
    }

    @Test
    void aShortNameCoversEverySectionOfThatOutlet() {
        QuestionHints hints = QuestionHints.of("What did The Independent say about the match?", PUBLISHERS);

        assertThat(hints.outlets()).containsExactlyInAnyOrder("The Independent - Sports", "The Independent - Travel");
    }

    @Test
    void lowerCaseWordsDoNotNameAnOutlet() {
        QuestionHints hints = QuestionHints.of("Who made a fortune selling wired earbuds at the age of twenty?",
                PUBLISHERS);

        assertThat(hints.outlets()).isEmpty();
    }

    @Test
    void anOutletTypedInLowerCaseIsRecognisedWhereItIsASource() {
        assertThat(QuestionHints.of("what did techcrunch say about the trial?", PUBLISHERS).outlets())
                .containsExactly("TechCrunch");
        assertThat(QuestionHints.of("according to the verge, who testified?", PUBLISHERS).outlets())
                .containsExactly("The Verge");
        assertThat(QuestionHints.of("did fortune report the trial?", PUBLISHERS).outlets()).containsExactly("Fortune");
    }

    @Test
    void aLeapDayIsADayOnlyInALeapYear() {
        assertThat(QuestionHints.of("What happened on February 29, 2024?", PUBLISHERS).days())
                .containsExactly(LocalDate.of(2024, 2, 29));
        assertThat(QuestionHints.of("What happened on February 29, 2100?", PUBLISHERS).days()).isEmpty();
    }

    @Test
    void findsTheDaysAQuestionNames() {
        QuestionHints hints = QuestionHints.of(
                "After Fortune reported on October 12, 2023 and again on Nov. 3rd, 2023 (not 2023-02-30), what changed?",
                PUBLISHERS);

        assertThat(hints.days()).containsExactly(LocalDate.of(2023, 10, 12), LocalDate.of(2023, 11, 3));
        assertThat(hints.outlets()).containsExactly("Fortune");
    }

    @Test
    void aDayNamedWithoutAYearIsThatDayOfAnyYear() {
        QuestionHints hints = QuestionHints.of(
                "After Polygon reported on October 18th that the levels collapse, and on Oct. 20, 2023 that they did not,"
                        + " was the report of November 16 consistent? (May 5 too; the 12:30 slot is no day.)",
                PUBLISHERS);

        assertThat(hints.undatedDays()).containsExactly(MonthDay.of(10, 18), MonthDay.of(11, 16), MonthDay.of(5, 5));
        assertThat(hints.days()).containsExactly(LocalDate.of(2023, 10, 20));
    }

    @Test
    void aQuestionWithoutOutletsOrDaysHasNoHints() {
        assertThat(QuestionHints.of("Why are chips expensive?", PUBLISHERS).isEmpty()).isTrue();
    }
}
