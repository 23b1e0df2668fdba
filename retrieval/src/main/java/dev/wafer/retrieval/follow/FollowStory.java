package dev.wafer.retrieval.follow;

import dev.wafer.corpus.Article;
import java.util.List;

/**
 * One story a refresh brought about a followed topic: its newest report, the claim that report leads
 * with, and how many outlets carry the story.
 *
 * @param lead         the newest article of the story
 * @param claim        the lead article's first sentence (its headline when it has none)
 * @param independent  how many independent outlets report it (syndicated and wire copies count once)
 * @param otherOutlets how many outlets besides the lead's carry it, copies included
 * @param articleIds   every article of the story, the lead's first
 */
public record FollowStory(Article lead, String claim, int independent, int otherOutlets, List<String> articleIds) {

    public FollowStory {
        if (independent < 1) {
            throw new IllegalArgumentException("a story has at least one independent outlet, was " + independent);
        }
        articleIds = List.copyOf(articleIds);
    }
}
