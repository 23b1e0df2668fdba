package dev.wafer.bot.review;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One question kept for the moderators' review: what was asked, when and where, what happened to it,
 * the sources that came nearest, and the question's meaning as a vector (computed when it is kept, so
 * listing never runs the model).
 *
 * @param kind     what happened: declined, voted down, voted up, or answered after a refresh
 * @param question the question as asked
 * @param at       when it was asked, voted on, or found answered
 * @param server   where: a Discord server id, or {@code console}
 * @param sources  the nearest sources, "title — url (date)": the near misses of a declined question, the
 *                 cited sources of a voted answer; empty for {@link Kind#ANSWERED}
 * @param vector   the question's meaning (bge-small-en-v1.5, as a passage); empty for {@link Kind#ANSWERED}
 */
public record KeptQuestion(Kind kind, String question, Instant at, String server, List<String> sources, float[] vector) {

    /** What happened to a kept question. */
    public enum Kind {
        /** The news at hand did not cover it. */
        DECLINED,
        /** Answered, and someone voted 👎. */
        VOTED_DOWN,
        /** Answered, and someone voted 👍 (kept only for the votes by topic; never a gap). */
        VOTED_UP,
        /** Asked again after a refresh and answered: every earlier gap with this text leaves the list. */
        ANSWERED;

        /** True for what the corpus could not answer well. */
        public boolean gap() {
            return this == DECLINED || this == VOTED_DOWN;
        }
    }

    public KeptQuestion {
        if (kind == null || question == null || question.isBlank() || at == null) {
            throw new IllegalArgumentException("a kept question needs its kind, its text and a time");
        }
        server = server == null || server.isBlank() ? "unknown" : server;
        sources = List.copyOf(sources);
        vector = vector == null ? new float[0] : vector.clone();
    }

    @Override
    public float[] vector() {
        return vector.clone();
    }

    /** The question's vector without a copy, for the grouping's inner loop (never changed). */
    float[] meaning() {
        return vector;
    }

    /** The text two askings of the same question share: lower case, spaces collapsed, end punctuation gone. */
    public String sameText() {
        return sameText(question);
    }

    static String sameText(String question) {
        return question.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[\\s?!.]+$", "");
    }
}
