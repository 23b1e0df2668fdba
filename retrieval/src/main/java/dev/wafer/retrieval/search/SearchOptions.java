package dev.wafer.retrieval.search;

/**
 * The knobs of hybrid search, with the defaults the product uses.
 *
 * @param candidates    how many hits each of BM25 and vector search contributes before fusion
 * @param rrfK          reciprocal-rank-fusion constant: larger flattens the reward for top ranks
 * @param lexicalWeight weight of the BM25 list in the fusion
 * @param denseWeight   weight of the vector list in the fusion
 * @param titleBoost    BM25 weight of the headline field relative to the body
 * @param publisherBoost BM25 weight of the outlet field relative to the body
 * @param maxPerArticle at most this many passages of one article in a result list, so multi-source
 *                      questions see several articles
 */
public record SearchOptions(int candidates, int rrfK, double lexicalWeight, double denseWeight, float titleBoost,
                            float publisherBoost, int maxPerArticle) {

    public static final SearchOptions DEFAULTS = new SearchOptions(60, 60, 1.0, 1.0, 0.6f, 0.4f, 2);

    public SearchOptions {
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be positive, was " + candidates);
        }
        if (rrfK < 0) {
            throw new IllegalArgumentException("rrfK must not be negative, was " + rrfK);
        }
        if (lexicalWeight < 0 || denseWeight < 0 || lexicalWeight + denseWeight == 0) {
            throw new IllegalArgumentException("weights must be non-negative and not both zero");
        }
        if (maxPerArticle < 1) {
            throw new IllegalArgumentException("maxPerArticle must be positive, was " + maxPerArticle);
        }
    }

    public SearchOptions lexicalOnly() {
        return new SearchOptions(candidates, rrfK, 1.0, 0.0, titleBoost, publisherBoost, maxPerArticle);
    }

    public SearchOptions denseOnly() {
        return new SearchOptions(candidates, rrfK, 0.0, 1.0, titleBoost, publisherBoost, maxPerArticle);
    }
}
