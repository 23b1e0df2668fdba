package dev.wafer.retrieval.index;

import dev.wafer.corpus.Article;
import java.io.Closeable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The searchable passages of every stored article: BM25 text fields and a dense vector per passage.
 * It is derived data, rebuilt from the article store at any time, and records which store version it
 * reflects. Kept in an embedded Lucene index ({@link LucenePassageIndex}, the default) or on a search
 * cluster that several Wafer processes share.
 */
public interface PassageIndex extends Closeable {

    /** Replaces the passages of the given articles (new or changed), all visible at once. */
    void upsert(Collection<Article> articles, long storeVersion, IndexProgress progress);

    /** Removes every passage of the given articles. */
    void delete(Collection<String> articleIds, long storeVersion);

    /** Rebuilds the whole index from {@code articles}; searches see the old passages until it is done. */
    void rebuild(Collection<Article> articles, long storeVersion, IndexProgress progress);

    /**
     * True when the passages were cut, analysed and stored the way this build does it (or there are
     * none); otherwise the index must be rebuilt from the store before it is searched.
     */
    boolean hasCurrentSchema();

    /** The store version this index was last written against, or -1 if never. */
    long storeVersion();

    /** Article id → fingerprint of the version whose passages are indexed. */
    Map<String, String> articleFingerprints();

    /** Every indexed passage (for statistics, evaluation and copying; reads them all). */
    List<Passage> all();

    int size();

    /** How many passages come from articles published on {@code day} ({@link PassageFilter#publishedOn}). */
    long publishedOn(LocalDate day);

    /** Runs {@code work} in one consistent view, BM25 scored with {@code k1} and {@code b}. */
    <T> T read(float k1, float b, SearchView.Work<T> work);

    /** The model that embeds passages and questions (loaded on first use). */
    Embedder embedder();

    @Override
    void close();
}
