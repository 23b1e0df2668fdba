package dev.wafer.retrieval.timeline;

import dev.wafer.retrieval.answer.Citation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A story's events in date order, oldest first, each cited.
 *
 * @param topic     what the timeline is about, as asked
 * @param events    the events shown, oldest first
 * @param citations the numbered sources the events cite
 * @param leftOut   older events in the range that were not shown (ask with {@code until} to see them)
 * @param since     the first day asked for, or null
 * @param until     the last day asked for, or null
 */
public record Timeline(String topic, List<TimelineEvent> events, List<Citation> citations, int leftOut,
                       LocalDate since, LocalDate until) {

    public Timeline {
        events = List.copyOf(events);
        citations = List.copyOf(citations);
    }

    /** The day to page back from: the day before the oldest event shown, when older ones were left out. */
    public Optional<LocalDate> olderUntil() {
        return leftOut == 0 || events.isEmpty() ? Optional.empty() : Optional.of(events.getFirst().date().minusDays(1));
    }
}
