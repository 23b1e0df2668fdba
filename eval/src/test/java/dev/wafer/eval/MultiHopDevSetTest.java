package dev.wafer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.wafer.corpus.solr.SolrSettings;
import dev.wafer.retrieval.search.SearchOptions;
import dev.wafer.testkit.SharedData;
import dev.wafer.testkit.SolrCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retrieval on MultiHop-RAG's dev split (../shared/eval/multihop), from the data folder and from a copy on
 * a real 2-node SolrCloud (2 shards of 2 copies), each question asked of both in turn: keeps the README's
 * figures from sliding back and holds the cluster within 0.02 of the embedded index. Slow: the 609
 * articles are embedded once (about 4 minutes on two cores). Skipped, saying why, without ../shared.
 */
@Tag("devset")
@Tag("solr-cluster")
class MultiHopDevSetTest {

    private static final Path MULTIHOP = SharedData.path("eval", "multihop");

    @TempDir
    Path work;

    @Test
    void theClusterRetrievesAsWellAsTheDataFolder() {
        Path corpusFile = MULTIHOP.resolve("corpus.jsonl");
        Path queriesFile = MULTIHOP.resolve("queries-dev.jsonl");
        SharedData.require(corpusFile, "Scoring retrieval on the MultiHop-RAG dev split");
        SharedData.require(queriesFile, "Scoring retrieval on the MultiHop-RAG dev split");
        List<EvalQuery> queries = EvalQueries.read(queriesFile);

        try (IndexedCorpus corpus = IndexedCorpus.build(corpusFile, null, "Wafer", line -> { });
             SolrCluster solr = SolrCluster.start(2, work.resolve("solr"));
             ClusterCopy copy = ClusterCopy.of(corpus, new SolrSettings(solr.nodes(), null, null, "wafer_eval", 2, 2),
                     line -> { })) {
            List<RetrievalRun> runs = RetrievalRun.sideBySide(List.of("data folder", "cluster"),
                    List.of(Evaluation.retriever(corpus.library().searcher(SearchOptions.DEFAULTS)),
                            Evaluation.retriever(copy.library().searcher(SearchOptions.DEFAULTS))),
                    queries, 10, line -> { });
            Metrics home = runs.get(0).overall();
            Metrics cluster = runs.get(1).overall();
            System.out.printf("MultiHop-RAG dev, data folder: %s%nMultiHop-RAG dev, Solr cluster: %s%n", home, cluster);

            assertThat(home.queries()).isEqualTo(cluster.queries()).isGreaterThan(600);
            // Just under the README's figures (0.8520 / 0.9532 / 0.7158): a few questions' slack for another
            // CPU's rounding in the model, none for a change that costs retrieval.
            assertThat(home.hitsAt4()).as("Hits@4").isGreaterThanOrEqualTo(0.845);
            assertThat(home.hitsAt10()).as("Hits@10").isGreaterThanOrEqualTo(0.945);
            assertThat(home.mrrAt10()).as("MRR@10").isGreaterThanOrEqualTo(0.705);
            assertThat(cluster.hitsAt4()).as("Hits@4 on the cluster").isCloseTo(home.hitsAt4(), within(0.02));
            assertThat(cluster.hitsAt10()).as("Hits@10 on the cluster").isCloseTo(home.hitsAt10(), within(0.02));
            assertThat(cluster.mrrAt10()).as("MRR@10 on the cluster").isCloseTo(home.mrrAt10(), within(0.02));
        }
    }
}
