package dev.wafer.retrieval;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.solr.SolrSettings;
import dev.wafer.corpus.store.ArticleStore;
import dev.wafer.corpus.store.WriteLock;
import dev.wafer.retrieval.index.EmbeddedPassages;
import dev.wafer.retrieval.index.IndexProgress;
import dev.wafer.retrieval.index.solr.SolrCorpus;
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
        EmbeddedPassages source = from.backend().copySource().orElseThrow(() -> new IllegalArgumentException(
                "The corpus to copy must be a data folder's (unset WAFER_INDEX for it)"));
        try (SolrCorpus target = SolrCorpus.open(to, from::embedder, from.clock(), false)) {
            WriteLock.Held held = target.writeLock().acquire("copying a corpus in");
            try {
                ArticleStore store = target.articles();
                List<Article> articles = from.store().all();
                for (int start = 0; start < articles.size(); start += ARTICLE_BATCH) {
                    store.upsert(articles.subList(start, Math.min(articles.size(), start + ARTICLE_BATCH)));
                }
                target.copyPassages(source, articles.stream().map(Article::id).toList(), store.version(), progress);
                return new Copied(articles.size(), target.passages().size());
            } finally {
                held.close();
            }
        }
    }
}
