package dev.wafer.retrieval.timeline;

import dev.wafer.retrieval.sourcing.Sourcing;
import java.time.LocalDate;
import java.util.List;

/**
 * One event of a story: what happened, in the words of its earliest report, dated by that report.
 *
 * @param date      the day of the earliest report (the publisher's date as stored, UTC)
 * @param text      the sentence of that report that tells the event
 * @param citations the numbers of the sources cited for it (the earliest report first)
 * @param outlets   every outlet that reported it, the earliest first, syndicated copies counted once
 * @param sourcing  what the earliest report's sentence rests on
 */
public record TimelineEvent(LocalDate date, String text, List<Integer> citations, List<String> outlets,
                            Sourcing sourcing) {

    public TimelineEvent {
        citations = List.copyOf(citations);
        outlets = List.copyOf(outlets);
        sourcing = sourcing == null ? Sourcing.of(Sourcing.Kind.REPORTED) : sourcing;
    }

    /** Outlets beyond the one cited first: "(+2 outlets)". */
    public int otherOutlets() {
        return Math.max(0, outlets.size() - 1);
    }
}
