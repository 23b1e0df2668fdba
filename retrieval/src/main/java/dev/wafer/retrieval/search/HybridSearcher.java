package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.index.IndexFacts;
import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.index.PassageFields;
import dev.wafer.retrieval.index.PassageIndex;
import dev.wafer.retrieval.index.SearchView;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

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
        return searchHeldTo(question, limit, publishedBy == null ? null : PassageFields.publishedBy(publishedBy));
    }

    /**
     * Searches only the passages of {@code articleIds} (every list held to them): the same search as a
     * question's, over just the articles a refresh brought, to tell which of them a followed topic is about.
     */
    public List<ScoredPassage> searchWithin(String question, int limit, Collection<String> articleIds) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question must not be blank");
        }
        return searchHeldTo(question, limit, PassageFields.ofArticles(articleIds));
    }

    /** @param bound a filter every candidate list is held to, or null */
    private List<ScoredPassage> searchHeldTo(String question, int limit, Query bound) {
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
    private List<ScoredPassage> run(String question, Supplier<float[]> queryVector, int limit, Query bound) {
        return index.read(options.bm25K1(), options.bm25B(), view -> {
            view.expectTerms(ContentTerms.of(question));
            CandidateLists candidates = new CandidateLists(view, options);
            List<Query> filters = options.hintWeight() > 0 ? within(filters(question, view.facts()), bound) : List.of();

            List<RankedList> lists = new ArrayList<>();
            Query lexical = options.lexicalWeight() > 0 ? LexicalQuery.of(question, view, options) : null;
            if (lexical != null) {
                lists.add(candidates.lexical(lexical, bound, 1.0));
                for (Query filter : filters) {
                    lists.add(candidates.lexical(lexical, filter, options.hintWeight()));
                }
            }
            SentenceScores sentences = options.sentenceWeight() > 0
                    ? new SentenceScores(SentenceFocus.of(question, view), view) : null;
            // Most of the final candidates are among the lexical front-runners. At home their sentences are
            // scored while the question is still being embedded; on a cluster they are read together with
            // the fused head afterwards, in one request instead of two (a whole round trip per question
            // saved, which under load is worth more than the overlap). The scores come out the same.
            List<Fused> frontRunners = sentences == null ? List.of() : fusion.fuse(lists);
            boolean readEarly = !view.readsRemotely();
            if (readEarly) {
                scoreFrontRunners(frontRunners, sentences, view);
            }
            float[] vector = options.denseWeight() > 0 ? queryVector.get() : null;
            if (vector != null) {
                lists.add(candidates.dense(vector, bound, 1.0));
                lists.addAll(candidates.filteredDense(vector, filters));
            }

            List<Fused> ranked = fusion.fuse(lists);
            List<Integer> fusedHead = docs(ranked, Math.max(HeadOrdering.RERANKED, 2 * limit));
            if (readEarly) {
                view.prefetch(fusedHead);
            } else {
                Set<Integer> toRead = new LinkedHashSet<>(docs(frontRunners, HeadOrdering.RERANKED));
                toRead.addAll(fusedHead);
                view.prefetch(List.copyOf(toRead));
                scoreFrontRunners(frontRunners, sentences, view);
            }
            if (sentences != null && !ranked.isEmpty()) {
                ranked = head.withSentenceFocus(ranked, sentences);
            }
            Map<Integer, Passage> read = sentences == null ? new HashMap<>() : sentences.passagesRead();
            return head.select(ranked, limit, view, read, sentences);
        });
    }

    /** Scores the sentences of the first {@link HeadOrdering#RERANKED} of {@code frontRunners}, read in one request. */
    private static void scoreFrontRunners(List<Fused> frontRunners, SentenceScores sentences, SearchView view)
            throws IOException {
        if (sentences == null) {
            return;
        }
        view.prefetch(docs(frontRunners, HeadOrdering.RERANKED));
        for (Fused candidate : frontRunners) {
            if (sentences.scored() == HeadOrdering.RERANKED) {
                break;
            }
            sentences.score(candidate.doc());
        }
    }

    /** The first {@code count} candidates' document numbers. */
    private static List<Integer> docs(List<Fused> candidates, int count) {
        return candidates.stream().limit(count).map(Fused::doc).toList();
    }

    /** The outlet and day filters of what {@code question} names among what the index holds. */
    private static List<Query> filters(String question, IndexFacts known) {
        return HintFilters.of(QuestionHints.of(question, known.publishers()), known);
    }

    /** Each of {@code filters} held to {@code bound} as well, when there is one. */
    private static List<Query> within(List<Query> filters, Query bound) {
        if (bound == null) {
            return filters;
        }
        return filters.stream().<Query>map(filter -> new BooleanQuery.Builder()
                .add(filter, BooleanClause.Occur.FILTER).add(bound, BooleanClause.Occur.FILTER).build()).toList();
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
