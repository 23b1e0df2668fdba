package dev.wafer.retrieval.follow;

import dev.wafer.corpus.Article;
import dev.wafer.retrieval.answer.CoverageGate;
import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.index.TermCounts;
import dev.wafer.retrieval.index.PassageIndex;
import dev.wafer.retrieval.index.Sentences;
import dev.wafer.retrieval.search.HybridSearcher;
import dev.wafer.retrieval.search.ScoredPassage;
import dev.wafer.retrieval.search.SearchOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which of the articles a refresh brought are about a followed topic. The topic is searched as a
 * question is (BM25 and vectors, fused, {@link SearchOptions#DEFAULTS}), over those articles' passages
 * only; an article matches when its closest passage is near the topic in meaning, its headline and
 * first sentence — what a story is about — carry most of the topic's rarer words, and it names every
 * chip model the topic names ("Intel 18A" is not followed by news of Intel's Gaudi 3).
 */
public final class TopicMatcher {

    /**
     * Calibrated with bge-small-en-v1.5 on the follow dev set ({@code eval/src/test/resources/eval/follow/
     * topics.json}: 13 topics as Discord users type them against 42 invented chip-news articles, with near
     * misses written in — the same company's other product, the same product's other story, a rival's same
     * product). Matches came at 0.64–0.85, near misses that carry the topic's words at 0.65–0.75, so the
     * meaning only keeps off what is unrelated; the words decide the rest. {@code FollowMatchDevSet} prints
     * precision and recall and a sweep of both thresholds.
     */
    public static final double DEFAULT_MIN_SIMILARITY = 0.64;
    /** Of the topic's words, weighted by rarity, this share must be in the headline or first sentence. */
    public static final double DEFAULT_MIN_WORD_SHARE = 0.6;
    /** Passages read per new article: enough that every article's closest passage is seen. */
    private static final int PASSAGES_PER_ARTICLE = 3;
    /**
     * Passages read at most, however many articles a refresh brought: an article about the topic ranks
     * among the first few dozen passages of a search held to the new ones, and reading each costs time.
     */
    private static final int MAX_PASSAGES = 80;

    private final PassageIndex passages;
    private final HybridSearcher searcher;
    private final Function<String, Optional<Article>> articles;
    private final double minSimilarity;
    private final double minWordShare;

    public TopicMatcher(PassageIndex passages, Function<String, Optional<Article>> articles, double minSimilarity,
                        double minWordShare) {
        if (minSimilarity < -1 || minSimilarity > 1) {
            throw new IllegalArgumentException("minSimilarity must be a cosine similarity, was " + minSimilarity);
        }
        if (minWordShare < 0 || minWordShare > 1) {
            throw new IllegalArgumentException("minWordShare must be between 0 and 1, was " + minWordShare);
        }
        this.passages = passages;
        this.searcher = passages == null ? null : new HybridSearcher(passages, SearchOptions.DEFAULTS);
        this.articles = articles;
        this.minSimilarity = minSimilarity;
        this.minWordShare = minWordShare;
    }

    public TopicMatcher(PassageIndex passages, Function<String, Optional<Article>> articles) {
        this(passages, articles, DEFAULT_MIN_SIMILARITY, DEFAULT_MIN_WORD_SHARE);
    }

    /** Thresholds only, to judge matches scored elsewhere ({@link #accepts}). */
    public static TopicMatcher judging(double minSimilarity, double minWordShare) {
        return new TopicMatcher(null, id -> Optional.empty(), minSimilarity, minWordShare);
    }

    /** The ids among {@code articleIds} that are about {@code topic}, closest first. */
    public List<String> matching(String topic, Collection<String> articleIds) {
        return scored(topic, articleIds, minSimilarity).stream().filter(this::accepts).map(TopicMatch::articleId).toList();
    }

    /** Whether a scored article is about its topic. */
    public boolean accepts(TopicMatch match) {
        return match.namesItsModels() && match.similarity() >= minSimilarity && match.wordShare() >= minWordShare;
    }

    /** How close each article the search found among {@code articleIds} is to {@code topic}, closest first. */
    public List<TopicMatch> scored(String topic, Collection<String> articleIds) {
        return scored(topic, articleIds, -1);
    }

    /** As {@link #scored(String, Collection)}, reading the words of only the articles at least {@code floor} close. */
    private List<TopicMatch> scored(String topic, Collection<String> articleIds, double floor) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("topic must not be blank");
        }
        if (searcher == null) {
            throw new IllegalStateException("This matcher only judges; it has no index to search");
        }
        if (articleIds.isEmpty()) {
            return List.of();
        }
        int limit = Math.min(MAX_PASSAGES, articleIds.size() * PASSAGES_PER_ARTICLE);
        Map<String, Double> closest = new LinkedHashMap<>();
        for (ScoredPassage found : searcher.searchWithin(topic, limit, articleIds)) {
            closest.merge(found.passage().articleId(), found.similarityOr(-1), Math::max);
        }
        Map<String, Double> weights = rarity(ContentTerms.of(topic));
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<TopicMatch> matches = new ArrayList<>();
        closest.values().removeIf(similarity -> similarity < floor);
        closest.forEach((id, similarity) -> articles.apply(id).ifPresent(article -> {
            List<String> sentences = Sentences.split(article.body());
            Set<String> lead = ContentTerms.of(article.title() + "\n" + (sentences.isEmpty() ? "" : sentences.getFirst()));
            double held = weights.entrySet().stream().filter(word -> lead.contains(word.getKey()))
                    .mapToDouble(Map.Entry::getValue).sum();
            boolean models = CoverageGate.modelsNeverNamed(topic, List.of(article.title(), article.body())).isEmpty();
            matches.add(new TopicMatch(id, similarity, total == 0 ? 1.0 : Math.min(1.0, held / total), models));
        }));
        matches.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        return matches;
    }

    /** Each word's BM25 inverse document frequency over the passage text: rare words weigh most. */
    private Map<String, Double> rarity(Set<String> words) {
        SearchOptions options = SearchOptions.DEFAULTS;
        return passages.read(options.bm25K1(), options.bm25B(), view -> {
            TermCounts counts = view.termCounts(words);
            Map<String, Double> weights = new HashMap<>();
            long count = counts.passages();
            for (String word : words) {
                long holding = counts.inText(word);
                weights.put(word, Math.log(1 + (count - holding + 0.5) / (holding + 0.5)));
            }
            return weights;
        });
    }
}
