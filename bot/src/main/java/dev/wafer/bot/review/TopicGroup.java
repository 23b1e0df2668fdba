package dev.wafer.bot.review;

import java.time.Instant;
import java.util.List;

/**
 * Kept questions about one topic: how often it went unanswered, what people asked, and the sources
 * that came nearest (so a moderator sees which feed or article is missing).
 *
 * @param topic     the question most like the others, standing for the topic
 * @param declined  how many askings the news did not cover
 * @param votedDown how many answers got 👎
 * @param votedUp   how many answers got 👍
 * @param questions the different questions asked, most asked first, with their counts
 * @param nearMiss  the sources that came nearest, most often first, with their counts
 * @param servers   in how many places it was asked
 * @param last      when it was last asked or voted on
 */
public record TopicGroup(String topic, int declined, int votedDown, int votedUp, List<Counted> questions,
                         List<Counted> nearMiss, int servers, Instant last) {

    /** A text and how many times it came up. */
    public record Counted(String text, int count) {
    }

    public TopicGroup {
        questions = List.copyOf(questions);
        nearMiss = List.copyOf(nearMiss);
    }

    /** The askings that found no good answer: declined or voted down. */
    public int gaps() {
        return declined + votedDown;
    }
}
