package dev.wafer.corpus.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SolrSettingsTest {

    @Test
    void withoutWaferIndexTheCorpusStaysInTheDataFolder() {
        assertThat(SolrSettings.fromSettings(Map.of())).isEmpty();
        assertThat(SolrSettings.fromSettings(Map.of(SolrSettings.INDEX, "embedded",
                SolrSettings.URL, "http://127.0.0.1:8983/solr"))).isEmpty();
    }

    @Test
    void solrReadsItsNodesCredentialsAndCollectionsFromTheSettings() {
        SolrSettings solr = SolrSettings.fromSettings(Map.of(SolrSettings.INDEX, "Solr",
                SolrSettings.URL, " http://10.0.0.5:8983/solr/ ,https://solr-2.internal:8983/solr",
                SolrSettings.USER, "wafer", SolrSettings.PASSWORD, "s3cret", SolrSettings.COLLECTION, "chips",
                SolrSettings.SHARDS, "4")).orElseThrow();

        assertThat(solr.nodes()).containsExactly(URI.create("http://10.0.0.5:8983/solr"),
                URI.create("https://solr-2.internal:8983/solr"));
        assertThat(solr.articles()).isEqualTo("chips_articles");
        assertThat(solr.passages()).isEqualTo("chips_passages");
        assertThat(solr.shards()).isEqualTo(4);
        assertThat(solr.replicas()).as("two copies: one node can go").isEqualTo(2);
        assertThat(solr.toString()).doesNotContain("s3cret");
    }

    @Test
    void incompleteOrWrongSettingsSayWhatToFixInOneLine() {
        assertThatThrownBy(() -> SolrSettings.fromSettings(Map.of(SolrSettings.INDEX, "solr")))
                .hasMessageContaining(SolrSettings.URL).hasMessageNotContaining("\n");
        assertThatThrownBy(() -> SolrSettings.fromSettings(Map.of(SolrSettings.INDEX, "opensearch")))
                .hasMessageContaining("\"embedded\" (the default) or \"solr\"");
        assertThatThrownBy(() -> SolrSettings.fromSettings(Map.of(SolrSettings.INDEX, "solr",
                SolrSettings.URL, "solr-1:8983")))
                .hasMessageContaining("http(s)://host:port/solr");
        assertThatThrownBy(() -> SolrSettings.fromSettings(Map.of(SolrSettings.INDEX, "solr",
                SolrSettings.URL, "http://a:8983/solr,,http://b:8983/solr")))
                .hasMessageContaining("empty entry");
        assertThatThrownBy(() -> SolrSettings.fromSettings(Map.of(SolrSettings.INDEX, "solr",
                SolrSettings.URL, "http://a:8983/solr", SolrSettings.USER, "wafer")))
                .hasMessageContaining(SolrSettings.PASSWORD);
        assertThatThrownBy(() -> SolrSettings.fromSettings(Map.of(SolrSettings.INDEX, "solr",
                SolrSettings.URL, "http://a:8983/solr", SolrSettings.COLLECTION, "wafer; drop")))
                .hasMessageContaining(SolrSettings.COLLECTION);
        assertThatThrownBy(() -> new SolrSettings(List.of(), null, null, "wafer", 2, 2))
                .hasMessageContaining(SolrSettings.URL);
    }

    @Test
    void credentialsInTheAddressAreRefusedWhenGivenTwiceOrHalfAndNeverEchoed() {
        assertThatThrownBy(() -> SolrSettings.fromSettings(Map.of("WAFER_INDEX", "solr",
                "WAFER_SOLR_URL", "http://wafer:s3cret@10.0.0.5:8983/solr", "WAFER_SOLR_USER", "other",
                "WAFER_SOLR_PASSWORD", "x"))).hasMessageContaining("give the credentials in one place")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> SolrSettings.fromSettings(Map.of("WAFER_INDEX", "solr",
                "WAFER_SOLR_URL", "http://wafer:s3cret@10.0.0.5:8983/solr,http://wafer:other@10.0.0.6:8983/solr")))
                .hasMessageContaining("different credentials").hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> SolrSettings.fromSettings(Map.of("WAFER_INDEX", "solr",
                "WAFER_SOLR_URL", "ftp://wafer:s3cret@10.0.0.5/solr")))
                .hasMessage("WAFER_SOLR_URL entries must be http(s)://host:port/solr, not \"ftp://10.0.0.5/solr\"");
    }
}
