package dev.wafer.retrieval.index;

import dev.wafer.corpus.solr.SolrTraffic;
import dev.wafer.corpus.store.ArticleStore;
import dev.wafer.corpus.store.WriteLock;
import java.io.Closeable;
import java.util.Optional;

/**
 * Where a corpus lives: its articles (the source of truth), the passages derived from them, and who
 * may write now. Chosen once when a library opens — the embedded data folder or a shared search
 * cluster — so nothing after that needs to know which it holds.
 */
public interface CorpusBackend extends Closeable {

    ArticleStore articles();

    PassageIndex passages();

    /** Who may write now: one writer at a time, a second refused with a line saying who writes. */
    WriteLock writeLock();

    /** Where the articles and passages live, for status lines: "this data folder", or the cluster's collections and nodes. */
    String description();

    /** What this process has asked of the cluster the corpus lives on; empty for a data folder. */
    Optional<SolrTraffic> traffic();

    /** The passages with their vectors, when this backend can hand them out to be copied elsewhere. */
    Optional<EmbeddedPassages> copySource();

    /** Closes the passages, then the articles. */
    @Override
    default void close() {
        try {
            passages().close();
        } finally {
            articles().close();
        }
    }
}
