package dev.wafer.retrieval.index;

import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.solr.SolrTraffic;
import dev.wafer.corpus.store.ArticleStore;
import dev.wafer.corpus.store.LuceneArticleStore;
import dev.wafer.corpus.store.WriteLock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A corpus in a data folder: an embedded Lucene article store and passage index. The folder's index
 * locks admit one process, so another process is refused when it opens the folder, and this one orders
 * its own writes.
 */
public record EmbeddedCorpus(ArticleStore articles, LucenePassageIndex passages) implements CorpusBackend {

    public static EmbeddedCorpus open(DataFolder folder, Supplier<Embedder> embedder) {
        ArticleStore articles = LuceneArticleStore.open(folder.articles());
        try {
            return new EmbeddedCorpus(articles,
                    LucenePassageIndex.open(folder.passages(), new PassageSplitter(new TokenCounter()), embedder));
        } catch (RuntimeException e) {
            articles.close();
            throw e;
        }
    }

    @Override
    public WriteLock writeLock() {
        return WriteLock.NONE;
    }

    @Override
    public String description() {
        return "this data folder";
    }

    @Override
    public Optional<SolrTraffic> traffic() {
        return Optional.empty();
    }

    @Override
    public Optional<EmbeddedPassages> copySource() {
        return Optional.of(passages);
    }
}
