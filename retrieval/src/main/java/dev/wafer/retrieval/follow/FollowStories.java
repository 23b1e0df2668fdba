package dev.wafer.retrieval.follow;

import dev.wafer.corpus.Article;
import dev.wafer.retrieval.digest.DigestBuilder;
import dev.wafer.retrieval.digest.DigestStory;
import dev.wafer.retrieval.index.Sentences;
import dev.wafer.retrieval.sourcing.RememberedSourcing;
import dev.wafer.retrieval.sourcing.IndependentReports;
import dev.wafer.retrieval.sourcing.SourcingClassifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Articles about a followed topic as stories: reports of one event grouped as the digest groups them
 * ({@link DigestBuilder#stories}, by the same claim within days), and each story's outlets counted as
 * answers count them ({@link IndependentReports}), so a wire story and its copies are one outlet.
 */
public final class FollowStories {

    private static final SourcingClassifier SOURCING = RememberedSourcing.attributionCues();

    private FollowStories() {
    }

    /** The stories among {@code articles}, newest first. */
    public static List<FollowStory> of(List<Article> articles) {
        Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
        List<FollowStory> stories = new ArrayList<>();
        for (DigestStory story : DigestBuilder.stories(articles)) {
            List<Article> reports = story.articleIds().stream().map(byId::get).toList();
            Article lead = reports.getFirst();
            List<IndependentReports.Report> counted = reports.stream().map(FollowStories::report).toList();
            Set<String> outlets = new LinkedHashSet<>();
            for (Article report : reports) {
                outlets.add(report.publisher());
                outlets.addAll(report.alsoReportedBy());
            }
            outlets.remove(lead.publisher());
            stories.add(new FollowStory(lead, claim(lead), IndependentReports.of(counted).size(), outlets.size(),
                    story.articleIds()));
        }
        return stories;
    }

    private static IndependentReports.Report report(Article article) {
        String claim = claim(article);
        return new IndependentReports.Report(article.publisher(), article.published(), article.body(),
                SOURCING.classify(claim, article.body()), article.alsoReportedBy());
    }

    private static String claim(Article article) {
        List<String> sentences = Sentences.split(article.body());
        return sentences.isEmpty() ? article.title() : sentences.getFirst();
    }
}
