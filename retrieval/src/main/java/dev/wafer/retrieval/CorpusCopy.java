package dev.wafer.retrieval;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.store.solr.SolrArticleStore;
import dev.wafer.corpus.store.solr.SolrCollections;
import dev.wafer.corpus.store.solr.SolrNodes;
import dev.wafer.corpus.store.solr.SolrSettings;
import dev.wafer.corpus.store.solr.SolrWriteLock;
import dev.wafer.corpus.store.WriteLock;
import dev.wafer.retrieval.index.solr.SolrPassageIndex;
import dev.wafer.retrieval.index.IndexProgress;
import dev.wafer.retrieval.index.LucenePassageIndex;
import dev.wafer.retrieval.index.PassageSplitter;
import dev.wafer.retrieval.index.TokenCounter;
import java.util.List;

/**
 * Copies an embedded corpus (a data folder's articles, and its passages with their vectors) into a
 * shared one on a Solr cluster: {@code wafer reindex --to solr}. Articles already there are kept or
 * replaced by id, like any import; nothing is embedded again.
 */
public final class CorpusCopy {

    /** Articles per upsert: one request each, a few MB at most. */
    private static final int ARTICLE_BATCH = 500;

    /** How much was copied. */
    public record Copied(int articles, int passages) {
    }

    private CorpusCopy() {
    }

    /**
     * @throws IllegalStateException when another process is writing the shared corpus
     * @throws IllegalArgumentException when {@code from} is itself on a cluster
     */
    public static Copied toSolr(NewsLibrary from, SolrSettings to, IndexProgress progress) {
        if (!(from.passages() instanceof LucenePassageIndex source)) {
            throw new IllegalArgumentException("The corpus to copy must be a data folder's (unset WAFER_INDEX for it)");
        }
        SolrNodes solr = new SolrNodes(to);
        SolrCollections.ensure(solr, to);
        WriteLock lock = new SolrWriteLock(solr, to.articles(), from.clock());
        WriteLock.Held held = lock.acquire("copying a corpus in");
        try (SolrArticleStore store = SolrArticleStore.open(solr, to, from.clock());
             SolrPassageIndex passages = SolrPassageIndex.open(solr, to, new PassageSplitter(new TokenCounter()),
                     from::embedder, from.clock())) {
            List<Article> articles = from.store().all();
            for (int start = 0; start < articles.size(); start += ARTICLE_BATCH) {
                store.upsert(articles.subList(start, Math.min(articles.size(), start + ARTICLE_BATCH)));
            }
            passages.copyFrom(source, articles.stream().map(Article::id).toList(), store.version(), progress);
            return new Copied(articles.size(), passages.size());
        } finally {
            held.close();
        }
    }
}
