package dev.wafer.retrieval.index;

import java.util.Map;

/**
 * How many passages hold each of a question's terms in their text and in their headline, and how many
 * passages there are: what the weights of the question's words are computed from.
 *
 * @param passages  how many passages the index holds
 * @param textHits  term → passages holding it in their text
 * @param titleHits term → passages holding it in their headline
 */
public record TermCounts(long passages, Map<String, Long> textHits, Map<String, Long> titleHits) {

    public TermCounts {
        textHits = Map.copyOf(textHits);
        titleHits = Map.copyOf(titleHits);
    }

    /** How many passages hold {@code term} in their text (0 for a term no passage holds). */
    public long inText(String term) {
        return textHits.getOrDefault(term, 0L);
    }

    /** How many passages hold {@code term} in their headline (0 for a term no passage holds). */
    public long inTitle(String term) {
        return titleHits.getOrDefault(term, 0L);
    }
}
