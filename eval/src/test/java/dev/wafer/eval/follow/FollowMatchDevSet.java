package dev.wafer.eval.follow;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.follow.TopicMatch;
import dev.wafer.retrieval.follow.TopicMatcher;
import dev.wafer.retrieval.index.IndexProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The follow dev set scored: every topic against every article, as one refresh bringing them all.
 * {@code FollowMatchDevSetTest} prints precision and recall at the product's thresholds and every
 * wrong or missed pair ({@code ./mvnw -o -q -pl eval -am test -Dtest=FollowMatchDevSetTest
 * -Dsurefire.failIfNoSpecifiedTests=false}); {@code main} prints them with a sweep of both thresholds.
 */
public final class FollowMatchDevSet {

    /** The dev set's file, from the test classpath. */
    static final String RESOURCE = "/eval/follow/topics.json";

    record DevArticle(String id, String publisher, String published, String title, String body) {
    }

    record DevTopic(String topic, List<String> matches, List<String> nearMisses) {
    }

    record DevSet(List<DevArticle> articles, List<DevTopic> topics) {
    }

    /** Precision and recall over every topic/article pair, and over the hand-picked pairs only. */
    record Score(int truePositives, int falsePositives, int falseNegatives, int pairs, int nearMissesMatched,
                 List<String> errors) {

        double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    /** The scores of every pair, one search per topic; the matcher's thresholds decide afterwards. */
    record Scored(DevSet set, Map<String, List<TopicMatch>> byTopic) {

        Score score(TopicMatcher matcher) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int nearMisses = 0;
            List<String> errors = new ArrayList<>();
            for (DevTopic topic : set.topics()) {
                Set<String> accepted = new HashSet<>();
                for (TopicMatch match : byTopic.get(topic.topic())) {
                    if (matcher.accepts(match)) {
                        accepted.add(match.articleId());
                    }
                }
                for (DevArticle article : set.articles()) {
                    boolean wanted = topic.matches().contains(article.id());
                    boolean got = accepted.contains(article.id());
                    if (wanted && got) {
                        tp++;
                    } else if (got) {
                        fp++;
                        nearMisses += topic.nearMisses().contains(article.id()) ? 1 : 0;
                        errors.add("wrong match: '" + topic.topic() + "' ~ " + article.id() + " " + describe(topic, article.id()));
                    } else if (wanted) {
                        fn++;
                        errors.add("missed: '" + topic.topic() + "' ~ " + article.id() + " " + describe(topic, article.id()));
                    }
                }
            }
            return new Score(tp, fp, fn, set.topics().size() * set.articles().size(), nearMisses, errors);
        }

        private String describe(DevTopic topic, String articleId) {
            return byTopic.get(topic.topic()).stream().filter(match -> match.articleId().equals(articleId)).findFirst()
                    .map(match -> String.format(Locale.ROOT, "(similarity %.3f, words %.2f%s)", match.similarity(),
                            match.wordShare(), match.namesItsModels() ? "" : ", a model unnamed"))
                    .orElse("(not found by the search)");
        }
    }

    private FollowMatchDevSet() {
    }

    static DevSet load() {
        try (InputStream in = FollowMatchDevSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new ObjectMapper().configure(
                    com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, DevSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes the dev set's articles into a new library in {@code folder} and scores every topic against them. */
    static Scored scoreAll(DevSet set, Path folder) {
        Instant imported = Instant.parse("2026-11-22T00:00:00Z");
        Map<String, String> devIds = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        for (DevArticle dev : set.articles()) {
            Article article = Article.of("https://news.example/" + dev.id(), dev.title(), dev.publisher(), null,
                    LocalDate.parse(dev.published()).atTime(9, 0).toInstant(ZoneOffset.UTC), dev.body(), imported);
            articles.add(article);
            devIds.put(article.id(), dev.id());
        }
        try (NewsLibrary library = NewsLibrary.open(DataFolder.open(folder),
                NewsLibrary.Options.defaults().withStarter(false))) {
            library.ingest(articles, IndexProgress.NONE);
            TopicMatcher matcher = new TopicMatcher(library.passages(), library.store()::get);
            Map<String, List<TopicMatch>> byTopic = new HashMap<>();
            for (DevTopic topic : set.topics()) {
                byTopic.put(topic.topic(), matcher.scored(topic.topic(), devIds.keySet()).stream()
                        .map(match -> match.withArticleId(devIds.get(match.articleId()))).toList());
            }
            return new Scored(set, byTopic);
        }
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("wafer-follow-dev");
        DevSet set = load();
        Scored scored = scoreAll(set, folder);
        int curated = set.topics().stream().mapToInt(topic -> topic.matches().size() + topic.nearMisses().size()).sum();
        System.out.printf(Locale.ROOT, "Follow dev set: %d topics x %d articles = %d pairs (%d hand-picked: matches and near misses)%n",
                set.topics().size(), set.articles().size(), set.topics().size() * set.articles().size(), curated);
        Score product = scored.score(TopicMatcher.judging(TopicMatcher.DEFAULT_MIN_SIMILARITY, TopicMatcher.DEFAULT_MIN_WORD_SHARE));
        print("product thresholds (similarity >= " + TopicMatcher.DEFAULT_MIN_SIMILARITY + ", words >= "
                + TopicMatcher.DEFAULT_MIN_WORD_SHARE + ")", product);
        product.errors().forEach(error -> System.out.println("  " + error));
        System.out.println("Sweep:");
        for (double similarity = 0.60; similarity <= 0.801; similarity += 0.02) {
            for (double share : new double[] {0.0, 0.34, 0.5, 0.6, 0.67, 1.0}) {
                print(String.format(Locale.ROOT, "  similarity >= %.2f, words >= %.2f", similarity, share),
                        scored.score(TopicMatcher.judging(similarity, share)));
            }
        }
    }

    static void print(String label, Score score) {
        System.out.printf(Locale.ROOT, "%s: precision %.3f, recall %.3f (%d right, %d wrong of which %d near misses, %d missed)%n",
                label, score.precision(), score.recall(), score.truePositives(), score.falsePositives(),
                score.nearMissesMatched(), score.falseNegatives());
    }
}
