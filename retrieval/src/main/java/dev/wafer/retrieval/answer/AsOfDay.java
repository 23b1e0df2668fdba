package dev.wafer.retrieval.answer;

import dev.wafer.retrieval.search.QuestionHints;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a question asks to be answered as of — "as of 2025-05-01, …", "what did we know about X on
 * May 1, 2025?" — and the question without that phrase, which is what is searched. A person asking
 * what was known on a day wants the news up to that day, not the news of that day alone, so the day
 * bounds the search instead of naming a day to look in.
 *
 * @param day      the last day articles may have been published on
 * @param question what is asked, without the phrase that named the day
 */
record AsOfDay(LocalDate day, String question) {

    /** A day in the two forms people type in full: 2025-05-01, and May 1, 2025 (with or without the comma). */
    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2}|(?:January|February|March|April|May|June|July|August|"
            + "September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? \\d{1,2}"
            + "(?:st|nd|rd|th)?,? \\d{4})";
    /** "as of DAY", "as at DAY", "known on/by DAY" anywhere in the question. */
    private static final Pattern AS_OF = Pattern.compile(
            ",?\\s*\\b(?:as (?:of|at)|known (?:on|by))\\s+" + DATE + "\\s*,?", Pattern.CASE_INSENSITIVE);
    /** "what did we know … on DAY", "what was known … by DAY", "what had been reported … by DAY". */
    private static final Pattern WHAT_WAS_KNOWN = Pattern.compile(
            "^\\s*what\\s+(?:did\\s+\\w+\\s+know|was\\s+known|had\\s+been\\s+(?:reported|known))\\b.*?(\\s+(?:on|by)\\s+"
                    + DATE + ")", Pattern.CASE_INSENSITIVE);

    AsOfDay {
        if (day == null) {
            throw new IllegalArgumentException("day must not be null");
        }
    }

    /**
     * The day {@code question} is to be answered as of: the one it was asked with, else the one its
     * words name. Empty when it asks about the news as it is now.
     */
    static Optional<AsOfDay> of(Question question) {
        if (question.asOf() != null) {
            return Optional.of(new AsOfDay(question.asOf(), in(question.text()).map(AsOfDay::question)
                    .orElse(question.text())));
        }
        return in(question.text());
    }

    /** The day the words of {@code question} ask it to be answered as of. */
    static Optional<AsOfDay> in(String question) {
        Matcher asOf = AS_OF.matcher(question);
        if (asOf.find()) {
            return dayOf(asOf.group(1)).map(day -> new AsOfDay(day, without(question, asOf.start(), asOf.end())));
        }
        Matcher known = WHAT_WAS_KNOWN.matcher(question);
        if (known.find()) {
            return dayOf(known.group(2)).map(day -> new AsOfDay(day, without(question, known.start(1), known.end(1))));
        }
        return Optional.empty();
    }

    /** How the answer says which news it was written from. */
    String label() {
        return "As of " + day + ", from articles published by then: ";
    }

    private static Optional<LocalDate> dayOf(String text) {
        List<LocalDate> days = QuestionHints.of(text, Set.of()).days();
        return days.isEmpty() ? Optional.empty() : Optional.of(days.getFirst());
    }

    private static String without(String text, int start, int end) {
        String rest = (text.substring(0, start) + " " + text.substring(end)).strip().replaceAll("\\s+([?.!,])", "$1")
                .replaceAll("\\s{2,}", " ");
        if (rest.isEmpty()) {
            return text;
        }
        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }
}
