package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.index.PassageFields;
import dev.wafer.retrieval.index.PassageIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;

/**
 * BM25 over body, headline and outlet, and approximate nearest-neighbour search over passage
 * vectors, fused by weighted reciprocal-rank fusion.
 *
 * <p>Why RRF: BM25 scores and cosine similarities live on unrelated scales that shift with every
 * query; ranks do not, so fusing ranks needs no per-query normalisation and is robust when one list
 * is empty (a question of only stop words, an index without vectors).
 */
public final class HybridSearcher {

    private final PassageIndex index;
    private final SearchOptions options;

    public HybridSearcher(PassageIndex index, SearchOptions options) {
        this.index = index;
        this.options = options;
    }

    public SearchOptions options() {
        return options;
    }

    public List<ScoredPassage> search(String question, int limit) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question must not be blank");
        }
        float[] queryVector = options.denseWeight() > 0 ? index.embedder().embedQuery(question) : null;
        return index.search(searcher -> {
            List<ScoreDoc> lexical = options.lexicalWeight() > 0 ? lexicalHits(searcher, question) : List.of();
            List<ScoreDoc> dense = queryVector != null ? denseHits(searcher, queryVector) : List.of();
            return fuse(searcher, lexical, dense, limit);
        });
    }

    private List<ScoreDoc> lexicalHits(IndexSearcher searcher, String question) throws IOException {
        QueryBuilder builder = new QueryBuilder(PassageFields.analyzer());
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        addField(query, builder.createBooleanQuery(PassageFields.TEXT, question), 1f);
        addField(query, builder.createBooleanQuery(PassageFields.TITLE, question), options.titleBoost());
        addField(query, builder.createBooleanQuery(PassageFields.PUBLISHER, question), options.publisherBoost());
        BooleanQuery built = query.build();
        if (built.clauses().isEmpty()) {
            return List.of(); // only stop words: nothing lexical to match
        }
        return List.of(searcher.search(built, options.candidates()).scoreDocs);
    }

    private static void addField(BooleanQuery.Builder query, Query fieldQuery, float boost) {
        if (fieldQuery != null && boost > 0) {
            query.add(new BoostQuery(fieldQuery, boost), BooleanClause.Occur.SHOULD);
        }
    }

    private List<ScoreDoc> denseHits(IndexSearcher searcher, float[] vector) throws IOException {
        return List.of(searcher.search(new KnnFloatVectorQuery(PassageFields.VECTOR, vector, options.candidates()),
                options.candidates()).scoreDocs);
    }

    private List<ScoredPassage> fuse(IndexSearcher searcher, List<ScoreDoc> lexical, List<ScoreDoc> dense, int limit)
            throws IOException {
        Map<Integer, double[]> fused = new LinkedHashMap<>(); // doc → {score, lexicalRank, denseRank, similarity}
        for (int rank = 1; rank <= lexical.size(); rank++) {
            double[] entry = fused.computeIfAbsent(lexical.get(rank - 1).doc, doc -> new double[] {0, 0, 0, Double.NaN});
            entry[0] += options.lexicalWeight() / (options.rrfK() + rank);
            entry[1] = rank;
        }
        for (int rank = 1; rank <= dense.size(); rank++) {
            ScoreDoc hit = dense.get(rank - 1);
            double[] entry = fused.computeIfAbsent(hit.doc, doc -> new double[] {0, 0, 0, Double.NaN});
            entry[0] += options.denseWeight() / (options.rrfK() + rank);
            entry[2] = rank;
            // Lucene scores COSINE as (1 + cos) / 2.
            entry[3] = 2.0 * hit.score - 1.0;
        }
        List<Map.Entry<Integer, double[]>> ranked = new ArrayList<>(fused.entrySet());
        ranked.sort(Comparator.comparingDouble((Map.Entry<Integer, double[]> e) -> e.getValue()[0]).reversed()
                .thenComparingInt(Map.Entry::getKey));

        List<ScoredPassage> results = new ArrayList<>();
        Map<String, Integer> perArticle = new HashMap<>();
        var storedFields = searcher.storedFields();
        for (Map.Entry<Integer, double[]> entry : ranked) {
            if (results.size() == limit) {
                break;
            }
            Passage passage = PassageIndex.toPassage(storedFields.document(entry.getKey()));
            int seen = perArticle.merge(passage.articleId(), 1, Integer::sum);
            if (seen > options.maxPerArticle()) {
                continue;
            }
            double[] value = entry.getValue();
            results.add(new ScoredPassage(passage, value[0], (int) value[1], (int) value[2], value[3]));
        }
        return results;
    }
}
