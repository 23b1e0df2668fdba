package dev.wafer.retrieval.search;

/**
 * The knobs of hybrid search, with the defaults the product uses. The effect of each default on the
 * MultiHop-RAG dev split is recorded in the README ("Retrieval quality").
 *
 * @param candidates     how many hits each ranked list contributes before fusion
 * @param rrfK           reciprocal-rank-fusion constant: larger flattens the reward for top ranks
 * @param lexicalWeight  weight of the BM25 list in the fusion
 * @param denseWeight    weight of the vector list in the fusion
 * @param titleBoost     BM25 weight of the headline field relative to the body
 * @param publisherBoost BM25 weight of the outlet field relative to the body
 * @param maxPerArticle  at most this many passages of one article in a result list, so multi-source
 *                       questions see several articles (the first few results are held to a tighter
 *                       limit by {@link HybridSearcher}); several passages of the article that matters
 *                       beat one passage each of articles that do not
 * @param hintWeight     weight of the extra lists restricted to each outlet and each day the question
 *                       names (0 turns them off); see {@link QuestionHints}
 * @param bm25K1         BM25 term-frequency saturation
 * @param bm25B          BM25 length normalisation
 * @param sentenceWeight weight of a re-ranking list over the fused candidates that orders them by their
 *                       single best-matching sentence (0 turns it off); evidence is usually one sentence,
 *                       so a passage with one sentence dense in the question's rare words beats one whose
 *                       matches are spread thin
 */
public record SearchOptions(int candidates, int rrfK, double lexicalWeight, double denseWeight, float titleBoost,
                            float publisherBoost, int maxPerArticle, double hintWeight, float bm25K1, float bm25B,
                            double sentenceWeight) {

    public static final SearchOptions DEFAULTS = new SearchOptions(100, 30, 3.0, 1.0, 0.2f, 0.2f, 6, 1.0, 1.2f, 0.75f, 3.0);

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
        if (hintWeight < 0) {
            throw new IllegalArgumentException("hintWeight must not be negative, was " + hintWeight);
        }
        if (sentenceWeight < 0) {
            throw new IllegalArgumentException("sentenceWeight must not be negative, was " + sentenceWeight);
        }
        if (bm25K1 < 0 || bm25B < 0 || bm25B > 1) {
            throw new IllegalArgumentException("BM25 needs k1 >= 0 and b in [0, 1], was " + bm25K1 + ", " + bm25B);
        }
    }

    /** The original knobs, with question hints and BM25 parameters at their defaults. */
    public SearchOptions(int candidates, int rrfK, double lexicalWeight, double denseWeight, float titleBoost,
                         float publisherBoost, int maxPerArticle) {
        this(candidates, rrfK, lexicalWeight, denseWeight, titleBoost, publisherBoost, maxPerArticle,
                DEFAULTS.hintWeight(), DEFAULTS.bm25K1(), DEFAULTS.bm25B(), DEFAULTS.sentenceWeight());
    }

    public SearchOptions lexicalOnly() {
        return new SearchOptions(candidates, rrfK, 1.0, 0.0, titleBoost, publisherBoost, maxPerArticle, hintWeight,
                bm25K1, bm25B, sentenceWeight);
    }

    public SearchOptions denseOnly() {
        return new SearchOptions(candidates, rrfK, 0.0, 1.0, titleBoost, publisherBoost, maxPerArticle, hintWeight,
                bm25K1, bm25B, sentenceWeight);
    }

    public SearchOptions withWeights(double lexical, double dense) {
        return new SearchOptions(candidates, rrfK, lexical, dense, titleBoost, publisherBoost, maxPerArticle,
                hintWeight, bm25K1, bm25B, sentenceWeight);
    }

    public SearchOptions withRrfK(int k) {
        return new SearchOptions(candidates, k, lexicalWeight, denseWeight, titleBoost, publisherBoost, maxPerArticle,
                hintWeight, bm25K1, bm25B, sentenceWeight);
    }

    public SearchOptions withBoosts(float title, float publisher) {
        return new SearchOptions(candidates, rrfK, lexicalWeight, denseWeight, title, publisher, maxPerArticle,
                hintWeight, bm25K1, bm25B, sentenceWeight);
    }

    public SearchOptions withMaxPerArticle(int max) {
        return new SearchOptions(candidates, rrfK, lexicalWeight, denseWeight, titleBoost, publisherBoost, max,
                hintWeight, bm25K1, bm25B, sentenceWeight);
    }

    public SearchOptions withHintWeight(double weight) {
        return new SearchOptions(candidates, rrfK, lexicalWeight, denseWeight, titleBoost, publisherBoost,
                maxPerArticle, weight, bm25K1, bm25B, sentenceWeight);
    }

    public SearchOptions withBm25(float k1, float b) {
        return new SearchOptions(candidates, rrfK, lexicalWeight, denseWeight, titleBoost, publisherBoost,
                maxPerArticle, hintWeight, k1, b, sentenceWeight);
    }

    public SearchOptions withSentenceWeight(double weight) {
        return new SearchOptions(candidates, rrfK, lexicalWeight, denseWeight, titleBoost, publisherBoost,
                maxPerArticle, hintWeight, bm25K1, bm25B, weight);
    }

    public SearchOptions withCandidates(int count) {
        return new SearchOptions(count, rrfK, lexicalWeight, denseWeight, titleBoost, publisherBoost, maxPerArticle,
                hintWeight, bm25K1, bm25B, sentenceWeight);
    }
}
