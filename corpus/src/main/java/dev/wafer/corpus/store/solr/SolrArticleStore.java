package dev.wafer.corpus.store.solr;

import static dev.wafer.corpus.store.ArticleFields.ALSO_REPORTED_BY;
import static dev.wafer.corpus.store.ArticleFields.AUTHOR;
import static dev.wafer.corpus.store.ArticleFields.BODY;
import static dev.wafer.corpus.store.ArticleFields.CANONICAL_URL;
import static dev.wafer.corpus.store.ArticleFields.FINGERPRINT;
import static dev.wafer.corpus.store.ArticleFields.ID;
import static dev.wafer.corpus.store.ArticleFields.IMPORTED_AT;
import static dev.wafer.corpus.store.ArticleFields.PUBLISHED;
import static dev.wafer.corpus.store.ArticleFields.PUBLISHER;
import static dev.wafer.corpus.store.ArticleFields.TITLE;
import static dev.wafer.corpus.store.ArticleFields.URL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.ArticleIds;
import dev.wafer.corpus.solr.SolrNodes;
import dev.wafer.corpus.solr.SolrSettings;
import dev.wafer.corpus.store.ArticleStore;
import dev.wafer.corpus.store.StoreStats;
import dev.wafer.corpus.store.UpsertPlan;
import dev.wafer.corpus.store.UpsertResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The article store kept in a Solr collection that several Wafer processes share. Articles are
 * documents by id; small "meta" documents hold the store's version (raised by every write) and its
 * notes. A write becomes visible to every process at its commit. Unlike the embedded store, a write
 * that dies half way can leave part of it behind; the passage index's catch-up mends what it
 * indexes, and the next refresh writes the rest again.
 */
public final class SolrArticleStore implements ArticleStore {

    static final String META = "meta:store";
    private static final String ARTICLES = "kind:article";
    private static final String ARTICLE_FIELDS = String.join(",", ID, URL, TITLE, PUBLISHER, AUTHOR, PUBLISHED, BODY,
            IMPORTED_AT, ALSO_REPORTED_BY);
    /** Every question asks for the newest date; other processes write, so it is read again after this long. */
    private static final Duration STATS_FRESH = Duration.ofSeconds(5);

    /**
     * An answer reads the articles behind its sources (a request each), and a burst of questions reads
     * the same stories again and again; they are kept this long. Another process's change to an
     * article shows after it at the latest; this process's own writes show at once.
     */
    private static final Duration ARTICLES_FRESH = Duration.ofSeconds(30);
    private static final int ARTICLES_KEPT = 2_000;

    private final SolrNodes solr;
    private final String collection;
    private final Clock clock;
    private volatile CachedStats stats;
    private final Map<String, CachedArticle> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CachedArticle> eldest) {
                    return size() > ARTICLES_KEPT;
                }
            });

    private record CachedStats(StoreStats stats, Instant read) {
    }

    private record CachedArticle(Optional<Article> article, Instant read) {
    }

    private SolrArticleStore(SolrNodes solr, String collection, Clock clock) {
        this.solr = solr;
        this.collection = collection;
        this.clock = clock;
    }

    /** The store in {@code settings}' articles collection, which must exist ({@link SolrCollections#ensure}). */
    public static SolrArticleStore open(SolrNodes solr, SolrSettings settings, Clock clock) {
        return new SolrArticleStore(solr, settings.articles(), clock);
    }

    @Override
    public synchronized UpsertResult upsert(java.util.Collection<Article> articles, Map<String, String> notes) {
        UpsertPlan plan = UpsertPlan.of(articles, ids -> {
            Map<String, UpsertPlan.Stored> stored = new HashMap<>();
            for (JsonNode doc : solr.realTimeGet(collection, ids, String.join(",", ID, FINGERPRINT, IMPORTED_AT))) {
                stored.put(doc.path(ID).asText(), new UpsertPlan.Stored(doc.path(FINGERPRINT).asText(),
                        Instant.ofEpochMilli(doc.path(IMPORTED_AT).asLong())));
            }
            return stored;
        });
        if (plan.writesNothing() && notes.isEmpty()) {
            return plan.result();
        }
        List<Map<String, Object>> docs = new ArrayList<>();
        plan.toWrite().forEach(article -> docs.add(toDoc(article)));
        docs.add(nextMeta(notes));
        solr.update(collection, docs, true);
        plan.result().changed().forEach(recent::remove);
        stats = null;
        return plan.result();
    }

    /** The meta document's update: the version one up, {@code notes} set, the rest kept. */
    private static Map<String, Object> nextMeta(Map<String, String> notes) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put(ID, META);
        meta.put("kind", Map.of("set", "meta"));
        // An atomic update: made when missing, raised by one otherwise, whichever process writes.
        meta.put("version", Map.of("inc", 1));
        notes.forEach((name, value) -> meta.put("note_" + name, Map.of("set", value)));
        return meta;
    }

    @Override
    public Optional<String> note(String name) {
        JsonNode meta = solr.realTimeGet(collection, META);
        return meta == null || !meta.hasNonNull("note_" + name) ? Optional.empty()
                : Optional.of(meta.path("note_" + name).asText());
    }

    @Override
    public Optional<Article> get(String id) {
        Instant now = clock.instant();
        CachedArticle cached = recent.get(id);
        if (cached != null && !cached.read().plus(ARTICLES_FRESH).isBefore(now)) {
            return cached.article();
        }
        JsonNode doc = solr.realTimeGet(collection, id);
        Optional<Article> article = doc == null || !"article".equals(doc.path("kind").asText())
                ? Optional.empty() : Optional.of(toArticle(doc));
        recent.put(id, new CachedArticle(article, now));
        return article;
    }

    @Override
    public Optional<Article> findByUrl(String url) {
        JsonNode docs = solr.select(collection, Map.of("q", "*:*", "fq", CANONICAL_URL + ":" + SolrQueries.quoted(
                ArticleIds.canonicalUrl(url)), "fl", ARTICLE_FIELDS, "rows", 1)).path("response").path("docs");
        return docs.isEmpty() ? Optional.empty() : Optional.of(toArticle(docs.get(0)));
    }

    @Override
    public synchronized boolean delete(String id) {
        if (get(id).isEmpty()) {
            return false;
        }
        solr.deleteByQuery(collection, ID + ":" + SolrQueries.quoted(id));
        solr.update(collection, List.of(nextMeta(Map.of())), true);
        recent.remove(id);
        stats = null;
        return true;
    }

    @Override
    public List<Article> all() {
        List<Article> articles = new ArrayList<>();
        solr.forEach(collection, "*:*", ARTICLES, ARTICLE_FIELDS, doc -> articles.add(toArticle(doc)));
        return articles;
    }

    @Override
    public Map<String, String> fingerprints() {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        solr.forEach(collection, "*:*", ARTICLES, ID + "," + FINGERPRINT,
                doc -> fingerprints.put(doc.path(ID).asText(), doc.path(FINGERPRINT).asText()));
        return fingerprints;
    }

    @Override
    public StoreStats stats() {
        CachedStats known = stats;
        Instant now = clock.instant();
        if (known == null || known.read().plus(STATS_FRESH).isBefore(now)) {
            known = new CachedStats(readStats(), now);
            stats = known;
        }
        return known.stats();
    }

    private StoreStats readStats() {
        JsonNode answer = solr.select(collection, Map.of("q", "*:*", "fq", ARTICLES, "rows", 0, "stats", "true",
                "stats.field", PUBLISHED));
        long articles = answer.path("response").path("numFound").asLong();
        JsonNode published = answer.path("stats").path("stats_fields").path(PUBLISHED);
        long dated = published.path("count").asLong();
        Optional<Instant> oldest = published.path("min").isNumber()
                ? Optional.of(Instant.ofEpochMilli(published.path("min").asLong())) : Optional.empty();
        Optional<Instant> newest = published.path("max").isNumber()
                ? Optional.of(Instant.ofEpochMilli(published.path("max").asLong())) : Optional.empty();
        return new StoreStats(articles, articles - dated, oldest, newest);
    }

    @Override
    public long importedSince(Instant since) {
        return solr.select(collection, Map.of("q", "*:*", "fq", List.of(ARTICLES, importedFilter(since)), "rows", 0))
                .path("response").path("numFound").asLong();
    }

    @Override
    public List<Article> importedFrom(Instant since) {
        List<Article> articles = new ArrayList<>();
        solr.forEach(collection, importedFilter(since), ARTICLES, ARTICLE_FIELDS, doc -> articles.add(toArticle(doc)));
        return articles;
    }

    private static String importedFilter(Instant since) {
        return IMPORTED_AT + ":[" + since.toEpochMilli() + " TO *]";
    }

    @Override
    public long version() {
        JsonNode meta = solr.realTimeGet(collection, META);
        return meta == null ? 0 : meta.path("version").asLong();
    }

    private static Map<String, Object> toDoc(Article article) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(ID, article.id());
        doc.put("kind", "article");
        doc.put(URL, article.url());
        doc.put(CANONICAL_URL, ArticleIds.canonicalUrl(article.url()));
        doc.put(TITLE, article.title());
        doc.put(PUBLISHER, article.publisher());
        if (article.author() != null) {
            doc.put(AUTHOR, article.author());
        }
        if (article.published() != null) {
            doc.put(PUBLISHED, article.published().toEpochMilli());
        }
        doc.put(BODY, article.body());
        doc.put(IMPORTED_AT, article.importedAt().toEpochMilli());
        if (!article.alsoReportedBy().isEmpty()) {
            doc.put(ALSO_REPORTED_BY, article.alsoReportedBy());
        }
        doc.put(FINGERPRINT, ArticleStore.fingerprint(article));
        return doc;
    }

    private static Article toArticle(JsonNode doc) {
        List<String> also = new ArrayList<>();
        doc.path(ALSO_REPORTED_BY).forEach(outlet -> also.add(outlet.asText()));
        return new Article(doc.path(ID).asText(), doc.path(URL).asText(), doc.path(TITLE).asText(),
                doc.path(PUBLISHER).asText(), doc.hasNonNull(AUTHOR) ? doc.path(AUTHOR).asText() : null,
                doc.hasNonNull(PUBLISHED) ? Instant.ofEpochMilli(doc.path(PUBLISHED).asLong()) : null,
                doc.path(BODY).asText(), Instant.ofEpochMilli(doc.path(IMPORTED_AT).asLong()), also);
    }

    @Override
    public void close() {
        // Nothing held open: every request is its own.
    }
}
