package dev.wafer.corpus.store;

import dev.wafer.corpus.Article;
import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The durable source of truth for articles. Every write is atomic: all of it is committed, or none. */
public interface ArticleStore extends Closeable {

    /**
     * Inserts new articles and replaces changed ones, by id, in one commit. An article whose content
     * is unchanged is left as it is (it keeps its first import time).
     */
    default UpsertResult upsert(Collection<Article> articles) {
        return upsert(articles, Map.of());
    }

    /**
     * Upserts as {@link #upsert(Collection)} and records {@code notes} — small facts about the store,
     * such as whether the starter corpus went in — in the same commit, so a kill can never leave the
     * articles without the note or the note without the articles. Notes are written even when no
     * article changed.
     */
    UpsertResult upsert(Collection<Article> articles, Map<String, String> notes);

    /** A note recorded with {@link #upsert(Collection, Map)}, if any commit recorded it. */
    Optional<String> note(String name);

    Optional<Article> get(String id);

    /** Finds an article by its URL in canonical form. */
    Optional<Article> findByUrl(String url);

    /** Removes an article; returns false when there was none with that id. */
    boolean delete(String id);

    List<Article> all();

    /** Each stored article's id with a fingerprint of its content, to let derived indexes catch up. */
    Map<String, String> fingerprints();

    StoreStats stats();

    /** How many stored articles were first imported at or after {@code since}. */
    long importedSince(java.time.Instant since);

    /** The stored articles first imported at or after {@code since} (a digest's new stories). */
    List<Article> importedFrom(java.time.Instant since);

    /** A number that grows with every commit, so derived indexes can tell whether they are behind. */
    long version();

    @Override
    void close();

    /**
     * A digest of everything a reader could see of the article, to detect real changes, the
     * same whichever store keeps it.
     */
    static String fingerprint(Article article) {
        String content = String.join("\u0000", article.url(), article.title(), article.publisher(),
                String.valueOf(article.author()), String.valueOf(article.published()), article.body(),
                String.join("\u0001", article.alsoReportedBy()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
