package dev.wafer.retrieval.correction;

import dev.wafer.corpus.Article;
import dev.wafer.retrieval.index.Sentences;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the newer article that changes one of an answer's cited claims: only articles published after
 * the cited one, never the cited article itself, read headline first and then sentence by sentence
 * ({@link ChangeDetector}). The oldest such article wins: it is the one that changed the story first.
 */
public final class CorrectionFinder {

    private final ChangeDetector detector;

    public CorrectionFinder(ChangeDetector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /** The first change to any of {@code claims} among {@code newer}, or empty when none changes them. */
    public Optional<Correction> find(List<CitedClaim> claims, Collection<Article> newer) {
        List<Article> oldestFirst = newer.stream().filter(article -> article.published() != null)
                .sorted(Comparator.comparing(Article::published)).toList();
        List<Set<String>> subjects = claims.stream().map(claim -> detector.subject(claim.sentence())).toList();
        for (Article article : oldestFirst) {
            Set<String> mentioned = null;
            for (int i = 0; i < claims.size(); i++) {
                CitedClaim claim = claims.get(i);
                if (!article.published().isAfter(claim.published()) || article.url().equals(claim.url())) {
                    continue;
                }
                mentioned = mentioned != null ? mentioned : detector.mentioned(article.title() + "\n" + article.body());
                if (!mentioned.containsAll(subjects.get(i))) {
                    continue; // about other companies, products or places
                }
                for (String sentence : sentences(article)) {
                    Optional<ChangeKind> change = detector.change(claim.sentence(), sentence);
                    if (change.isPresent()) {
                        return Optional.of(new Correction(claim, change.get(), sentence, article.title(),
                                article.publisher(), article.url(), article.published()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> sentences(Article article) {
        List<String> sentences = new ArrayList<>();
        sentences.add(article.title());
        sentences.addAll(Sentences.split(article.body()));
        return sentences;
    }
}
