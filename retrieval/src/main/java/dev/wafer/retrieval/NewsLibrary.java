package dev.wafer.retrieval;

import dev.wafer.retrieval.answer.extractive.EmbeddedSentenceMeaning;
import dev.wafer.retrieval.answer.extractive.ExtractiveAnswerComposer;
import dev.wafer.retrieval.answer.llm.CitationChecker;
import dev.wafer.retrieval.answer.llm.LlmAnswerComposer;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.source.StarterCorpus;
import dev.wafer.corpus.store.ArticleStore;
import dev.wafer.corpus.store.StoreStats;
import dev.wafer.corpus.store.UpsertResult;
import dev.wafer.corpus.store.WriteLock;
import dev.wafer.corpus.solr.SolrSettings;
import dev.wafer.corpus.solr.SolrTraffic;
import dev.wafer.retrieval.answer.AnswerComposer;
import dev.wafer.retrieval.answer.AnswerService;
import dev.wafer.retrieval.answer.ArticleDays;
import dev.wafer.retrieval.answer.CoverageGate;
import dev.wafer.retrieval.answer.llm.LlmConfig;
import dev.wafer.retrieval.answer.llm.LlmModels;
import dev.wafer.retrieval.answer.llm.LlmTranslation;
import dev.wafer.retrieval.index.CorpusBackend;
import dev.wafer.retrieval.index.EmbeddedCorpus;
import dev.wafer.retrieval.index.Embedder;
import dev.wafer.retrieval.index.IndexProgress;
import dev.wafer.retrieval.index.PassageIndex;
import dev.wafer.retrieval.index.solr.SolrCorpus;
import dev.wafer.retrieval.search.HybridSearcher;
import dev.wafer.retrieval.search.PassageSearch;
import dev.wafer.retrieval.search.SearchOptions;
import dev.wafer.retrieval.timeline.TimelineBuilder;
import java.io.Closeable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A corpus opened for use: where it lives ({@link CorpusBackend}), who writes to it and how
 * ({@link LibraryWriter}: the store first, then the passages, each atomically, mended at the next open
 * after a crash between the two), and the searches and answers composed over it.
 */
public final class NewsLibrary implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(NewsLibrary.class);
    /** Passages handed to the composer: enough for several outlets, few enough to read closely. */
    public static final int SOURCES_PER_ANSWER = 8;

    private final DataFolder folder;
    private final CorpusBackend backend;
    private final ArticleStore store;
    private final PassageIndex passages;
    private final LibraryWriter writer;
    private final Supplier<Embedder> embedder;
    private final Clock clock;

    private NewsLibrary(DataFolder folder, CorpusBackend backend, Supplier<Embedder> embedder, Clock clock) {
        this.folder = folder;
        this.backend = backend;
        this.store = backend.articles();
        this.passages = backend.passages();
        this.writer = new LibraryWriter(backend);
        this.embedder = embedder;
        this.clock = clock;
    }

    /**
     * Options for opening a library; {@link #defaults()} is what the product uses.
     *
     * @param readOnly open to read only (a status line): on a shared cluster, no collection is created, no
     *                 lease taken, no starter decided and no passage mended; that is left to a process that writes
     */
    public record Options(boolean loadStarter, Supplier<Embedder> embedder, Clock clock, IndexProgress progress,
                          Optional<SolrSettings> cluster, boolean readOnly) {

        public Options(boolean loadStarter, Supplier<Embedder> embedder, Clock clock, IndexProgress progress,
                       Optional<SolrSettings> cluster) {
            this(loadStarter, embedder, clock, progress, cluster, false);
        }

        /** The starter corpus loads into a new folder unless {@code WAFER_STARTER=off} (env or system property). */
        public static Options defaults() {
            String starter = System.getProperty("WAFER_STARTER", System.getenv("WAFER_STARTER"));
            return new Options(!"off".equalsIgnoreCase(starter), sharedEmbedder(), Clock.systemUTC(), IndexProgress.NONE,
                    Optional.empty());
        }

        public Options withStarter(boolean load) {
            return new Options(load, embedder, clock, progress, cluster, readOnly);
        }

        public Options withProgress(IndexProgress listener) {
            return new Options(loadStarter, embedder, clock, listener, cluster, readOnly);
        }

        public Options withEmbedder(Supplier<Embedder> supplier) {
            return new Options(loadStarter, supplier, clock, progress, cluster, readOnly);
        }

        /**
         * Articles and passages on this Solr cluster, shared with other Wafer processes, instead of in
         * the data folder (which keeps the rest: settings, feeds, votes, the digest's ledger).
         */
        public Options withCluster(Optional<SolrSettings> solr) {
            return new Options(loadStarter, embedder, clock, progress, solr, readOnly);
        }

        /** Only to read: see {@link Options#readOnly()}. */
        public Options forReading() {
            return new Options(loadStarter, embedder, clock, progress, cluster, true);
        }
    }

    /** The store note that says whether the starter corpus was loaded ("loaded") or not wanted ("declined"). */
    static final String STARTER_NOTE = "starter";

    private static final Supplier<Embedder> SHARED_EMBEDDER = memoize(Embedder::bgeSmall);

    /** The process-wide bge-small model, loaded on first use (about a second) and then shared. */
    public static Supplier<Embedder> sharedEmbedder() {
        return SHARED_EMBEDDER;
    }

    /**
     * Opens the corpus where the options say (the data folder, or a shared cluster), then decides the
     * starter corpus and brings the passages up to the articles, the same way on either. A corpus nothing
     * was written to yet gets the starter corpus (unless {@code WAFER_STARTER=off}) from the one process
     * that holds the write lock, once: the decision is a note in the store. When another process is
     * writing, it is left to that process; a library opened only to read writes nothing.
     */
    public static NewsLibrary open(DataFolder folder, Options options) {
        CorpusBackend backend = options.cluster().isPresent()
                ? SolrCorpus.open(options.cluster().get(), options.embedder(), options.clock(), options.readOnly())
                : EmbeddedCorpus.open(folder, options.embedder());
        NewsLibrary library = new NewsLibrary(folder, backend, options.embedder(), options.clock());
        // A shared cluster is left as it is by a process that only reads. A data folder is this process's
        // alone (no other process may open it), so it is made ready even to read: a new folder's first
        // status already shows the starter briefs.
        if (options.readOnly() && options.cluster().isPresent()) {
            return library;
        }
        // Decided from the store's commits, not from whether the folder or collection exists: a process killed
        // after creating it but before the starter's commit must still get the starter next time.
        if (starterUndecided(library.store)) {
            library.writeUnlessBusy(options.loadStarter() ? "loading the starter corpus" : "declining the starter corpus",
                    () -> {
                        // Asked again under the lock: another process may have decided since.
                        if (starterUndecided(library.store)) {
                            library.decideStarter(options);
                        }
                    }, "Not deciding the starter corpus now");
        }
        if (library.passages.hasCurrentSchema() && library.passages.storeVersion() == library.store.version()) {
            return library; // in step: a process that only reads takes no lease and writes nothing
        }
        // When another process is writing, it leaves the passages in step with the articles when it is done.
        library.writeUnlessBusy("bringing the passages up to the articles", () -> library.writer.mend(options.progress()),
                "Not checking the passages now");
        return library;
    }

    /**
     * Runs {@code work} holding the write lease, for a step at opening that another process may do instead:
     * when that process holds the lease the step is skipped with a log line; any other failure closes this
     * library and is thrown, as at home.
     */
    private void writeUnlessBusy(String task, Runnable work, String skipped) {
        try {
            writer.whileWriting(task, () -> {
                work.run();
                return null;
            });
        } catch (WriteLock.Busy busy) {
            LOG.info("{}: {}", skipped, busy.getMessage());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Whether the bundled starter corpus was loaded into this library (its articles are no fresh news). */
    public boolean starterLoaded() {
        return store.note(STARTER_NOTE).filter("loaded"::equals).isPresent();
    }

    /**
     * Whether nothing was ever written to {@code store} and no process has said yes or no to the starter
     * corpus: decided from the store's commits, so a process killed half way through loading it leaves
     * the decision to the next.
     */
    private static boolean starterUndecided(ArticleStore store) {
        return store.note(STARTER_NOTE).isEmpty() && store.version() == 0;
    }

    /** Loads the bundled starter corpus, or notes that it is not wanted. The caller writes. */
    private void decideStarter(Options options) {
        if (options.loadStarter()) {
            LOG.info("Loading the bundled starter corpus into {}", corpusLocation());
            writer.write(StarterCorpus.load(options.clock().instant()), Map.of(STARTER_NOTE, "loaded"), options.progress());
        } else {
            store.upsert(List.of(), Map.of(STARTER_NOTE, "declined"));
        }
    }

    /** Stores articles and indexes their passages. Unchanged articles cost nothing. */
    public UpsertResult ingest(Collection<Article> articles, IndexProgress progress) {
        return writer.ingest(articles, progress);
    }

    /**
     * Removes an article from store and index, so it is never cited again.
     *
     * @param reference its URL (any tracking variant), its {@code file:} reference, or its id
     */
    public Optional<Article> forget(String reference) {
        return writer.forget(reference);
    }

    /** Rebuilds the passage index from the store. Questions keep being answered from the old one meanwhile. */
    public int reindex(IndexProgress progress) {
        return writer.reindex(progress);
    }

    /**
     * Where the articles and passages live, for status lines: "this data folder", or the Solr cluster's
     * collections and nodes, which other processes share.
     */
    public String corpusLocation() {
        return backend.description();
    }

    /** What this process has asked of the Solr cluster its corpus lives on; empty for a data folder. */
    public Optional<SolrTraffic> clusterTraffic() {
        return backend.traffic();
    }

    /** Who may write now: refreshes hold it for their whole run, so two at once on a shared corpus cannot interleave. */
    public WriteLock writeLock() {
        return backend.writeLock();
    }

    /** Where the corpus lives: its articles, passages and write lock. */
    public CorpusBackend backend() {
        return backend;
    }

    public ArticleStore store() {
        return store;
    }

    public PassageIndex passages() {
        return passages;
    }

    public StoreStats stats() {
        return store.stats();
    }

    public DataFolder folder() {
        return folder;
    }

    public Clock clock() {
        return clock;
    }

    public HybridSearcher searcher(SearchOptions options) {
        return new HybridSearcher(passages, options);
    }

    /** The product's question answering over this library, with the given composer. */
    public AnswerService answerService(AnswerComposer composer) {
        HybridSearcher searcher = searcher(SearchOptions.DEFAULTS);
        return new AnswerService(PassageSearch.of(searcher, SOURCES_PER_ANSWER),
                CoverageGate.defaults(), composer, () -> store.stats().newest(), searcher::publishers, articleDays());
    }

    /** The days articles were published on, read from the passage index (a count per question that names a day). */
    private ArticleDays articleDays() {
        return new ArticleDays() {
            @Override
            public boolean published(LocalDate day) {
                return passages.publishedOn(day) > 0;
            }

            @Override
            public List<Integer> years() {
                var stats = store.stats();
                if (stats.oldest().isEmpty() || stats.newest().isEmpty()) {
                    return List.of();
                }
                int first = stats.oldest().get().atZone(ZoneOffset.UTC).getYear();
                int last = stats.newest().get().atZone(ZoneOffset.UTC).getYear();
                return IntStream.rangeClosed(first, last).boxed().toList();
            }
        };
    }

    /**
     * Timelines of stories, from the articles' own sentences. The passages come from one wide BM25 list
     * (no vectors, no outlet/day lists, no sentence re-ranking): an event must carry the topic's words
     * anyway, the builder reads every sentence itself, and the order of the list does not matter.
     */
    public TimelineBuilder timelines() {
        return new TimelineBuilder(searcher(SearchOptions.DEFAULTS.lexicalOnly().withHintWeight(0).withSentenceWeight(0)
                .withCandidates(TimelineBuilder.PASSAGES)), store::get);
    }

    /** Question answering without a language model. */
    public AnswerService extractiveAnswers() {
        return answerService(extractiveComposer());
    }

    /** Question answering with the configured language model, in the asker's language, or extractive (English) when none is configured. */
    public AnswerService answers(LlmConfig llm) {
        if (!llm.enabled()) {
            return extractiveAnswers();
        }
        LlmModels models = LlmModels.of(llm);
        return answerService(new LlmAnswerComposer(models, new CitationChecker(embedder.get()), extractiveComposer(), clock))
                .translatingWith(new LlmTranslation(models));
    }

    /** Extractive answers that read the stored articles behind their sources (syndicated copies, names in full). */
    private ExtractiveAnswerComposer extractiveComposer() {
        return new ExtractiveAnswerComposer(store::get, new EmbeddedSentenceMeaning(embedder));
    }

    public Embedder embedder() {
        return embedder.get();
    }

    @Override
    public void close() {
        backend.close();
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T result = value;
                if (result == null) {
                    synchronized (this) {
                        result = value;
                        if (result == null) {
                            result = supplier.get();
                            value = result;
                        }
                    }
                }
                return result;
            }
        };
    }
}
