package dev.wafer.retrieval.follow;

/**
 * How close one new article came to a followed topic.
 *
 * @param articleId      the article
 * @param similarity     cosine similarity of the topic and the article's closest passage
 * @param wordShare      the share of the topic's content words (stemmed, stop words removed) in the article's
 *                       headline and first sentence, each word weighted by how rare it is in the corpus, so
 *                       "chips" counts for little and "Ascend" for much; 1 for a topic of no content words
 * @param namesItsModels whether the article names every chip model, node or memory generation the topic names
 */
public record TopicMatch(String articleId, double similarity, double wordShare, boolean namesItsModels) {

    public TopicMatch {
        if (wordShare < 0 || wordShare > 1) {
            throw new IllegalArgumentException("wordShare must be between 0 and 1, was " + wordShare);
        }
    }

    public TopicMatch withArticleId(String id) {
        return new TopicMatch(id, similarity, wordShare, namesItsModels);
    }
}
