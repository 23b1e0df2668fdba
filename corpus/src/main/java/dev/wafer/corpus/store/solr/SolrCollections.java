package dev.wafer.corpus.store.solr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wafer.corpus.solr.ClusterException;
import dev.wafer.corpus.solr.SolrNodes;
import dev.wafer.corpus.solr.SolrSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wafer's two collections on the cluster, created when missing: the configset this build ships
 * ({@code configset/} beside this class: one schema for articles and passages) is uploaded under a
 * name that carries its version, then each collection is made with the settings' shards and copies.
 * Several processes may start at once; whoever creates a collection first wins and the rest use it.
 */
public final class SolrCollections {

    private static final Logger LOG = LoggerFactory.getLogger(SolrCollections.class);
    /** Bump with any change to the configset: a cluster keeps the old one for collections made from it. */
    static final String CONFIGSET = "wafer-2";
    private static final List<String> FILES = List.of("schema.xml", "solrconfig.xml");
    private static final Duration ADMIN = Duration.ofMinutes(3);
    private static final Duration STARTING = Duration.ofSeconds(10);

    private SolrCollections() {
    }

    /** Makes sure both collections exist, creating what is missing. */
    public static void ensure(SolrNodes solr, SolrSettings settings) {
        // A wrong address should say so in seconds, not after a failover's patience.
        Set<String> existing = collections(solr.withPatience(STARTING));
        if (existing.contains(settings.articles()) && existing.contains(settings.passages())) {
            return;
        }
        upload(solr);
        for (String name : List.of(settings.articles(), settings.passages())) {
            if (!existing.contains(name)) {
                create(solr, settings, name);
            }
        }
    }

    /**
     * Checks that both collections exist, creating nothing: for a process that only reads.
     *
     * @throws ClusterException saying which is missing and what creates it
     */
    public static void require(SolrNodes solr, SolrSettings settings) {
        Set<String> existing = collections(solr.withPatience(STARTING));
        List<String> missing = List.of(settings.articles(), settings.passages()).stream()
                .filter(name -> !existing.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw new ClusterException("The Solr cluster at " + solr.nodes() + " holds no Wafer corpus yet (no collection "
                    + String.join(" or ", missing) + "); `wafer refresh` or `wafer serve` creates it");
        }
    }

    private static Set<String> collections(SolrNodes solr) {
        JsonNode list = solr.call("/admin/collections", Map.of("action", "LIST", "wt", "json"), ADMIN);
        Set<String> names = new HashSet<>();
        list.path("collections").forEach(name -> names.add(name.asText()));
        return names;
    }

    private static void upload(SolrNodes solr) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("action", "UPLOAD");
        params.put("name", CONFIGSET);
        params.put("overwrite", "true");
        params.put("wt", "json");
        try {
            solr.postBytes("/admin/configs", params, zip(), "application/octet-stream", ADMIN);
        } catch (ClusterException e) {
            throw new ClusterException("Solr did not take Wafer's configset (" + e.getMessage() + "). Upload it"
                    + " yourself from corpus/src/main/resources/dev/wafer/corpus/store/solr/configset as \"" + CONFIGSET
                    + "\" (bin/solr zk upconfig -n " + CONFIGSET + " -d DIR) and start Wafer again.", e);
        }
    }

    private static void create(SolrNodes solr, SolrSettings settings, String name) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("action", "CREATE");
        params.put("name", name);
        params.put("collection.configName", CONFIGSET);
        params.put("numShards", settings.shards());
        params.put("replicationFactor", settings.replicas());
        params.put("waitForFinalState", "true");
        params.put("wt", "json");
        try {
            solr.call("/admin/collections", params, ADMIN);
            LOG.info("Created Solr collection {} ({} shards, {} copies each)", name, settings.shards(), settings.replicas());
        } catch (ClusterException e) {
            if (!collections(solr).contains(name)) {
                throw e;
            }
            // Another process created it meanwhile.
        }
    }

    /** The configset as the zip Solr's upload takes. */
    static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : FILES) {
                try (InputStream in = SolrCollections.class.getResourceAsStream("configset/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("configset/" + file + " is missing from this build");
                    }
                    zip.putNextEntry(new ZipEntry(file));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
