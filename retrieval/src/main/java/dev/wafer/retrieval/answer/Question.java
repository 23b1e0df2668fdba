package dev.wafer.retrieval.answer;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A question as a user asked it, with the earlier turns of the conversation it belongs to (a Discord
 * thread or a chat session), oldest first. Follow-ups such as "and for inference?" are resolved
 * against those turns.
 *
 * @param asOf the day to answer as of — only articles published by then count — or null for the news as it is
 */
public record Question(String text, List<Turn> history, LocalDate asOf) {

    /** Questions longer than this are refused at the edge: no news question needs more. */
    public static final int MAX_CHARS = 1000;

    public Question {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Ask a question, e.g. \"Why was DeepSeek's R2 delayed?\"");
        }
        text = text.strip();
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("Questions are limited to " + MAX_CHARS + " characters; this one has "
                    + text.length() + ". Please shorten it.");
        }
        history = history == null ? List.of() : List.copyOf(history);
    }

    public Question(String text, List<Turn> history) {
        this(text, history, null);
    }

    /** The same question, answered only from articles published by the end of {@code day} (null: all). */
    public Question withAsOf(LocalDate day) {
        return new Question(text, history, day);
    }

    public static Question of(String text) {
        return new Question(text, List.of());
    }

    /**
     * What to search the news for: the text, preceded by the previous question when this turn leans on
     * it — "and for inference?" alone retrieves nothing useful. A complete question ("Who won the 2022
     * World Cup?" after two turns about the H20) is searched on its own.
     */
    public String retrievalText() {
        return history.isEmpty() || !leansOnEarlierTurns() ? text : history.getLast().question() + " " + text;
    }

    /** "and for inference?", "what about AMD?", "how about Broadcom": a turn that continues the last one. */
    private static final Pattern CONTINUATION = Pattern.compile(
            "^\\W*(?:and|also|or|but|so|then|what about|how about|same for|and what about|what of)\\b", Pattern.CASE_INSENSITIVE);
    /** A pronoun standing for something named earlier. */
    private static final Pattern PRONOUN = Pattern.compile(
            "\\b(?:it|its|it's|they|them|their|theirs|he|him|his|she|her|this|that|these|those|the deal|the company|"
            + "the chip|the ban|the rule|the fab)\\b", Pattern.CASE_INSENSITIVE);
    /** A capitalised name, an all-capitals name or a model number: a subject of the turn's own. */
    private static final Pattern OWN_SUBJECT = Pattern.compile(
            "(?<=\\s)\\p{Lu}[\\p{L}\\p{N}-]+|\\b\\p{Lu}{2,}\\b|\\b\\p{L}+-?\\d[\\p{L}\\p{N}]*\\b");

    /**
     * True when this turn cannot be read without the turns before it: it opens as a continuation, or
     * it has a pronoun and no subject of its own. A very short turn ("and H100?") continues too.
     */
    public boolean leansOnEarlierTurns() {
        if (history.isEmpty()) {
            return false;
        }
        if (CONTINUATION.matcher(text).find()) {
            return true;
        }
        return PRONOUN.matcher(text).find() && !OWN_SUBJECT.matcher(" " + text).find();
    }

    /** One earlier exchange in a conversation. */
    public record Turn(String question, String answer) {
    }
}
