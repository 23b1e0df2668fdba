package dev.wafer.retrieval.answer;

import java.time.LocalDate;
import java.util.List;

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
     * What to search the news for: the text, preceded by the previous question when this is a
     * follow-up — "and for inference?" alone retrieves nothing useful.
     */
    public String retrievalText() {
        return history.isEmpty() ? text : history.getLast().question() + " " + text;
    }

    /** One earlier exchange in a conversation. */
    public record Turn(String question, String answer) {
    }
}
