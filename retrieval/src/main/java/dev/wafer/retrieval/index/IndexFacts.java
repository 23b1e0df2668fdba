package dev.wafer.retrieval.index;

import dev.wafer.corpus.extract.PublishedDates;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What the hint filters need to know of the passages: the outlets they come from and the years their
 * articles were published in.
 *
 * @param publishers the outlets, as stored
 * @param years      the publication years that occur, ascending; empty when nothing is dated
 */
public record IndexFacts(Set<String> publishers, SortedSet<Integer> years) {

    public static final IndexFacts NONE = new IndexFacts(Set.of(), new TreeSet<>());

    public IndexFacts {
        publishers = Set.copyOf(publishers);
        years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
    }

    /**
     * For a backend that only knows the oldest and newest date: every year between, but only within the
     * years a web article can have been published in, so one absurd date (0001-01-01) cannot turn a
     * day named without a year into two thousand clauses. {@code lastYear < firstYear} means nothing is dated.
     */
    public IndexFacts(Set<String> publishers, int firstYear, int lastYear) {
        this(publishers, IntStream.rangeClosed(Math.max(firstYear, PublishedDates.EARLIEST.getYear()),
                        Math.min(lastYear, LocalDate.now(ZoneOffset.UTC).plusDays(1).getYear()))
                .boxed().collect(Collectors.toCollection(TreeSet::new)));
    }
}
