package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.IndexFacts;
import dev.wafer.retrieval.index.PassageFields;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The filters for outlets and days a question names ({@link QuestionHints}): each adds a BM25 and a
 * vector list restricted to it, so every named source is represented in the fusion.
 */
final class HintFilters {

    private HintFilters() {
    }

    /**
     * One filter per named outlet (its full name as a phrase), per named day (a day without a year in
     * every year the index holds articles from), and per outlet and day named together.
     */
    static List<Query> of(QuestionHints hints, IndexFacts facts) {
        List<Query> filters = new ArrayList<>();
        for (String outlet : hints.outlets()) {
            Query phrase = LexicalQuery.QUERIES.createPhraseQuery(PassageFields.PUBLISHER, outlet);
            if (phrase != null) {
                filters.add(phrase);
            }
        }
        List<Query> outlets = new ArrayList<>(filters);
        List<Query> dayQueries = new ArrayList<>();
        for (LocalDate day : hints.days()) {
            dayQueries.add(PassageFields.publishedOn(day));
        }
        for (MonthDay undated : hints.undatedDays()) {
            BooleanQuery.Builder anyYear = new BooleanQuery.Builder();
            // The years that hold articles, not the span between the oldest and newest: a day without a
            // year costs one clause per year actually published in.
            for (int year : facts.years()) {
                if (undated.isValidYear(year)) {
                    anyYear.add(PassageFields.publishedOn(undated.atYear(year)), BooleanClause.Occur.SHOULD);
                }
            }
            BooleanQuery built = anyYear.build();
            if (!built.clauses().isEmpty()) {
                dayQueries.add(built);
            }
        }
        for (Query dayQuery : dayQueries) {
            filters.add(dayQuery);
            for (Query outlet : outlets) {
                filters.add(new BooleanQuery.Builder().add(outlet, BooleanClause.Occur.FILTER)
                        .add(dayQuery, BooleanClause.Occur.FILTER).build());
            }
        }
        return filters;
    }
}
