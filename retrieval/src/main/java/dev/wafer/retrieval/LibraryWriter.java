package dev.wafer.retrieval;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.store.ArticleStore;
import dev.wafer.corpus.store.DiskFullException;
import dev.wafer.corpus.store.UpsertResult;
import dev.wafer.corpus.store.WriteLock;
import dev.wafer.retrieval.index.CorpusBackend;
import dev.wafer.retrieval.index.IndexProgress;
import dev.wafer.retrieval.index.PassageIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every write to a corpus, kept in step: articles go to the store first and then their passages to
 * the index, each atomically, under the backend's write lock; if a process dies between the two, the
 * next one to write brings the index up to the store ({@link #mend}).
 */
final class LibraryWriter {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryWriter.class);

    private final CorpusBackend backend;
    private final ArticleStore store;
    private final PassageIndex passages;

    LibraryWriter(CorpusBackend backend) {
        this.backend = backend;
        this.store = backend.articles();
        this.passages = backend.passages();
    }

    /** Stores articles and indexes their passages. Unchanged articles cost nothing. */
    synchronized UpsertResult ingest(Collection<Article> articles, IndexProgress progress) {
        return whileWriting("adding articles", () -> write(articles, Map.of(), progress));
    }

    /** Stores articles with {@code notes} and indexes the changed ones' passages. The caller holds the write lock. */
    UpsertResult write(Collection<Article> articles, Map<String, String> notes, IndexProgress progress) {
        UpsertResult result = store.upsert(articles, notes);
        if (!result.changed().isEmpty()) {
            List<Article> changed = new ArrayList<>();
            for (String id : result.changed()) {
                store.get(id).ifPresent(changed::add);
            }
            passages.upsert(changed, store.version(), progress);
        }
        return result;
    }

    /**
     * Removes an article from store and index, so it is never cited again.
     *
     * @param reference its URL (any tracking variant), its {@code file:} reference, or its id
     */
    synchronized Optional<Article> forget(String reference) {
        return whileWriting("removing an article", () -> {
            Optional<Article> article = store.findByUrl(reference).or(() -> store.get(reference.strip()));
            article.ifPresent(found -> {
                store.delete(found.id());
                passages.delete(List.of(found.id()), store.version());
            });
            return article;
        });
    }

    /** Rebuilds the passage index from the store. Questions keep being answered from the old one meanwhile. */
    synchronized int reindex(IndexProgress progress) {
        whileWriting("rebuilding the passage index", () -> {
            passages.rebuild(store.all(), store.version(), progress);
            return null;
        });
        return passages.size();
    }

    /** Rebuilds passages of an older layout, and indexes what a crash between two commits left behind. The caller writes. */
    synchronized void mend(IndexProgress progress) {
        if (!passages.hasCurrentSchema()) {
            LOG.warn("The passage index in {} was built by an older Wafer; rebuilding it from the article store",
                    backend.description());
            reindex(progress);
        }
        try {
            catchUp(progress);
        } catch (DiskFullException e) {
            // Answers need no space: they come from the passages indexed so far until the disk has room.
            LOG.warn("The passage index is behind the article store and cannot catch up: {}", e.getMessage());
        }
    }

    /** Runs {@code work} holding the right to write ({@link WriteLock}); refused when another process writes. */
    <T> T whileWriting(String task, Supplier<T> work) {
        WriteLock.Held held = backend.writeLock().acquire(task);
        try {
            return work.get();
        } finally {
            held.close();
        }
    }

    /** Brings the passage index up to the store after a crash between the two commits. */
    private void catchUp(IndexProgress progress) {
        if (passages.storeVersion() == store.version()) {
            return;
        }
        Map<String, String> indexed = passages.articleFingerprints();
        Map<String, String> stored = store.fingerprints();
        List<String> gone = indexed.keySet().stream().filter(id -> !stored.containsKey(id)).toList();
        List<Article> stale = new ArrayList<>();
        stored.forEach((id, fingerprint) -> {
            if (!fingerprint.equals(indexed.get(id))) {
                store.get(id).ifPresent(stale::add);
            }
        });
        LOG.info("Passage index is behind the article store: indexing {} articles, removing {}", stale.size(), gone.size());
        if (!gone.isEmpty()) {
            passages.delete(gone, store.version());
        }
        passages.upsert(stale, store.version(), progress);
    }
}
