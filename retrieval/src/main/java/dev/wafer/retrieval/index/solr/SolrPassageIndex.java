package dev.wafer.retrieval.index.solr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.solr.SolrNodes;
import dev.wafer.corpus.solr.SolrSettings;
import dev.wafer.corpus.solr.SolrTraffic;
import dev.wafer.corpus.store.solr.SolrQueries;
import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.index.EmbeddedPassage;
import dev.wafer.retrieval.index.EmbeddedPassages;
import dev.wafer.retrieval.index.Embedder;
import dev.wafer.retrieval.index.IndexProgress;
import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.index.PassageFields;
import dev.wafer.retrieval.index.PassageFilter;
import dev.wafer.retrieval.index.PassageIndex;
import dev.wafer.retrieval.index.PassageSplitter;
import dev.wafer.retrieval.index.SearchView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passage index on a Solr collection that several Wafer processes share: the same passages,
 * analysed terms and bge-small vectors as the embedded index, searched by Solr (BM25 with
 * collection-wide statistics, HNSW vectors) and fused and re-ranked by Wafer as at home. A write's
 * passages become visible to every process at its commit. The version of the store it reflects is a
 * meta document in the articles collection, written after the passages.
 */
public final class SolrPassageIndex implements PassageIndex {

    private static final Logger LOG = LoggerFactory.getLogger(SolrPassageIndex.class);
    static final String META = "meta:passages";
    /** The BM25 parameters the configset's schema scores with. */
    private static final float SCHEMA_K1 = 1.2f;
    private static final float SCHEMA_B = 0.75f;
    /** Passages sent per update request: each carries a 384-float vector, a few kB of JSON. */
    private static final int UPDATE_BATCH = 200;
    /** Article ids per delete query: under Solr's default limit of 1,024 clauses. */
    private static final int DELETE_BATCH = 500;
    private static final Duration COUNT_PATIENCE = Duration.ofSeconds(3);

    private final SolrNodes solr;
    private final SolrSettings settings;
    private final PassageSplitter splitter;
    private final Supplier<Embedder> embedder;
    private final SolrSearchView.Facts facts;
    private final ReadPassages readBefore = new ReadPassages(ReadPassages.CAPACITY);
    private volatile boolean warnedAboutBm25;

    private SolrPassageIndex(SolrNodes solr, SolrSettings settings, PassageSplitter splitter, Supplier<Embedder> embedder,
                             Clock clock) {
        this.solr = solr;
        this.settings = settings;
        this.splitter = splitter;
        this.embedder = embedder;
        this.facts = new SolrSearchView.Facts(solr, settings.passages(), clock);
    }

    /** The index in {@code settings}' passages collection, which must exist. */
    public static SolrPassageIndex open(SolrNodes solr, SolrSettings settings, PassageSplitter splitter,
                                        Supplier<Embedder> embedder, Clock clock) {
        return new SolrPassageIndex(solr, settings, splitter, embedder, clock);
    }

    @Override
    public void upsert(Collection<Article> articles, long storeVersion, IndexProgress progress) {
        List<EmbeddedPassage> passages = EmbeddedPassage.of(articles, splitter, embedder, progress);
        deleteArticles(articles.stream().map(Article::id).toList());
        add(passages);
        committed(storeVersion);
    }

    /**
     * Replaces the passages of {@code articleIds} with an embedded index's passages and vectors (nothing is
     * embedded again), visible at one commit at the end.
     */
    void copyFrom(EmbeddedPassages source, Collection<String> articleIds, long storeVersion,
                         IndexProgress progress) {
        deleteArticles(List.copyOf(articleIds));
        int total = source.size();
        int[] copied = {0};
        source.forEachEmbedded(UPDATE_BATCH * 5, batch -> {
            add(batch);
            copied[0] += batch.size();
            progress.passagesEmbedded(copied[0], total);
        });
        committed(storeVersion);
    }

    @Override
    public void delete(Collection<String> articleIds, long storeVersion) {
        deleteArticles(List.copyOf(articleIds));
        committed(storeVersion);
    }

    @Override
    public void rebuild(Collection<Article> articles, long storeVersion, IndexProgress progress) {
        // Embedded first: the old passages are searched until the new ones are committed in their place.
        List<EmbeddedPassage> passages = EmbeddedPassage.of(articles, splitter, embedder, progress);
        solr.deleteByQuery(settings.passages(), "*:*");
        add(passages);
        committed(storeVersion);
    }

    private void deleteArticles(List<String> ids) {
        for (int start = 0; start < ids.size(); start += DELETE_BATCH) {
            StringJoiner any = new StringJoiner(" OR ", "article_id:(", ")");
            ids.subList(start, Math.min(ids.size(), start + DELETE_BATCH)).forEach(id -> any.add(SolrQueries.quoted(id)));
            solr.deleteByQuery(settings.passages(), any.toString());
        }
    }

    private void add(List<EmbeddedPassage> passages) {
        for (int start = 0; start < passages.size(); start += UPDATE_BATCH) {
            List<Map<String, Object>> docs = new ArrayList<>();
            for (EmbeddedPassage passage : passages.subList(start, Math.min(passages.size(), start + UPDATE_BATCH))) {
                docs.add(toDoc(passage));
            }
            solr.update(settings.passages(), docs, false);
        }
    }

    /** Commits the passages, then records the store version they reflect. */
    private void committed(long storeVersion) {
        solr.commit(settings.passages());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("id", META);
        meta.put("kind", "meta");
        meta.put("store_version", storeVersion);
        meta.put("schema_version", PassageFields.CURRENT_SCHEMA);
        solr.update(settings.articles(), List.of(meta), true);
        facts.forget();
    }

    private static Map<String, Object> toDoc(EmbeddedPassage embedded) {
        Passage passage = embedded.passage();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", passage.id());
        doc.put("article_id", passage.articleId());
        doc.put(PassageFields.ARTICLE_FINGERPRINT, embedded.articleFingerprint());
        doc.put("ordinal", passage.ordinal());
        doc.put("text", passage.text());
        doc.put("title", passage.title());
        doc.put("publisher", passage.publisher());
        if (passage.published() != null) {
            doc.put("published", passage.published().toEpochMilli());
        }
        doc.put("url", passage.url());
        doc.put("text_terms", terms(PassageFields.TEXT, passage.text()));
        doc.put("title_terms", terms(PassageFields.TITLE, passage.title()));
        doc.put("publisher_terms", terms(PassageFields.PUBLISHER, passage.publisher()));
        doc.put("publisher_name", passage.publisher());
        doc.put("sentence_terms", ContentTerms.perSentence(passage.text()));
        float[] vector = embedded.vector();
        List<Float> values = new ArrayList<>(vector.length);
        for (float value : vector) {
            values.add(value);
        }
        doc.put("vector", values);
        return doc;
    }

    /** {@code text} as Wafer's analyzer cuts it, in order, separated by spaces: what the collection indexes. */
    static String terms(String field, String text) {
        return String.join(" ", ContentTerms.inOrder(field, text));
    }

    private JsonNode meta() {
        return solr.realTimeGet(settings.articles(), META);
    }

    @Override
    public boolean hasCurrentSchema() {
        JsonNode meta = meta();
        return count("*:*") == 0 || meta != null && PassageFields.CURRENT_SCHEMA.equals(meta.path("schema_version").asText());
    }

    @Override
    public long storeVersion() {
        JsonNode meta = meta();
        return meta == null ? -1 : meta.path("store_version").asLong(-1);
    }

    @Override
    public Map<String, String> articleFingerprints() {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        // Every article's first passage carries the article's fingerprint.
        solr.forEach(settings.passages(), "*:*", "ordinal:0", "id,article_id," + PassageFields.ARTICLE_FINGERPRINT,
                doc -> fingerprints.put(doc.path("article_id").asText(),
                        doc.path(PassageFields.ARTICLE_FINGERPRINT).asText()));
        return fingerprints;
    }

    @Override
    public List<Passage> all() {
        List<Passage> passages = new ArrayList<>();
        solr.forEach(settings.passages(), "*:*", null, SolrSearchView.STORED,
                doc -> passages.add(SolrSearchView.toPassage(doc)));
        return passages;
    }

    /** Asked by health checks and status lines: gives up after {@link #COUNT_PATIENCE} rather than wait out a failover. */
    @Override
    public int size() {
        return (int) solr.withPatience(COUNT_PATIENCE).select(settings.passages(), Map.of("q", "*:*", "rows", 0))
                .path("response").path("numFound").asLong();
    }

    @Override
    public long publishedOn(LocalDate day) {
        return count(SolrPassageQueries.filter(PassageFilter.publishedOn(day)));
    }

    private long count(String filter) {
        return solr.select(settings.passages(), Map.of("q", "*:*", "fq", filter, "rows", 0))
                .path("response").path("numFound").asLong();
    }

    /** The cluster scores BM25 with the schema's k1 and b; a search that asks for others is told once in the log. */
    @Override
    public <T> T read(float k1, float b, SearchView.Work<T> work) {
        if ((k1 != SCHEMA_K1 || b != SCHEMA_B) && !warnedAboutBm25) {
            warnedAboutBm25 = true;
            LOG.warn("The Solr passages score BM25 with k1={} b={} (the schema's); k1={} b={} were asked for",
                    SCHEMA_K1, SCHEMA_B, k1, b);
        }
        try {
            return work.run(new SolrSearchView(solr, settings.passages(), facts, readBefore));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What this process has asked of the cluster, for the operator's metrics. */
    public SolrTraffic traffic() {
        return solr.traffic();
    }

    /** "Solr (wafer_articles, wafer_passages at http://…, http://…)" — never the credentials. */
    public String describe() {
        return "Solr (" + settings.articles() + ", " + settings.passages() + " at " + settings.nodes().stream()
                .map(Object::toString).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public Embedder embedder() {
        return embedder.get();
    }

    @Override
    public void close() {
        // Nothing held open: every request is its own.
    }
}
