package dev.wafer.corpus.store;

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

import dev.wafer.corpus.Article;
import dev.wafer.corpus.ArticleIds;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The article store kept as a Lucene index used as a document store.
 *
 * <p>Why Lucene rather than SQLite or JSON files: Lucene is already our dependency; its commits are
 * atomic and fsynced, so a process killed mid-import leaves the last committed state; and
 * {@code updateDocument} by a keyword id gives upsert for free. Nothing is searched here by text —
 * that is the passage index's job — so the fields are only stored, plus keyword fields for the
 * look-ups the store needs (id, canonical url).
 */
public final class LuceneArticleStore implements ArticleStore {

    private static final String VERSION = "store_version";
    private static final String NOTE_PREFIX = "note.";

    private final LuceneIndex index;
    private volatile long version;
    private volatile StoreStats stats;

    private LuceneArticleStore(LuceneIndex index) {
        this.index = index;
        this.version = Long.parseLong(index.commitData().getOrDefault(VERSION, "0"));
        this.stats = computeStats();
    }

    public static LuceneArticleStore open(Path location) {
        return open(location, FSDirectory::open);
    }

    static LuceneArticleStore open(Path location, LuceneIndex.DirectoryOpener directories) {
        return new LuceneArticleStore(LuceneIndex.open(location, () -> LuceneIndex.config(new StandardAnalyzer()), directories));
    }

    @Override
    public synchronized UpsertResult upsert(Collection<Article> articles, Map<String, String> notes) {
        UpsertPlan plan = UpsertPlan.of(articles, ids -> {
            Map<String, UpsertPlan.Stored> stored = new HashMap<>();
            for (String id : ids) {
                get(id).ifPresent(article -> stored.put(id, new UpsertPlan.Stored(ArticleStore.fingerprint(article),
                        article.importedAt())));
            }
            return stored;
        });
        if (plan.writesNothing() && notes.isEmpty()) {
            return plan.result();
        }
        List<Document> documents = plan.toWrite().stream().map(LuceneArticleStore::toDocument).toList();
        index.commit(writer -> {
            for (Document document : documents) {
                writer.updateDocument(new Term(ID, document.get(ID)), document);
            }
            return null;
        }, nextCommitData(notes));
        version++;
        stats = computeStats();
        return plan.result();
    }

    /** A scan of one stored field: fine for a status page or a digest, not meant for every question. */
    @Override
    public long importedSince(Instant since) {
        return importedFrom(since, false).size();
    }

    @Override
    public List<Article> importedFrom(Instant since) {
        return importedFrom(since, true);
    }

    private List<Article> importedFrom(Instant since, boolean load) {
        long from = since.toEpochMilli();
        return index.search(searcher -> {
            List<Article> found = new ArrayList<>();
            StoredFields fields = searcher.storedFields();
            java.util.Set<String> wanted = java.util.Set.of(IMPORTED_AT);
            for (ScoreDoc hit : allDocs(searcher)) {
                IndexableField imported = fields.document(hit.doc, wanted).getField(IMPORTED_AT);
                if (imported != null && imported.numericValue().longValue() >= from) {
                    found.add(load ? toArticle(fields.document(hit.doc)) : null);
                }
            }
            return found;
        });
    }

    @Override
    public Optional<String> note(String name) {
        return Optional.ofNullable(index.commitData().get(NOTE_PREFIX + name));
    }

    /** The next commit's user data: the version one up, earlier notes kept, {@code notes} added. */
    private Map<String, String> nextCommitData(Map<String, String> notes) {
        Map<String, String> data = new HashMap<>(index.commitData());
        notes.forEach((name, value) -> data.put(NOTE_PREFIX + name, value));
        data.put(VERSION, Long.toString(version + 1));
        return data;
    }

    @Override
    public Optional<Article> get(String id) {
        return findOne(new Term(ID, id));
    }

    @Override
    public Optional<Article> findByUrl(String url) {
        return findOne(new Term(CANONICAL_URL, ArticleIds.canonicalUrl(url)));
    }

    private Optional<Article> findOne(Term term) {
        return index.search(searcher -> {
            TopDocs top = searcher.search(new TermQuery(term), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(toArticle(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    @Override
    public synchronized boolean delete(String id) {
        if (get(id).isEmpty()) {
            return false;
        }
        index.commit(writer -> writer.deleteDocuments(new Term(ID, id)), nextCommitData(Map.of()));
        version++;
        stats = computeStats();
        return true;
    }

    @Override
    public List<Article> all() {
        return index.search(searcher -> {
            List<Article> articles = new ArrayList<>();
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc hit : allDocs(searcher)) {
                articles.add(toArticle(fields.document(hit.doc)));
            }
            return articles;
        });
    }

    @Override
    public Map<String, String> fingerprints() {
        return index.search(searcher -> {
            Map<String, String> fingerprints = new LinkedHashMap<>();
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc hit : allDocs(searcher)) {
                Document document = fields.document(hit.doc, java.util.Set.of(ID, FINGERPRINT));
                fingerprints.put(document.get(ID), document.get(FINGERPRINT));
            }
            return fingerprints;
        });
    }

    @Override
    public StoreStats stats() {
        return stats;
    }

    @Override
    public long version() {
        return version;
    }

    /**
     * Counts and the date range from the index's own structures, never a walk over stored documents: it
     * runs after every commit, and a walk grows with the corpus. The range is the first hit of a search
     * sorted by date each way (doc values, skipping by points), not the points' min and max, which still
     * count an article forgotten since the last merge.
     */
    private StoreStats computeStats() {
        return index.search(searcher -> {
            long count = searcher.getIndexReader().numDocs();
            Query dated = new FieldExistsQuery(PUBLISHED);
            long undated = count - searcher.count(dated);
            return new StoreStats(count, undated, firstPublished(searcher, dated, false),
                    firstPublished(searcher, dated, true));
        });
    }

    private static Optional<Instant> firstPublished(IndexSearcher searcher, Query dated, boolean newest)
            throws IOException {
        TopDocs first = searcher.search(dated, 1, new Sort(LongField.newSortField(PUBLISHED, newest,
                SortedNumericSelector.Type.MIN)));
        return first.scoreDocs.length == 0 ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli((Long) ((FieldDoc) first.scoreDocs[0]).fields[0]));
    }

    private static ScoreDoc[] allDocs(IndexSearcher searcher) throws IOException {
        int count = Math.max(1, searcher.getIndexReader().numDocs());
        return searcher.search(MatchAllDocsQuery.INSTANCE, count).scoreDocs;
    }

    private static Document toDocument(Article article) {
        Document document = new Document();
        // KeywordField: exact-match look-ups for upsert and delete by id.
        document.add(new KeywordField(ID, article.id(), Field.Store.YES));
        document.add(new StoredField(URL, article.url()));
        // The canonical URL is a separate keyword so any tracking variant of a link finds the article.
        document.add(new KeywordField(CANONICAL_URL, ArticleIds.canonicalUrl(article.url()), Field.Store.NO));
        document.add(new StoredField(TITLE, article.title()));
        document.add(new StoredField(PUBLISHER, article.publisher()));
        if (article.author() != null) {
            document.add(new StoredField(AUTHOR, article.author()));
        }
        if (article.published() != null) {
            // LongField: stored, and indexed as points for date-range filters.
            document.add(new LongField(PUBLISHED, article.published().toEpochMilli(), Field.Store.YES));
        }
        document.add(new StoredField(BODY, article.body()));
        document.add(new StoredField(IMPORTED_AT, article.importedAt().toEpochMilli()));
        for (String outlet : article.alsoReportedBy()) {
            document.add(new StoredField(ALSO_REPORTED_BY, outlet));
        }
        document.add(new StoredField(FINGERPRINT, ArticleStore.fingerprint(article)));
        return document;
    }

    private static Article toArticle(Document document) {
        IndexableField published = document.getField(PUBLISHED);
        return new Article(
                document.get(ID),
                document.get(URL),
                document.get(TITLE),
                document.get(PUBLISHER),
                document.get(AUTHOR),
                published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()),
                document.get(BODY),
                Instant.ofEpochMilli(document.getField(IMPORTED_AT).numericValue().longValue()),
                List.of(document.getValues(ALSO_REPORTED_BY)));
    }

    @Override
    public void close() {
        index.close();
    }
}
