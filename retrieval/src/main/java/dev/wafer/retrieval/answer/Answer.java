package dev.wafer.retrieval.answer;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What Wafer says: the text, in which every {@code [n]} names one of {@link #citations()}, and how it
 * was made.
 *
 * @param question       the question answered
 * @param text           the answer, citing sources as {@code [n]}
 * @param mode           how the text was composed
 * @param abstained      true when the news at hand does not cover the question
 * @param citations      the numbered sources, in order of n
 * @param fallbackReason why a configured LLM was not used, when it was not
 * @param took           time from question to answer
 * @param removed        what the citation checks took out of a model's draft, and why (empty otherwise)
 * @param searchTook     of {@code took}, the time spent finding the sources
 */
public record Answer(String question, String text, Mode mode, boolean abstained, List<Citation> citations,
                     String fallbackReason, Duration took, List<Removal> removed, Duration searchTook) {

    /** How the answer text was composed. */
    public enum Mode {
        EXTRACTIVE, LLM;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Answer {
        citations = List.copyOf(citations);
        removed = removed == null ? List.of() : List.copyOf(removed);
        searchTook = searchTook == null ? Duration.ZERO : searchTook;
        for (int i = 0; i < citations.size(); i++) {
            if (citations.get(i).n() != i + 1) {
                throw new IllegalArgumentException("citations must be numbered 1.." + citations.size() + " in order");
            }
        }
    }

    /** An answer nothing was removed from (every extractive answer). */
    public Answer(String question, String text, Mode mode, boolean abstained, List<Citation> citations,
                  String fallbackReason, Duration took) {
        this(question, text, mode, abstained, citations, fallbackReason, took, List.of(), Duration.ZERO);
    }

    public Answer(String question, String text, Mode mode, boolean abstained, List<Citation> citations,
                  String fallbackReason, Duration took, List<Removal> removed) {
        this(question, text, mode, abstained, citations, fallbackReason, took, removed, Duration.ZERO);
    }

    public Optional<String> fallback() {
        return Optional.ofNullable(fallbackReason);
    }

    public Answer withTook(Duration duration) {
        return new Answer(question, text, mode, abstained, citations, fallbackReason, duration, removed, searchTook);
    }

    /** The answer with its total time and the part of it spent searching. */
    public Answer withTimes(Duration total, Duration search) {
        return new Answer(question, text, mode, abstained, citations, fallbackReason, total, removed, search);
    }

    /** The answer with other words, e.g. a note before them; the citations stay as they are. */
    public Answer withText(String newText) {
        return new Answer(question, newText, mode, abstained, citations, fallbackReason, took, removed, searchTook);
    }

    /** The answer with the same text and these citations in place of its own (same numbers). */
    public Answer withCitations(List<Citation> replaced) {
        return new Answer(question, text, mode, abstained, replaced, fallbackReason, took, removed, searchTook);
    }

    public Answer withRemoved(List<Removal> removals) {
        return new Answer(question, text, mode, abstained, citations, fallbackReason, took, removals, searchTook);
    }

    public Answer withFallbackReason(String reason) {
        return new Answer(question, text, mode, abstained, citations, reason, took, removed, searchTook);
    }
}
