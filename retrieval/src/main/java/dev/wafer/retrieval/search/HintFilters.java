package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.IndexFacts;
import dev.wafer.retrieval.index.PassageFilter;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

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
    static List<PassageFilter> of(QuestionHints hints, IndexFacts facts) {
        List<PassageFilter> filters = new ArrayList<>();
        for (String outlet : hints.outlets()) {
            PassageFilter.outlet(outlet).ifPresent(filters::add);
        }
        List<PassageFilter> outlets = new ArrayList<>(filters);
        List<PassageFilter> dayFilters = new ArrayList<>();
        for (LocalDate day : hints.days()) {
            dayFilters.add(PassageFilter.publishedOn(day));
        }
        for (MonthDay undated : hints.undatedDays()) {
            List<PassageFilter> anyYear = new ArrayList<>();
            // The years that hold articles, not the span between the oldest and newest: a day without a
            // year costs one clause per year actually published in.
            for (int year : facts.years()) {
                if (undated.isValidYear(year)) {
                    anyYear.add(PassageFilter.publishedOn(undated.atYear(year)));
                }
            }
            if (!anyYear.isEmpty()) {
                dayFilters.add(new PassageFilter.AnyOf(anyYear));
            }
        }
        for (PassageFilter dayFilter : dayFilters) {
            filters.add(dayFilter);
            for (PassageFilter outlet : outlets) {
                filters.add(PassageFilter.allOf(outlet, dayFilter));
            }
        }
        return filters;
    }
}
