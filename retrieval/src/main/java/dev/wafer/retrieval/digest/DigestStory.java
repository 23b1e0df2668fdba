package dev.wafer.retrieval.digest;

import dev.wafer.retrieval.sourcing.Sourcing;
import java.time.Instant;
import java.util.List;

/**
 * One new story of a digest: its lead article, the outlets that carried the same article
 * (syndicated copies), and other outlets' articles about the same event.
 *
 * @param published      when the lead article was published, or null when undated
 * @param alsoReportedBy outlets that carried a copy of the lead article
 * @param related        other articles about the same event, newest first
 * @param sourcing       what the lead article's opening (headline and first sentence) rests on
 */
public record DigestStory(String articleId, String title, String publisher, Instant published, String url,
                          List<String> alsoReportedBy, List<DigestStory> related, Sourcing sourcing) {

    public DigestStory {
        alsoReportedBy = List.copyOf(alsoReportedBy);
        related = List.copyOf(related);
        sourcing = sourcing == null ? Sourcing.of(Sourcing.Kind.REPORTED) : sourcing;
    }

    /** Every article id this story stands for: the lead's and its related ones'. */
    public List<String> articleIds() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(articleId),
                related.stream().map(DigestStory::articleId)).toList();
    }
}
