package dev.wafer.eval;

import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.solr.SolrNodes;
import dev.wafer.corpus.solr.SolrSettings;
import dev.wafer.corpus.store.solr.SolrCollections;
import dev.wafer.retrieval.CorpusCopy;
import dev.wafer.retrieval.NewsLibrary;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A benchmark corpus, indexed as usual, copied into a Solr cluster's collections (emptied first, so
 * nothing else is searched) and opened from there, as a process with {@code WAFER_INDEX=solr} would.
 */
final class ClusterCopy implements AutoCloseable {

    private final Path folder;
    private final NewsLibrary library;

    private ClusterCopy(Path folder, NewsLibrary library) {
        this.folder = folder;
        this.library = library;
    }

    static ClusterCopy of(IndexedCorpus corpus, SolrSettings solr, Consumer<String> progress) {
        SolrNodes nodes = new SolrNodes(solr);
        SolrCollections.ensure(nodes, solr);
        for (String collection : new String[] {solr.articles(), solr.passages()}) {
            nodes.deleteByQuery(collection, "*:*");
            nodes.commit(collection);
        }
        long start = System.nanoTime();
        CorpusCopy.Copied copied = CorpusCopy.toSolr(corpus.library(), solr, IndexedCorpus.progressOf("Solr", progress));
        progress.accept(String.format("Solr: copied %d articles, %d passages into %s in %.1f s", copied.articles(),
                copied.passages(), solr.nodes(), (System.nanoTime() - start) / 1e9));
        Path folder = IndexedCorpus.createTempFolder("wafer-eval-solr");
        NewsLibrary.Options options = NewsLibrary.Options.defaults().withStarter(false)
                .withEmbedder(() -> corpus.library().embedder()).withCluster(Optional.of(solr));
        return new ClusterCopy(folder, NewsLibrary.open(DataFolder.open(folder), options));
    }

    NewsLibrary library() {
        return library;
    }

    @Override
    public void close() {
        try {
            library.close();
        } finally {
            IndexedCorpus.deleteQuietly(folder);
        }
    }
}
