package dev.wafer.retrieval.digest;

import java.time.Instant;
import java.util.List;

/**
 * The new stories since a moment, newest first.
 *
 * @param since the moment (or day) the stories are new since
 */
public record Digest(Instant since, List<DigestStory> stories) {

    public Digest {
        stories = List.copyOf(stories);
    }

    public boolean isEmpty() {
        return stories.isEmpty();
    }

    /** Every article id the digest shows, to remember as posted. */
    public List<String> articleIds() {
        return stories.stream().flatMap(story -> story.articleIds().stream()).toList();
    }
}
