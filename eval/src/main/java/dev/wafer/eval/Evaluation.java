package dev.wafer.eval;

import dev.wafer.corpus.solr.SolrSettings;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.index.TokenCounter;
import dev.wafer.retrieval.search.HybridSearcher;
import dev.wafer.retrieval.search.ScoredPassage;
import dev.wafer.retrieval.search.SearchOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Measures retrieval on a benchmark with the product's own pipeline: the corpus is imported into a
 * fresh temporary data folder exactly as {@code wafer import} would (same reader, splitter, index),
 * and questions go to the same {@link HybridSearcher} with {@link SearchOptions#DEFAULTS} that
 * {@code wafer ask} uses. Nothing here ranks, filters or rewrites on its own.
 */
public final class Evaluation {

    /**
     * @param corpus         articles file (any format {@code wafer import} reads)
     * @param queries        MultiHop-RAG questions file
     * @param k              passages retrieved per question
     * @param baseline       also measure LangChain4j's in-memory retriever
     * @param embeddingCache file to reuse passage vectors from between runs, or null
     * @param cluster        search a copy of the indexed corpus on this Solr cluster instead of the data folder
     */
    public record Settings(Path corpus, Path queries, int k, boolean baseline, Path embeddingCache,
                           Optional<SolrSettings> cluster) {

        public Settings {
            if (k < 1) {
                throw new IllegalArgumentException("--k must be at least 1, was " + k);
            }
        }
    }

    private Evaluation() {
    }

    public static EvalReport run(Settings settings, Consumer<String> progress) {
        List<EvalQuery> queries = EvalQueries.read(settings.queries());
        TokenCounter tokens = new TokenCounter();
        try (IndexedCorpus corpus = IndexedCorpus.build(settings.corpus(), settings.embeddingCache(), "Wafer", progress)) {
            progress.accept("Read " + corpus.articles().size() + " articles and " + queries.size() + " questions");
            try (ClusterCopy onCluster = settings.cluster().map(solr -> ClusterCopy.of(corpus, solr, progress)).orElse(null)) {
                NewsLibrary library = onCluster == null ? corpus.library() : onCluster.library();
                return run(settings, queries, tokens, corpus, library, progress);
            }
        }
    }

    private static EvalReport run(Settings settings, List<EvalQuery> queries, TokenCounter tokens, IndexedCorpus corpus,
                                  NewsLibrary library, Consumer<String> progress) {
        MeasuredEmbeddingModel model = corpus.model();
        double indexSeconds = corpus.indexSeconds();
        double embedSeconds = model.embedSeconds();
        boolean reused = model.reusedTexts() > 0;
        List<Integer> passageTokens = library.passages().all().stream()
                .map(passage -> tokens.count(passage.contextText())).toList();

        LangChainBaseline langChain = null;
        double baselineIndexSeconds = 0;
        double baselineEmbedSeconds = 0;
        if (settings.baseline()) {
            model.resetCounters();
            long start = System.nanoTime();
            langChain = LangChainBaseline.build(corpus.articles(), model, progress);
            baselineIndexSeconds = (System.nanoTime() - start) / 1e9;
            baselineEmbedSeconds = model.embedSeconds();
            reused |= model.reusedTexts() > 0;
        }
        model.save();
        // Questions are timed as users meet them: embedded afresh, each asked of both systems in turn.
        model.reuse(false);
        List<String> names = new ArrayList<>(List.of("Wafer"));
        List<PassageRetriever> retrievers = new ArrayList<>(List.of(retriever(library.searcher(SearchOptions.DEFAULTS))));
        if (langChain != null) {
            LangChainBaseline system = langChain;
            names.add("Baseline");
            retrievers.add((question, limit) -> system.retrieve(question));
        }
        List<RetrievalRun> runs = RetrievalRun.sideBySide(names, retrievers, queries, settings.k(), progress);
        SystemReport wafer = SystemReport.of(passageTokens, indexSeconds, embedSeconds, runs.getFirst());
        Optional<SystemReport> baseline = Optional.empty();
        if (langChain != null) {
            List<Integer> segmentTokens = langChain.segmentTexts().stream().map(tokens::count).toList();
            baseline = Optional.of(SystemReport.of(segmentTokens, baselineIndexSeconds, baselineEmbedSeconds,
                    runs.get(1)));
        }
        RetrievalRun lexicalOnly = RetrievalRun.of("Lexical only",
                retriever(library.searcher(SearchOptions.DEFAULTS.lexicalOnly())), queries, settings.k(), progress);
        RetrievalRun denseOnly = RetrievalRun.of("Dense only",
                retriever(library.searcher(SearchOptions.DEFAULTS.denseOnly())), queries, settings.k(), progress);
        return new EvalReport(wafer, lexicalOnly, denseOnly, baseline, reused);
    }

    /** The texts the answerer sees for each hit: header lines and sentences, as they are scored. */
    static PassageRetriever retriever(HybridSearcher searcher) {
        return (question, limit) -> searcher.search(question, limit).stream()
                .map(ScoredPassage::passage).map(Passage::contextText).toList();
    }
}
