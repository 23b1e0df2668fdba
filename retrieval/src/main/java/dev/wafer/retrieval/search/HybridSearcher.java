package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.index.IndexFacts;
import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.index.PassageFilter;
import dev.wafer.retrieval.index.PassageIndex;
import dev.wafer.retrieval.index.TermClause;
import dev.wafer.retrieval.index.TermCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

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

    private final PassageIndex index;
    private final SearchOptions options;
    private final RankFusion fusion;
    private final HeadOrdering head;

    public HybridSearcher(PassageIndex index, SearchOptions options) {
        this.index = index;
        this.options = options;
        this.fusion = new RankFusion(options.rrfK());
        this.head = new HeadOrdering(fusion, options);
    }

    /** The publishers the index holds, as stored (read once per index version). */
    public Set<String> publishers() {
        return index.read(options.bm25K1(), options.bm25B(), view -> view.facts().publishers());
    }
    public SearchOptions options() {
        return options;
    }

    public List<ScoredPassage> search(String question, int limit) {
        return search(question, limit, null);
    }

    /**
     * Searches only articles published by the end of {@code publishedBy} (every list — BM25's, the
     * vectors', each hint's — is held to it), or all articles when it is null: what was known that day.
     */
    public List<ScoredPassage> search(String question, int limit, LocalDate publishedBy) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question must not be blank");
        }
        return searchHeldTo(question, limit, publishedBy == null ? null : PassageFilter.publishedBy(publishedBy));
    }

    /**
     * Searches only the passages of {@code articleIds} (every list held to them): the same search as a
     * question's, over just the articles a refresh brought, to tell which of them a followed topic is about.
     */
    public List<ScoredPassage> searchWithin(String question, int limit, Collection<String> articleIds) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question must not be blank");
        }
        return searchHeldTo(question, limit, PassageFilter.ofArticles(articleIds));
    }

    /** @param bound a filter every candidate list is held to, or null */
    private List<ScoredPassage> searchHeldTo(String question, int limit, PassageFilter bound) {
        if (options.denseWeight() == 0) {
            return run(question, () -> null, limit, bound);
        }
        // The question is embedded on another thread while BM25 runs: the model dominates a search's
        // time, and the lexical lists do not need its vector.
        CompletableFuture<float[]> vector = CompletableFuture.supplyAsync(
                () -> index.embedder().embedQuery(question), QUESTION_EMBEDDING);
        return run(question, () -> join(vector), limit, bound);
    }

    /**
     * Searches with a question vector computed elsewhere (or null for BM25 only) — for callers that
     * embed questions themselves, and to time the index work alone.
     */
    public List<ScoredPassage> search(String question, float[] queryVector, int limit) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question must not be blank");
        }
        return run(question, () -> queryVector, limit, null);
    }

    /** @param bound a filter every candidate list is held to, or null */
    private List<ScoredPassage> run(String question, Supplier<float[]> queryVector, int limit, PassageFilter bound) {
        return index.read(options.bm25K1(), options.bm25B(), view -> {
            TermCounts counts = view.termCounts(ContentTerms.of(question));
            CandidateLists candidates = new CandidateLists(view, options);
            List<PassageFilter> filters = options.hintWeight() > 0
                    ? within(filters(question, view.facts()), bound) : List.of();

            List<RankedList> lists = new ArrayList<>();
            List<TermClause> lexical = options.lexicalWeight() > 0 ? LexicalQuery.of(question, counts, options) : List.of();
            if (!lexical.isEmpty()) {
                lists.add(candidates.lexical(lexical, bound, 1.0));
                for (PassageFilter filter : filters) {
                    lists.add(candidates.lexical(lexical, filter, options.hintWeight()));
                }
            }
            float[] vector = options.denseWeight() > 0 ? queryVector.get() : null;
            if (vector != null) {
                lists.add(candidates.dense(vector, bound, 1.0));
                lists.addAll(candidates.filteredDense(vector, filters));
            }

            List<Fused> ranked = fusion.fuse(lists);
            // The passages the last steps read: the head re-ranked by sentence, and enough beyond it for the
            // results when some are set aside (a view on a cluster reads them in one request).
            view.willRead(docs(ranked, Math.max(HeadOrdering.RERANKED, 2 * limit)));
            SentenceScores sentences = null;
            if (options.sentenceWeight() > 0 && !ranked.isEmpty()) {
                sentences = new SentenceScores(SentenceFocus.of(question, counts), view);
                ranked = head.withSentenceFocus(ranked, sentences);
            }
            Map<Integer, Passage> read = sentences == null ? new HashMap<>() : sentences.passagesRead();
            return head.select(ranked, limit, view, read, sentences);
        });
    }

    /** The first {@code count} candidates' document numbers. */
    private static List<Integer> docs(List<Fused> candidates, int count) {
        return candidates.stream().limit(count).map(Fused::doc).toList();
    }

    /** The outlet and day filters of what {@code question} names among what the index holds. */
    private static List<PassageFilter> filters(String question, IndexFacts known) {
        return HintFilters.of(QuestionHints.of(question, known.publishers()), known);
    }

    /** Each of {@code filters} held to {@code bound} as well, when there is one. */
    private static List<PassageFilter> within(List<PassageFilter> filters, PassageFilter bound) {
        if (bound == null) {
            return filters;
        }
        return filters.stream().map(filter -> PassageFilter.allOf(filter, bound)).toList();
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
}
