package dev.wafer.retrieval.index;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.VectorScorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.Bits;

/** A search's view of the embedded passage index: one reader, searched with the search's BM25 parameters. */
final class LuceneSearchView implements SearchView {

    /**
     * Threads that search the parts of a large segment side by side. A compacted index is one segment,
     * and Lucene searches a segment on one thread unless it is split into doc-id ranges: BM25's top
     * candidates over half a million passages took 2.8 ms on one thread. Small indexes stay one slice,
     * searched on the caller's thread.
     */
    private static final ExecutorService SEGMENT_PARTS = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().name("wafer-search-", 1).daemon().factory());
    /** Lucene's default slice size (and segments per slice, below); a larger segment is split into ranges of at most this many. */
    static final int PARTITION_DOCS = 250_000;
    private static final int SEGMENTS_PER_SLICE = 5;
    /** Up to this many passages in the named outlets' and days' sets, their vector lists are scored exactly. */
    private static final int EXACT_FILTERED_LIMIT = 20_000;

    private final IndexSearcher searcher;
    private final IndexReader reader;
    private final StoredFields storedFields;
    private final FactsCache facts;

    /**
     * @param shared        the index's shared searcher
     * @param partitionDocs segments larger than this are searched in parts side by side (tests split small indexes)
     */
    LuceneSearchView(IndexSearcher shared, float k1, float b, int partitionDocs, FactsCache facts) throws IOException {
        this.reader = shared.getIndexReader();
        // BM25 keeps only document lengths in the index, so k1 and b can change at query time; a searcher
        // is a cheap view over the shared reader.
        this.searcher = new IndexSearcher(reader, SEGMENT_PARTS) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return slices(leaves, partitionDocs, SEGMENTS_PER_SLICE, true);
            }
        };
        searcher.setSimilarity(new BM25Similarity(k1, b));
        this.storedFields = searcher.storedFields();
        this.facts = facts;
    }

    @Override
    public int passageCount() {
        return reader.numDocs();
    }

    @Override
    public TermCounts termCounts(Collection<String> terms) throws IOException {
        Map<String, Long> inText = new HashMap<>();
        Map<String, Long> inTitle = new HashMap<>();
        for (String term : terms) {
            inText.put(term, (long) reader.docFreq(new Term(PassageFields.TEXT, term)));
            inTitle.put(term, (long) reader.docFreq(new Term(PassageFields.TITLE, term)));
        }
        return new TermCounts(reader.numDocs(), inText, inTitle);
    }

    @Override
    public List<Hit> candidates(CandidateQuery query) throws IOException {
        return hits(searcher.search(LuceneQueries.of(query), query.count()).scoreDocs);
    }

    private static List<Hit> hits(ScoreDoc[] scoreDocs) {
        List<Hit> hits = new ArrayList<>(scoreDocs.length);
        for (ScoreDoc hit : scoreDocs) {
            hits.add(new Hit(hit.doc, hit.score));
        }
        return hits;
    }

    /**
     * Such a set is usually small next to the index, and Lucene's filtered graph search on a small set
     * walks the graph up to the set's size and then scores the set exactly anyway, once per list; so
     * while the sets together hold at most {@link #EXACT_FILTERED_LIMIT} passages, each member is scored
     * exactly, once for all lists. Larger sets go to the graph search.
     */
    @Override
    public List<List<Hit>> nearestWithin(float[] vector, List<PassageFilter> filters, int count) throws IOException {
        List<List<Integer>> members = new ArrayList<>();
        int total = 0;
        for (PassageFilter filter : filters) {
            List<Integer> docs = matching(LuceneQueries.filter(filter));
            members.add(docs);
            total += docs.size();
        }
        if (total > EXACT_FILTERED_LIMIT) {
            return SearchView.super.nearestWithin(vector, filters, count);
        }
        Map<Integer, Float> similarity = exactSimilarities(vector,
                members.stream().flatMap(List::stream).collect(Collectors.toCollection(TreeSet::new)));
        List<List<Hit>> lists = new ArrayList<>();
        for (List<Integer> docs : members) {
            List<Hit> hits = new ArrayList<>();
            for (int doc : docs) {
                Float score = similarity.get(doc);
                if (score != null) {
                    hits.add(new Hit(doc, score));
                }
            }
            hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparingInt(Hit::doc));
            lists.add(hits.subList(0, Math.min(count, hits.size())));
        }
        return lists;
    }

    /** Live documents matching {@code filter}, in index order. */
    private List<Integer> matching(Query filter) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<Integer> docs = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator iterator = scorer.iterator();
            for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
                if (live == null || live.get(doc)) {
                    docs.add(leaf.docBase + doc);
                }
            }
        }
        return docs;
    }

    /** The question's similarity to each of {@code docs} (ascending), as Lucene scores it: (1 + cos) / 2. */
    private Map<Integer, Float> exactSimilarities(float[] vector, TreeSet<Integer> docs) throws IOException {
        Map<Integer, Float> similarity = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(PassageFields.VECTOR);
            if (values == null) {
                continue;
            }
            VectorScorer scorer = values.scorer(vector);
            DocIdSetIterator iterator = scorer.iterator();
            int end = leaf.docBase + leaf.reader().maxDoc();
            for (int doc : docs.subSet(leaf.docBase, end)) {
                int target = doc - leaf.docBase;
                int current = iterator.docID() < target ? iterator.advance(target) : iterator.docID();
                if (current == target) {
                    similarity.put(doc, scorer.score());
                }
            }
        }
        return similarity;
    }

    @Override
    public Passage passage(int doc) throws IOException {
        return LucenePassageIndex.toPassage(storedFields.document(doc));
    }

    /**
     * Read from doc values, so scoring a candidate's sentences decompresses no stored document; indexes
     * written before the terms were doc values fall back to the stored copy.
     */
    @Override
    public String sentenceTerms(int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues values = leaf.reader().getBinaryDocValues(PassageFields.SENTENCE_TERMS);
        if (values != null && values.advanceExact(doc - leaf.docBase)) {
            return values.binaryValue().utf8ToString();
        }
        return storedFields.document(doc, Set.of(PassageFields.SENTENCE_TERMS)).get(PassageFields.SENTENCE_TERMS);
    }

    @Override
    public IndexFacts facts() throws IOException {
        return facts.of(reader);
    }

    /** The facts, read once per index version (a scan of stored fields, ~tens of ms) and kept. */
    static final class FactsCache {
        private record Known(long version, IndexFacts facts) {
        }

        private volatile Known known = new Known(-1, IndexFacts.NONE);

        IndexFacts of(IndexReader reader) throws IOException {
            long version = reader instanceof DirectoryReader directory ? directory.getVersion() : -2;
            Known current = known;
            if (current.version() != version || version == -2) {
                current = new Known(version, read(reader));
                known = current;
            }
            return current.facts();
        }

        private static IndexFacts read(IndexReader reader) throws IOException {
            Set<String> names = new TreeSet<>();
            SortedSet<Integer> years = new TreeSet<>();
            IndexSearcher all = new IndexSearcher(reader);
            StoredFields fields = all.storedFields();
            Set<String> wanted = Set.of(PassageFields.PUBLISHER, PassageFields.PUBLISHED);
            for (ScoreDoc hit : all.search(MatchAllDocsQuery.INSTANCE, Math.max(1, reader.numDocs())).scoreDocs) {
                Document document = fields.document(hit.doc, wanted);
                String name = document.get(PassageFields.PUBLISHER);
                if (name != null) {
                    names.add(name);
                }
                IndexableField published = document.getField(PassageFields.PUBLISHED);
                if (published != null && published.numericValue() != null) {
                    years.add(Instant.ofEpochMilli(published.numericValue().longValue()).atZone(ZoneOffset.UTC).getYear());
                }
            }
            return new IndexFacts(names, years);
        }
    }
}
