package dev.wafer.retrieval.index.solr;

import dev.wafer.corpus.solr.SolrNodes;
import dev.wafer.corpus.solr.SolrSettings;
import dev.wafer.corpus.solr.SolrTraffic;
import dev.wafer.corpus.store.ArticleStore;
import dev.wafer.corpus.store.WriteLock;
import dev.wafer.corpus.store.solr.SolrArticleStore;
import dev.wafer.corpus.store.solr.SolrCollections;
import dev.wafer.corpus.store.solr.SolrWriteLock;
import dev.wafer.retrieval.index.CorpusBackend;
import dev.wafer.retrieval.index.EmbeddedPassages;
import dev.wafer.retrieval.index.Embedder;
import dev.wafer.retrieval.index.IndexProgress;
import dev.wafer.retrieval.index.PassageIndex;
import dev.wafer.retrieval.index.PassageSplitter;
import dev.wafer.retrieval.index.TokenCounter;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A corpus on a Solr cluster that several Wafer processes share: an articles and a passages
 * collection, and a write lease in the articles collection so that one process writes at a time.
 */
public record SolrCorpus(SolrNodes solr, SolrArticleStore articles, SolrPassageIndex passages, WriteLock writeLock)
        implements CorpusBackend {

    private static final Logger LOG = LoggerFactory.getLogger(SolrCorpus.class);

    /**
     * Creates the collections when missing, unless only reading, when they must be there already.
     *
     * @param readOnly open to read only: no collection is created
     */
    public static SolrCorpus open(SolrSettings settings, Supplier<Embedder> embedder, Clock clock, boolean readOnly) {
        SolrNodes solr = new SolrNodes(settings);
        if (readOnly) {
            SolrCollections.require(solr, settings);
        } else {
            SolrCollections.ensure(solr, settings);
        }
        SolrPassageIndex passages = SolrPassageIndex.open(solr, settings, new PassageSplitter(new TokenCounter()),
                embedder, clock);
        SolrCorpus corpus = new SolrCorpus(solr, SolrArticleStore.open(solr, settings, clock), passages,
                new SolrWriteLock(solr, settings.articles(), clock));
        LOG.info("Articles and passages are on the Solr cluster at {} (collections {} and {})", settings.nodes(),
                settings.articles(), settings.passages());
        return corpus;
    }

    /**
     * Copies passages with their vectors in, replacing those of {@code articleIds}, and records
     * {@code storeVersion}: nothing is embedded again.
     */
    public void copyPassages(EmbeddedPassages source, Collection<String> articleIds, long storeVersion,
                             IndexProgress progress) {
        passages.copyFrom(source, articleIds, storeVersion, progress);
    }

    @Override
    public String description() {
        return passages.describe();
    }

    @Override
    public Optional<SolrTraffic> traffic() {
        return Optional.of(solr.traffic());
    }

    /** A cluster's passages are copied from a data folder, not out of it. */
    @Override
    public Optional<EmbeddedPassages> copySource() {
        return Optional.empty();
    }
}
