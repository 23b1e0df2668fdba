package dev.wafer.retrieval.eval;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.source.ArticleFiles;
import dev.wafer.corpus.source.ImportDefaults;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.index.Embedder;
import dev.wafer.retrieval.index.IndexProgress;
import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.index.TokenCounter;
import dev.wafer.retrieval.search.HybridSearcher;
import dev.wafer.retrieval.search.ScoredPassage;
import dev.wafer.retrieval.search.SearchOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

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
     */
    public record Settings(Path corpus, Path queries, int k, boolean baseline, Path embeddingCache) {

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
        List<Article> articles = ArticleFiles.read(settings.corpus(), ImportDefaults.NONE, Instant.now());
        progress.accept("Read " + articles.size() + " articles and " + queries.size() + " questions");

        MeasuredEmbeddingModel model = new MeasuredEmbeddingModel(NewsLibrary.sharedEmbedder().get().model(),
                settings.embeddingCache());
        Embedder embedder = new Embedder(model, true);
        TokenCounter tokens = new TokenCounter();
        Path temp = createTempFolder();
        try {
            NewsLibrary.Options options = NewsLibrary.Options.defaults().withStarter(false)
                    .withEmbedder(() -> embedder).withProgress(progressOf("Wafer", progress));
            try (NewsLibrary library = NewsLibrary.open(DataFolder.open(temp), options)) {
                model.reuse(true);
                long start = System.nanoTime();
                library.ingest(articles, progressOf("Wafer", progress));
                double indexSeconds = (System.nanoTime() - start) / 1e9;
                double embedSeconds = model.embedSeconds();
                boolean reused = model.reusedTexts() > 0;
                List<Integer> passageTokens = library.passages().all().stream()
                        .map(passage -> tokens.count(passage.contextText())).toList();
                progress.accept("Wafer: indexed " + passageTokens.size() + " passages in "
                        + String.format("%.1f s", indexSeconds));

                LangChainBaseline langChain = null;
                double baselineIndexSeconds = 0;
                double baselineEmbedSeconds = 0;
                if (settings.baseline()) {
                    model.resetCounters();
                    start = System.nanoTime();
                    langChain = LangChainBaseline.build(articles, model, progress);
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
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The texts the answerer sees for each hit: header lines and sentences, as they are scored. */
    static PassageRetriever retriever(HybridSearcher searcher) {
        return (question, limit) -> searcher.search(question, limit).stream()
                .map(ScoredPassage::passage).map(Passage::contextText).toList();
    }

    private static IndexProgress progressOf(String label, Consumer<String> progress) {
        int[] lastTenth = {-1};
        return (done, total) -> {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth[0]) {
                lastTenth[0] = tenth;
                progress.accept(label + ": " + done + "/" + total + " passages embedded");
            }
        };
    }

    private static Path createTempFolder() {
        try {
            return Files.createTempDirectory("wafer-eval");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary data folder: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary folder is harmless; the OS cleans its temp space.
        }
    }
}
