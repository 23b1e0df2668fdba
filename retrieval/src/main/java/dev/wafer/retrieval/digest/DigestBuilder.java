package dev.wafer.retrieval.digest;

import dev.wafer.retrieval.claim.SameClaim;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.store.ArticleStore;
import dev.wafer.retrieval.index.Sentences;
import dev.wafer.retrieval.sourcing.RememberedSourcing;
import dev.wafer.retrieval.sourcing.SourcingClassifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Selects a digest's stories: articles stored since a moment (or published since a day) that were
 * not posted before, newest first, with articles about the same event grouped under the newest one
 * (their headlines or first sentences say the same thing). Syndicated copies were already folded
 * into {@code alsoReportedBy} when they arrived, so each story appears once.
 */
public final class DigestBuilder {

    /** What each story's opening rests on, shown beside it when it is weaker than the outlet's word. */
    private static final SourcingClassifier SOURCING = RememberedSourcing.attributionCues();

    /** A digest is a glance, not an archive: beyond this many stories the oldest are left for the record. */
    public static final int MAX_STORIES = 30;
    private static final java.time.Duration SAME_EVENT = java.time.Duration.ofDays(3);

    private final ArticleStore store;

    public DigestBuilder(ArticleStore store) {
        this.store = store;
    }

    /** The stories stored at or after {@code since} that are not in {@code posted}. */
    public Digest newSince(Instant since, Set<String> posted) {
        List<Article> fresh = store.importedFrom(since).stream().filter(article -> !posted.contains(article.id())).toList();
        return new Digest(since, group(fresh));
    }

    /** The stories published on or after {@code day} (UTC), whether posted or not. */
    public Digest publishedSince(LocalDate day) {
        Instant since = day.atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Article> fresh = store.all().stream()
                .filter(article -> article.published() != null && !article.published().isBefore(since)).toList();
        return new Digest(since, group(fresh));
    }

    /**
     * {@code articles} as stories, newest first: each the newest article with the other reports of its
     * event (at most {@link #MAX_STORIES}).
     */
    public static List<DigestStory> stories(List<Article> articles) {
        return group(articles);
    }

    private static List<DigestStory> group(List<Article> articles) {
        List<Article> newestFirst = articles.stream()
                .sorted(Comparator.comparing((Article article) -> article.published() != null ? article.published()
                        : article.importedAt()).reversed())
                .limit(MAX_STORIES * 3L)
                .toList();
        List<List<Article>> groups = new ArrayList<>();
        List<List<SameClaim.Claim>> claims = new ArrayList<>();
        for (Article article : newestFirst) {
            List<SameClaim.Claim> mine = List.of(SameClaim.Claim.of(article.title()), SameClaim.Claim.of(lead(article)));
            int found = -1;
            for (int i = 0; i < groups.size() && found < 0; i++) {
                if (withinDays(groups.get(i).getFirst(), article)
                        && claims.get(i).stream().anyMatch(known -> mine.stream().anyMatch(known::same))) {
                    found = i;
                }
            }
            if (found >= 0) {
                groups.get(found).add(article);
                claims.get(found).addAll(mine);
            } else {
                groups.add(new ArrayList<>(List.of(article)));
                claims.add(new ArrayList<>(mine));
            }
        }
        return groups.stream().limit(MAX_STORIES).map(group -> story(group.getFirst(),
                group.subList(1, group.size()).stream().map(other -> story(other, List.of())).toList())).toList();
    }

    /** Reports of one event come within days of each other; alike headlines months apart are two stories. */
    private static boolean withinDays(Article lead, Article other) {
        Instant a = lead.published() != null ? lead.published() : lead.importedAt();
        Instant b = other.published() != null ? other.published() : other.importedAt();
        return java.time.Duration.between(b, a).abs().compareTo(SAME_EVENT) <= 0;
    }

    private static DigestStory story(Article article, List<DigestStory> related) {
        return new DigestStory(article.id(), article.title(), article.publisher(), article.published(), article.url(),
                article.alsoReportedBy(), related, SOURCING.classify(lead(article), article.title()));
    }

    private static String lead(Article article) {
        List<String> sentences = Sentences.split(article.body());
        return sentences.isEmpty() ? "" : sentences.getFirst();
    }
}
