package dev.wafer.retrieval.index.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wafer.retrieval.index.PassageFields;
import java.time.LocalDate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class SolrPassageQueriesTest {

    @Test
    void aQuestionsBoostedTermsKeepTheirFieldsBoostsAndOddCharacters() {
        BooleanQuery question = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PassageFields.TEXT, "h20")), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(PassageFields.TITLE, "5.5")), 0.2f), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(PassageFields.TEXT, "a+b:c")), BooleanClause.Occur.SHOULD)
                .build();

        assertThat(SolrPassageQueries.of(question))
                .isEqualTo("(text_terms:h20 (title_terms:5.5)^0.2 text_terms:a\\+b\\:c)");
    }

    @Test
    void anOutletOnADayBecomesAPhraseAndARangeThatFilterWithoutScoring() {
        BooleanQuery outletOnDay = new BooleanQuery.Builder()
                .add(new PhraseQuery(PassageFields.PUBLISHER, "financi", "time"), BooleanClause.Occur.FILTER)
                .add(PassageFields.publishedOn(LocalDate.of(2025, 3, 3)), BooleanClause.Occur.FILTER)
                .build();

        assertThat(SolrPassageQueries.of(outletOnDay)).isEqualTo("(+filter(publisher_terms:\"financi time\") "
                + "+filter(published:[1740916800000 TO 1741089599999]))");
    }

    @Test
    void anAsOfBoundBecomesAnOpenRangeUpToHalfADayAfterTheDay() {
        assertThat(SolrPassageQueries.of(PassageFields.publishedBy(LocalDate.of(2025, 5, 1))))
                .isEqualTo("published:[-9223372036854775808 TO 1746187199999]");
    }

    @Test
    void aKindOfQueryTheStepsNeverBuildIsRefusedNotGuessedAt() {
        assertThatThrownBy(() -> SolrPassageQueries.of(new FuzzyQuery(new Term(PassageFields.TEXT, "nvidia"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be sent to Solr");
        assertThatThrownBy(() -> SolrPassageQueries.of(new TermQuery(new Term(PassageFields.URL, "x"))))
                .hasMessageContaining("no field for url");
    }
}
