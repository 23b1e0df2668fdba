package dev.wafer.bot.feedback;

import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Citation;
import java.time.Instant;
import java.util.List;

/**
 * One person's verdict on one answer, kept with what was answered so the vote can be read later
 * without anything else.
 *
 * @param answerId the answer's id (from the button)
 * @param voter    who voted (a Discord user id, as text)
 * @param up       true for 👍
 * @param question the question answered
 * @param answer   the answer text
 * @param sources  the cited sources, "[n] title — url (date)"
 * @param at       when the vote was cast
 */
public record Vote(String answerId, String voter, boolean up, String question, String answer, List<String> sources,
                   Instant at) {

    public Vote {
        if (answerId == null || answerId.isBlank() || voter == null || voter.isBlank()) {
            throw new IllegalArgumentException("a vote needs an answer id and a voter");
        }
        sources = List.copyOf(sources);
    }

    public static Vote of(String answerId, String voter, boolean up, Answer answer, Instant at) {
        return new Vote(answerId, voter, up, answer.question(), answer.text(),
                answer.citations().stream().map(Vote::source).toList(), at);
    }

    private static String source(Citation citation) {
        return "[" + citation.n() + "] " + citation.title() + " — " + citation.url() + " (" + citation.dateLabel() + ")";
    }
}
