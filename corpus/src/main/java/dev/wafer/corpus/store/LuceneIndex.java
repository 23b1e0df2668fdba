package dev.wafer.corpus.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * One on-disk Lucene index with a single long-lived writer and a {@link SearcherManager}: the shape
 * shared by the article store and the passage index. Readers acquire the current searcher and
 * release it; it is refreshed after each commit, never reopened per query.
 *
 * <p>Durability comes from Lucene's commit protocol: a commit is atomic and fsynced, and a process
 * killed between commits leaves the index exactly at its last commit.
 */
public final class LuceneIndex implements Closeable {

    /** Work done with a searcher, which may throw Lucene's IOExceptions. */
    @FunctionalInterface
    public interface SearchWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Work done with the writer before a commit. */
    @FunctionalInterface
    public interface WriteWork<T> {
        T apply(IndexWriter writer) throws IOException;
    }

    private final Path location;
    private final Directory directory;
    private final Supplier<IndexWriterConfig> config;
    private IndexWriter writer;
    private SearcherManager searchers;

    private LuceneIndex(Path location, Directory directory, Supplier<IndexWriterConfig> config) throws IOException {
        this.location = location;
        this.directory = directory;
        this.config = config;
        openWriter();
    }

    /** How the index's files are reached: the file system, or in a test a directory that fills up. */
    @FunctionalInterface
    interface DirectoryOpener {
        Directory open(Path location) throws IOException;
    }

    /** Opens (creating if needed) the index at {@code location}. */
    public static LuceneIndex open(Path location, Supplier<IndexWriterConfig> config) {
        return open(location, config, FSDirectory::open);
    }

    static LuceneIndex open(Path location, Supplier<IndexWriterConfig> config, DirectoryOpener opener) {
        Directory directory = null;
        try {
            Files.createDirectories(location);
            directory = opener.open(location);
            return new LuceneIndex(location, directory, config);
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new DataFolderInUseException(location, e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw StoreException.of(location, "Cannot open the index", e);
        }
    }

    private void openWriter() throws IOException {
        writer = new IndexWriter(directory, config.get().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        if (!DirectoryReader.indexExists(directory)) {
            // A first empty commit lets every reader open from the start.
            writer.commit();
        }
        searchers = new SearcherManager(writer, null);
    }

    public static IndexWriterConfig config(Analyzer analyzer) {
        return new IndexWriterConfig(analyzer).setCommitOnClose(false).setMergeScheduler(new QuietMergeScheduler());
    }

    /**
     * Lucene's background merges, whose failure (a full disk, most often) is logged in one line instead
     * of a merge thread's stack trace on stderr: the writer keeps the failure, and the next commit
     * reports it to the person in words, with nothing of the last commit lost.
     */
    private static final class QuietMergeScheduler extends ConcurrentMergeScheduler {
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LuceneIndex.class);

        @Override
        protected void handleMergeException(Throwable exc) {
            // INFO, not WARN: the command line shows WARN on stderr, and the write that follows says it in words.
            LOG.info("A background merge of the index failed; the next write reports it: {}", exc.toString());
        }
    }

    public <T> T search(SearchWork<T> work) {
        SearcherManager current = currentSearchers();
        IndexSearcher searcher;
        try {
            searcher = current.acquire();
        } catch (IOException e) {
            throw StoreException.of(location, "Cannot read the index", e);
        }
        try {
            return work.apply(searcher);
        } catch (IOException e) {
            throw StoreException.of(location, "Cannot read the index", e);
        } finally {
            try {
                current.release(searcher);
            } catch (IOException e) {
                throw StoreException.of(location, "Cannot release an index reader", e);
            }
        }
    }

    private synchronized SearcherManager currentSearchers() {
        return searchers;
    }

    /**
     * Runs {@code work} and commits it as one unit, with {@code commitData} recorded in the commit.
     * If the work fails, nothing of it is committed: the writer rolls back to the last commit and is
     * reopened, and the failure is rethrown.
     */
    public synchronized <T> T commit(WriteWork<T> work, Map<String, String> commitData) {
        try {
            T result = work.apply(writer);
            if (!commitData.isEmpty()) {
                writer.setLiveCommitData(commitData.entrySet());
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
            return result;
        } catch (IOException e) {
            rollBack();
            throw writeFailed("Cannot write to the index; nothing was changed", e);
        } catch (RuntimeException e) {
            rollBack();
            // A writer closed by a failed background merge throws AlreadyClosedException with that failure as its cause.
            if (DiskFull.in(e)) {
                throw writeFailed("Cannot write to the index; nothing was changed", e);
            }
            throw e;
        }
    }

    private StoreException writeFailed(String message, Throwable e) {
        if (DiskFull.in(e)) {
            Path disk = location.getParent() == null ? location : location.getParent();
            return new DiskFullException(location, disk, e);
        }
        return StoreException.of(location, message, e);
    }

    /**
     * Merges the index into one segment and commits that, keeping the last commit's user data. Each
     * segment has its own vector graph and term dictionaries, so a search's cost grows with the segment
     * count; after a bulk change one segment searches several times faster. Costs a rewrite of the index.
     */
    public synchronized void compact() {
        try {
            writer.forceMerge(1);
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            rollBack();
            throw writeFailed("Cannot compact the index; it is unchanged", e);
        }
    }

    /** How many segments the current searcher sees. */
    public int segments() {
        return search(searcher -> searcher.getIndexReader().leaves().size());
    }

    /** The user data of the last commit (e.g. which version of the store a derived index reflects). */
    public synchronized Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return Map.copyOf(data);
    }

    public Path location() {
        return location;
    }

    private void rollBack() {
        try {
            searchers.close();
            writer.rollback();
            openWriter();
        } catch (IOException e) {
            throw writeFailed("Cannot reopen the index after a failed write; restart Wafer", e);
        }
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException ignored) {
            // Already failing with a more useful error.
        }
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw StoreException.of(location, "Cannot close the index cleanly", e);
        }
    }
}
