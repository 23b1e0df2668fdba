package dev.wafer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.store.CorpusException;
import dev.wafer.corpus.solr.SolrSettings;
import dev.wafer.testkit.LoopbackServer;
import dev.wafer.testkit.LoopbackServer.Reply;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library opened only to read (what {@code wafer status} does) on a shared cluster writes nothing there,
 * whatever it finds: over a fake Solr on 127.0.0.1 that answers reads as an empty cluster would and records
 * every request.
 */
class NewsLibraryReadingTest {

    @TempDir
    Path folder;

    /** Collections as {@code collections} lists them; no meta document, no article, no passage. */
    private static LoopbackServer emptySolr(String collections) {
        return LoopbackServer.start().route("/solr/", request -> {
            if (request.path().startsWith("/solr/admin/collections")) {
                return Reply.ok("application/json", "{\"collections\":" + collections + "}");
            }
            if (request.path().endsWith("/get")) {
                return Reply.ok("application/json", "{\"doc\":null,\"response\":{\"numFound\":0,\"docs\":[]}}");
            }
            return Reply.ok("application/json", "{\"responseHeader\":{\"status\":0},\"response\":{\"numFound\":0,\"docs\":[]}}");
        });
    }

    private NewsLibrary.Options reading(LoopbackServer solr) {
        return NewsLibrary.Options.defaults().withStarter(true)
                .withCluster(Optional.of(SolrSettings.of(List.of(URI.create(solr.url("/solr")))))).forReading();
    }

    @Test
    void aClusterWithoutItsMetaDocumentIsReadNotLeasedNorRebuilt() {
        try (LoopbackServer solr = emptySolr("[\"wafer_articles\",\"wafer_passages\"]")) {
            try (NewsLibrary library = NewsLibrary.open(DataFolder.open(folder), reading(solr))) {
                assertThat(library.stats().articles()).isZero();
            }

            assertThat(solr.requests()).isNotEmpty().noneSatisfy(request ->
                    assertThat(request.path()).endsWith("/update"));
        }
    }

    @Test
    void aClusterWithoutWafersCollectionsSaysSoAndCreatesNothing() {
        try (LoopbackServer solr = emptySolr("[]")) {
            assertThatThrownBy(() -> NewsLibrary.open(DataFolder.open(folder), reading(solr)))
                    .isInstanceOf(CorpusException.class)
                    .hasMessageContaining("holds no Wafer corpus yet (no collection wafer_articles or wafer_passages)");

            assertThat(solr.requests()).noneSatisfy(request -> assertThat(request.path()).startsWith("/solr/admin/configs"))
                    .noneSatisfy(request -> assertThat(request.text()).contains("CREATE"));
        }
    }
}
