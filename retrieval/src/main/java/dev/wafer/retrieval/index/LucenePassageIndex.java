package dev.wafer.retrieval.index;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.store.LuceneIndex;
import dev.wafer.corpus.store.StoreException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The searchable passages of every stored article: BM25 text fields and a dense vector per passage,
 * in a Lucene index separate from the article store. It is derived data — {@link #rebuild} recreates
 * it from the store at any time — and records in each commit which store version it reflects.
 */
public final class LucenePassageIndex implements PassageIndex, EmbeddedPassages {

    private static final Logger LOG = LoggerFactory.getLogger(LucenePassageIndex.class);

    /**
     * A write that adds at least this fraction of the index's passages is a bulk import: the index is
     * compacted after it. Vector search time grows with the number of segments (one graph each), and
     * compaction rewrites at most ten times what was added — far less work than embedding it was.
     */
    private static final int BULK_FRACTION_INVERSE = 10;

    private final LuceneIndex index;
    private final PassageSplitter splitter;
    private final Supplier<Embedder> embedder;
    private final int searchRangeDocs;
    private final LuceneSearchView.FactsCache facts;

    private LucenePassageIndex(LuceneIndex index, PassageSplitter splitter, Supplier<Embedder> embedder,
                               int searchRangeDocs, LuceneSearchView.FactsCache facts) {
        this.index = index;
        this.splitter = splitter;
        this.embedder = embedder;
        this.searchRangeDocs = searchRangeDocs;
        this.facts = facts;
    }

    /** @param embedder supplies the (lazily loaded) model; only writes and dense searches need it */
    public static LucenePassageIndex open(Path location, PassageSplitter splitter, Supplier<Embedder> embedder) {
        return new LucenePassageIndex(LuceneIndex.open(location, () -> LuceneIndex.config(PassageFields.analyzer())),
                splitter, embedder, LuceneSearchView.PARTITION_DOCS, new LuceneSearchView.FactsCache());
    }

    /**
     * The same index, its segments searched in ranges of at most {@code docs} documents side by side
     * (tests split small indexes to show the split changes no result). Closing either closes both.
     */
    public LucenePassageIndex withSearchRanges(int docs) {
        if (docs < 1) {
            throw new IllegalArgumentException("docs must be positive, was " + docs);
        }
        return new LucenePassageIndex(index, splitter, embedder, docs, facts);
    }

    /** Replaces the passages of the given articles (new or changed) in one commit. */
    public void upsert(Collection<Article> articles, long storeVersion, IndexProgress progress) {
        List<Document> documents = documentsFor(articles, progress);
        index.commit(writer -> {
            for (Article article : articles) {
                writer.deleteDocuments(new Term(PassageFields.ARTICLE_ID, article.id()));
            }
            writer.addDocuments(documents);
            return null;
        }, commitData(storeVersion));
        if ((long) documents.size() * BULK_FRACTION_INVERSE >= size()) {
            compactAfterCommit();
        }
    }

    /**
     * Compaction only makes searches faster; the passages are already committed. If it fails, the
     * write still succeeded and must not be reported as failed.
     */
    private void compactAfterCommit() {
        try {
            compact();
        } catch (StoreException e) {
            LOG.warn("The passages are saved, but merging the index failed ({}); searches stay slower until"
                    + " the next import or `wafer reindex`", e.getMessage());
        }
    }

    /**
     * Merges the index into one segment, as after a bulk import or a rebuild: searches walk one vector
     * graph instead of one per segment.
     */
    public void compact() {
        index.compact();
    }

    /** How many segments searches currently visit. */
    public int segments() {
        return index.segments();
    }

    /**
     * Adds passages whose vectors were computed elsewhere, in one commit — for benchmarks that build
     * large synthetic indexes without running the model. {@code vectors.get(i)} belongs to
     * {@code passages.get(i)}.
     */
    public void addEmbedded(List<Passage> passages, List<float[]> vectors, long storeVersion) {
        if (passages.size() != vectors.size()) {
            throw new IllegalArgumentException("one vector per passage: " + passages.size() + " passages, "
                    + vectors.size() + " vectors");
        }
        List<Document> documents = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            documents.add(toDocument(passages.get(i), "", vectors.get(i)));
        }
        index.commit(writer -> {
            writer.addDocuments(documents);
            return null;
        }, commitData(storeVersion));
    }

    /** Removes every passage of the given articles in one commit. */
    public void delete(Collection<String> articleIds, long storeVersion) {
        index.commit(writer -> {
            for (String id : articleIds) {
                writer.deleteDocuments(new Term(PassageFields.ARTICLE_ID, id));
            }
            return null;
        }, commitData(storeVersion));
    }

    /** Rebuilds the whole index from {@code articles} in one commit; searches see the old one until then. */
    public void rebuild(Collection<Article> articles, long storeVersion, IndexProgress progress) {
        List<Document> documents = documentsFor(articles, progress);
        index.commit(writer -> {
            writer.deleteAll();
            writer.addDocuments(documents);
            return null;
        }, commitData(storeVersion));
        compactAfterCommit();
    }

    private static Map<String, String> commitData(long storeVersion) {
        return Map.of(PassageFields.STORE_VERSION, Long.toString(storeVersion),
                PassageFields.SCHEMA_VERSION, PassageFields.CURRENT_SCHEMA);
    }

    /**
     * True when the passages were cut, analysed and stored the way this build does it (or there are
     * none); otherwise the index must be rebuilt from the store before it is searched.
     */
    @Override
    public boolean hasCurrentSchema() {
        return size() == 0 || PassageFields.CURRENT_SCHEMA.equals(index.commitData().get(PassageFields.SCHEMA_VERSION));
    }

    /** The store version this index was last committed against, or -1 if never. */
    @Override
    public long storeVersion() {
        return Long.parseLong(index.commitData().getOrDefault(PassageFields.STORE_VERSION, "-1"));
    }

    /** The passage's article fingerprint, under its name or the name older folders hold it under. */
    private static String fingerprint(Document document) {
        String fingerprint = document.get(PassageFields.ARTICLE_FINGERPRINT);
        return fingerprint != null ? fingerprint : document.get(PassageFields.OLDER_ARTICLE_FINGERPRINT);
    }

    /** Article id → fingerprint of the version whose passages are indexed. */
    @Override
    public Map<String, String> articleFingerprints() {
        return index.search(searcher -> {
            Map<String, String> fingerprints = new HashMap<>();
            StoredFields fields = searcher.storedFields();
            Set<String> wanted = Set.of(PassageFields.ARTICLE_ID, PassageFields.ARTICLE_FINGERPRINT,
                    PassageFields.OLDER_ARTICLE_FINGERPRINT);
            int count = Math.max(1, searcher.getIndexReader().numDocs());
            for (ScoreDoc hit : searcher.search(MatchAllDocsQuery.INSTANCE, count).scoreDocs) {
                Document document = fields.document(hit.doc, wanted);
                fingerprints.put(document.get(PassageFields.ARTICLE_ID), fingerprint(document));
            }
            return fingerprints;
        });
    }

    /**
     * Every indexed passage with its vector, {@code batch} at a time in index order — to copy the index
     * elsewhere without embedding it again.
     */
    @Override
    public void forEachEmbedded(int batch, Consumer<List<EmbeddedPassage>> action) {
        index.search(searcher -> {
            List<EmbeddedPassage> pending = new ArrayList<>(batch);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                FloatVectorValues vectors = leaf.reader().getFloatVectorValues(PassageFields.VECTOR);
                if (vectors == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                KnnVectorValues.DocIndexIterator iterator = vectors.iterator();
                for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document document = fields.document(doc);
                    pending.add(new EmbeddedPassage(toPassage(document), fingerprint(document),
                            vectors.vectorValue(iterator.index()).clone()));
                    if (pending.size() == batch) {
                        action.accept(List.copyOf(pending));
                        pending.clear();
                    }
                }
            }
            if (!pending.isEmpty()) {
                action.accept(List.copyOf(pending));
            }
            return null;
        });
    }

    /** Every indexed passage, in index order (for statistics and evaluation; reads all stored fields). */
    @Override
    public List<Passage> all() {
        return index.search(searcher -> {
            List<Passage> passages = new ArrayList<>();
            StoredFields fields = searcher.storedFields();
            int count = Math.max(1, searcher.getIndexReader().numDocs());
            for (ScoreDoc hit : searcher.search(MatchAllDocsQuery.INSTANCE, count).scoreDocs) {
                passages.add(toPassage(fields.document(hit.doc)));
            }
            return passages;
        });
    }

    @Override
    public int size() {
        return index.search(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Work on the shared Lucene searcher (benchmarks and tests that look at the index itself). */
    public <T> T search(LuceneIndex.SearchWork<T> work) {
        return index.search(work);
    }

    @Override
    public <T> T read(float k1, float b, SearchView.Work<T> work) {
        return index.search(shared -> work.run(new LuceneSearchView(shared, k1, b, searchRangeDocs, facts)));
    }

    @Override
    public long publishedOn(LocalDate day) {
        return index.search(searcher -> searcher.count(LuceneQueries.filter(PassageFilter.publishedOn(day))));
    }

    @Override
    public Embedder embedder() {
        return embedder.get();
    }

    public List<Passage> split(Article article) {
        return splitter.split(article);
    }

    private List<Document> documentsFor(Collection<Article> articles, IndexProgress progress) {
        List<Document> documents = new ArrayList<>();
        for (EmbeddedPassage embedded : EmbeddedPassage.of(articles, splitter, embedder, progress)) {
            documents.add(toDocument(embedded.passage(), embedded.articleFingerprint(), embedded.vector()));
        }
        return documents;
    }

    private static Document toDocument(Passage passage, String articleFingerprint, float[] vector) {
        Document document = new Document();
        document.add(new KeywordField(PassageFields.ID, passage.id(), Field.Store.YES));
        document.add(new KeywordField(PassageFields.ARTICLE_ID, passage.articleId(), Field.Store.YES));
        document.add(new StoredField(PassageFields.ARTICLE_FINGERPRINT, articleFingerprint));
        document.add(new StoredField(PassageFields.ORDINAL, passage.ordinal()));
        document.add(new TextField(PassageFields.TEXT, passage.text(), Field.Store.YES));
        document.add(new TextField(PassageFields.TITLE, passage.title(), Field.Store.YES));
        document.add(new TextField(PassageFields.PUBLISHER, passage.publisher(), Field.Store.YES));
        if (passage.published() != null) {
            document.add(new LongField(PassageFields.PUBLISHED, passage.published().toEpochMilli(), Field.Store.YES));
        }
        document.add(new StoredField(PassageFields.URL, passage.url()));
        document.add(new BinaryDocValuesField(PassageFields.SENTENCE_TERMS,
                new BytesRef(ContentTerms.perSentence(passage.text()))));
        document.add(new KnnFloatVectorField(PassageFields.VECTOR, vector, VectorSimilarityFunction.COSINE));
        return document;
    }

    /** Reads a passage back from its stored fields. */
    public static Passage toPassage(Document document) {
        IndexableField published = document.getField(PassageFields.PUBLISHED);
        return new Passage(
                document.get(PassageFields.ID),
                document.get(PassageFields.ARTICLE_ID),
                document.getField(PassageFields.ORDINAL).numericValue().intValue(),
                document.get(PassageFields.TEXT),
                document.get(PassageFields.TITLE),
                document.get(PassageFields.PUBLISHER),
                published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()),
                document.get(PassageFields.URL));
    }

    @Override
    public void close() {
        index.close();
    }
}
