package dev.wafer.corpus.store;

import dev.wafer.corpus.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an upsert writes, decided the same way by every store: an article with a new id is added, one
 * whose content changed replaces the stored one but keeps its first import time (a digest's "new
 * stories" are new to the reader, not re-sent when an outlet fixes a typo), and an unchanged one is left
 * as it is and costs nothing.
 *
 * @param toWrite the articles to write, each with the import time it is to keep
 * @param result  the ids added, updated and unchanged, as the caller reports them
 */
public record UpsertPlan(List<Article> toWrite, UpsertResult result) {

    public UpsertPlan {
        toWrite = List.copyOf(toWrite);
    }

    /**
     * What a store holds of an article: enough to tell a real change and to keep its first import time.
     *
     * @param fingerprint {@link ArticleStore#fingerprint} of the stored version
     */
    public record Stored(String fingerprint, Instant importedAt) {
    }

    /**
     * The plan for {@code articles} (the last copy of a repeated id wins) against what the store holds.
     *
     * @param stored what the store holds of the given ids, by id; ids it does not hold are absent
     */
    public static UpsertPlan of(Collection<Article> articles, Function<Collection<String>, Map<String, Stored>> stored) {
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article article : articles) {
            byId.put(article.id(), article);
        }
        Map<String, Stored> existing = byId.isEmpty() ? Map.of() : stored.apply(List.copyOf(byId.keySet()));
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Article> toWrite = new ArrayList<>();
        for (Article article : byId.values()) {
            Stored before = existing.get(article.id());
            if (before == null) {
                added.add(article.id());
                toWrite.add(article);
            } else if (before.fingerprint().equals(ArticleStore.fingerprint(article))) {
                unchanged.add(article.id());
            } else {
                updated.add(article.id());
                toWrite.add(article.withImportedAt(before.importedAt()));
            }
        }
        return new UpsertPlan(toWrite, new UpsertResult(added, updated, unchanged));
    }

    /** Nothing to write: every article is stored as it is. */
    public boolean writesNothing() {
        return toWrite.isEmpty();
    }
}
