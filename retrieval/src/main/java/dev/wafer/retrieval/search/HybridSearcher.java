package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.index.PassageIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * Wafer's search, in named steps: the question's BM25 query ({@link LexicalQuery}) and the filters
 * for the outlets and days it names ({@link HintFilters}); BM25 and vector candidate lists over the
 * index and each filter ({@link CandidateLists}); weighted reciprocal-rank fusion ({@link RankFusion});
 * then the best candidates re-ranked by their best-matching sentence and the head ordered
 * ({@link HeadOrdering}). The question is embedded on another thread while the lexical steps run.
 */
public final class HybridSearcher {

    /** Virtual threads: embedding a question is a short native call, one per search. */
    private static final ExecutorService QUESTION_EMBEDDING = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * Threads that search the parts of a large segment side by side. A compacted index is one segment,
     * and Lucene searches a segment on one thread unless it is split into doc-id ranges: BM25's top
     * candidates over half a million passages took 2.8 ms on one thread. Small indexes stay one slice,
     * searched on the caller's thread.
     */
    private static final ExecutorService SEGMENT_PARTS = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().name("wafer-search-", 1).daemon().factory());
    /** Lucene's default slice size (and segments per slice, below); a larger segment is split into ranges of at most this many. */
    private static final int PARTITION_DOCS = 250_000;
    private static final int SEGMENTS_PER_SLICE = 5;

    private final PassageIndex index;
    private final SearchOptions options;
    private final int partitionDocs;
    private final RankFusion fusion;
    private final HeadOrdering head;
    private final IndexFacts.Cache facts = new IndexFacts.Cache();

    public HybridSearcher(PassageIndex index, SearchOptions options) {
        this(index, options, PARTITION_DOCS);
    }

    /** With segments split into ranges of at most {@code partitionDocs} documents: tests split small indexes. */
    HybridSearcher(PassageIndex index, SearchOptions options, int partitionDocs) {
        if (partitionDocs < 1) {
            throw new IllegalArgumentException("partitionDocs must be positive, was " + partitionDocs);
        }
        this.index = index;
        this.options = options;
        this.partitionDocs = partitionDocs;
        this.fusion = new RankFusion(options.rrfK());
        this.head = new HeadOrdering(fusion, options);
    }

    /** The publishers the index holds, as stored (read once per index version). */
    public Set<String> publishers() {
        return index.search(shared -> facts.of(shared.getIndexReader()).publishers());
    }

    public SearchOptions options() {
        return options;
    }

    public List<ScoredPassage> search(String question, int limit) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question must not be blank");
        }
        if (options.denseWeight() == 0) {
            return search(question, null, limit);
        }
        // The question is embedded on another thread while BM25 runs: the model dominates a search's
        // time, and the lexical lists do not need its vector.
        CompletableFuture<float[]> vector = CompletableFuture.supplyAsync(
                () -> index.embedder().embedQuery(question), QUESTION_EMBEDDING);
        return run(question, () -> join(vector), limit);
    }

    /**
     * Searches with a question vector computed elsewhere (or null for BM25 only) — for callers that
     * embed questions themselves, and to time the index work alone.
     */
    public List<ScoredPassage> search(String question, float[] queryVector, int limit) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question must not be blank");
        }
        return run(question, () -> queryVector, limit);
    }

    private List<ScoredPassage> run(String question, Supplier<float[]> queryVector, int limit) {
        return index.search(shared -> {
            IndexSearcher searcher = tuned(shared);
            IndexReader reader = shared.getIndexReader();
            CandidateLists candidates = new CandidateLists(searcher, options);
            List<Query> filters = options.hintWeight() > 0 ? filters(question, facts.of(reader)) : List.of();

            List<RankedList> lists = new ArrayList<>();
            Query lexical = options.lexicalWeight() > 0 ? LexicalQuery.of(question, reader, options) : null;
            if (lexical != null) {
                lists.add(candidates.lexical(lexical, null, 1.0));
                for (Query filter : filters) {
                    lists.add(candidates.lexical(lexical, filter, options.hintWeight()));
                }
            }
            SentenceScores sentences = options.sentenceWeight() > 0
                    ? new SentenceScores(SentenceFocus.of(question, reader), reader, searcher.storedFields()) : null;
            if (sentences != null) {
                // While the question is still being embedded, score the lexical front-runners' sentences:
                // most of the final candidates are among them.
                for (Fused candidate : fusion.fuse(lists)) {
                    if (sentences.scored() == HeadOrdering.RERANKED) {
                        break;
                    }
                    sentences.score(candidate.doc());
                }
            }
            float[] vector = options.denseWeight() > 0 ? queryVector.get() : null;
            if (vector != null) {
                lists.add(candidates.dense(vector, null, 1.0));
                lists.addAll(candidates.filteredDense(vector, filters));
            }

            List<Fused> ranked = fusion.fuse(lists);
            if (sentences != null && !ranked.isEmpty()) {
                ranked = head.withSentenceFocus(ranked, sentences);
            }
            Map<Integer, Passage> read = sentences == null ? new HashMap<>() : sentences.passagesRead();
            return head.select(ranked, limit, searcher.storedFields(), read, sentences);
        });
    }

    /** The outlet and day filters of what {@code question} names among what the index holds. */
    private static List<Query> filters(String question, IndexFacts known) {
        return HintFilters.of(QuestionHints.of(question, known.publishers()), known);
    }

    private static float[] join(CompletableFuture<float[]> vector) {
        try {
            return vector.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The shared searcher with this search's BM25 parameters, splitting large segments into ranges
     * searched side by side. BM25 keeps only document lengths in the index, so k1 and b can change at
     * query time; a searcher is a cheap view over the shared reader.
     */
    private IndexSearcher tuned(IndexSearcher shared) {
        int rangeDocs = partitionDocs;
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader(), SEGMENT_PARTS) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return slices(leaves, rangeDocs, SEGMENTS_PER_SLICE, true);
            }
        };
        searcher.setSimilarity(new BM25Similarity(options.bm25K1(), options.bm25B()));
        return searcher;
    }
}
