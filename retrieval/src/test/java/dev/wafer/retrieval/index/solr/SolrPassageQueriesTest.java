package dev.wafer.retrieval.index.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.index.PassageFilter;
import dev.wafer.retrieval.index.SearchField;
import dev.wafer.retrieval.index.TermClause;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolrPassageQueriesTest {

    @Test
    void aQuestionsBoostedTermsKeepTheirFieldsBoostsAndOddCharacters() {
        List<TermClause> question = List.of(new TermClause(SearchField.TEXT, "h20", 1f),
                new TermClause(SearchField.TITLE, "5.5", 0.2f), new TermClause(SearchField.TEXT, "a+b:c", 1f));

        assertThat(SolrPassageQueries.lexical(question))
                .isEqualTo("(text_terms:h20 (title_terms:5.5)^0.2 text_terms:a\\+b\\:c)");
    }

    @Test
    void anOutletOnADayBecomesAPhraseAndARangeThatFilterWithoutScoring() {
        PassageFilter outletOnDay = PassageFilter.allOf(PassageFilter.outlet("Financial Times").orElseThrow(),
                PassageFilter.publishedOn(LocalDate.of(2025, 3, 3)));

        assertThat(SolrPassageQueries.filter(outletOnDay)).isEqualTo("(+filter(publisher_terms:\"financi time\") "
                + "+filter(published:[1740916800000 TO 1741089599999]))");
    }

    @Test
    void aDayWithoutAYearIsAnyOfItsYears() {
        PassageFilter marchThird = new PassageFilter.AnyOf(List.of(PassageFilter.publishedOn(LocalDate.of(2024, 3, 3)),
                PassageFilter.publishedOn(LocalDate.of(2025, 3, 3))));

        assertThat(SolrPassageQueries.filter(marchThird)).isEqualTo(
                "(published:[1709380800000 TO 1709553599999] published:[1740916800000 TO 1741089599999])");
    }

    @Test
    void anAsOfBoundBecomesAnOpenRangeUpToHalfADayAfterTheDay() {
        assertThat(SolrPassageQueries.filter(PassageFilter.publishedBy(LocalDate.of(2025, 5, 1))))
                .isEqualTo("published:[-9223372036854775808 TO 1746187199999]");
    }

    @Test
    void aOneWordOutletIsATermNotAPhrase() {
        assertThat(SolrPassageQueries.filter(PassageFilter.outlet("The Information").orElseThrow()))
                .isEqualTo("publisher_terms:inform");
    }
}
