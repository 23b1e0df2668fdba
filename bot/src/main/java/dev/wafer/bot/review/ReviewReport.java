package dev.wafer.bot.review;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What the news could not answer, by topic, for moderators to add the feed or article it lacks.
 *
 * @param since      the first day counted, or null for every question kept
 * @param gaps       topics with questions declined or voted down, most asked first
 * @param votes      every topic voted on, with its 👍 and 👎 counts, most votes first
 * @param rechecked  how many kept questions were asked again because news arrived since they were kept
 * @param answered   how many of those are answered now, and so left the list
 * @param took       how long the listing took, asking again included
 */
public record ReviewReport(LocalDate since, List<TopicGroup> gaps, List<TopicGroup> votes, int rechecked, int answered,
                           Duration took) {

    public ReviewReport {
        gaps = List.copyOf(gaps);
        votes = List.copyOf(votes);
    }
}
