package dev.wafer.eval.chipqa;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One question of a ChipQA-format set and what a passing answer must do.
 *
 * @param id         the question's id ({@code cq-001})
 * @param text       the question as a person typed it
 * @param kind       what it checks (amount, latest, conflict, …)
 * @param mention    a pattern the answer text must match, or null
 * @param mentionAll patterns the answer text must all match
 * @param cite       url fragments: each must occur in the url of some listed citation
 * @param mustDecline true when the corpus does not answer the question
 * @param orMention  when not null, declining passes, and so does an answer matching this pattern
 */
public record ChipQaQuestion(String id, String text, String kind, Pattern mention, List<Pattern> mentionAll,
                             List<String> cite, boolean mustDecline, Pattern orMention) {

    /** How the set's patterns are read: as its own scorer reads them, case-insensitive and across lines. */
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;

    public ChipQaQuestion {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("question " + id + " has no text");
        }
        kind = kind == null || kind.isBlank() ? "?" : kind;
        mentionAll = List.copyOf(mentionAll);
        cite = List.copyOf(cite);
    }

    public Optional<Pattern> mentionPattern() {
        return Optional.ofNullable(mention);
    }

    public Optional<Pattern> declineOrMention() {
        return Optional.ofNullable(orMention);
    }

    static Pattern pattern(String regex) {
        return regex == null || regex.isEmpty() ? null : Pattern.compile(regex, FLAGS);
    }
}
