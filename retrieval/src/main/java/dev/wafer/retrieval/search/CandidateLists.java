package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.PassageFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.VectorScorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/** The ranked candidate lists of one search: BM25's and the vectors', over the index or a hint's filter. */
final class CandidateLists {

    /** Up to this many passages in the named outlets' and days' sets, their vector lists are scored exactly. */
    private static final int EXACT_FILTERED_LIMIT = 20_000;

    private final IndexSearcher searcher;
    private final SearchOptions options;

    CandidateLists(IndexSearcher searcher, SearchOptions options) {
        this.searcher = searcher;
        this.options = options;
    }

    /** BM25's best candidates for {@code lexical}, within {@code filter} when it is not null. */
    RankedList lexical(Query lexical, Query filter, double weight) throws IOException {
        Query query = filter == null ? lexical : new BooleanQuery.Builder()
                .add(lexical, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER)
                .build();
        return new RankedList(false, weight * options.lexicalWeight(),
                List.of(searcher.search(query, options.candidates()).scoreDocs));
    }

    /** The nearest passages to {@code vector} in the graph, within {@code filter} when it is not null. */
    RankedList dense(float[] vector, Query filter, double weight) throws IOException {
        Query knn = new KnnFloatVectorQuery(PassageFields.VECTOR, vector, options.candidates(), filter);
        return new RankedList(true, weight * options.denseWeight(),
                List.of(searcher.search(knn, options.candidates()).scoreDocs));
    }

    /**
     * The vector lists restricted to each named outlet and day. Such a set is usually small next to the
     * index, and Lucene's filtered graph search on a small set walks the graph up to the set's size and
     * then scores the set exactly anyway, once per list; so while the sets together hold at most
     * {@link #EXACT_FILTERED_LIMIT} passages, each member is scored exactly, once for all lists. Larger
     * sets go to the graph search.
     */
    List<RankedList> filteredDense(float[] vector, List<Query> filters) throws IOException {
        List<RankedList> lists = new ArrayList<>();
        if (filters.isEmpty()) {
            return lists;
        }
        List<List<Integer>> members = new ArrayList<>();
        int total = 0;
        for (Query filter : filters) {
            List<Integer> docs = matching(filter);
            members.add(docs);
            total += docs.size();
        }
        if (total > EXACT_FILTERED_LIMIT) {
            for (Query filter : filters) {
                lists.add(dense(vector, filter, options.hintWeight()));
            }
            return lists;
        }
        Map<Integer, Float> similarity = exactSimilarities(searcher.getIndexReader(), vector,
                members.stream().flatMap(List::stream).collect(Collectors.toCollection(TreeSet::new)));
        for (List<Integer> docs : members) {
            List<ScoreDoc> hits = new ArrayList<>();
            for (int doc : docs) {
                Float score = similarity.get(doc);
                if (score != null) {
                    hits.add(new ScoreDoc(doc, score));
                }
            }
            hits.sort(Comparator.comparingDouble((ScoreDoc hit) -> hit.score).reversed().thenComparingInt(hit -> hit.doc));
            lists.add(new RankedList(true, options.hintWeight() * options.denseWeight(),
                    hits.subList(0, Math.min(options.candidates(), hits.size()))));
        }
        return lists;
    }

    /** Live documents matching {@code filter}, in index order. */
    private List<Integer> matching(Query filter) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<Integer> docs = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
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
    private static Map<Integer, Float> exactSimilarities(IndexReader reader, float[] vector, TreeSet<Integer> docs)
            throws IOException {
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
}
