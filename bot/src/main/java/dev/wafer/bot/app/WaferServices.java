package dev.wafer.bot.app;

import dev.wafer.bot.follow.FollowBook;
import dev.wafer.bot.follow.Follows;
import dev.wafer.bot.ops.WaferMetrics;
import dev.wafer.bot.settings.ServerSettingsStore;
import dev.wafer.bot.review.ReviewQueue;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.solr.SolrSettings;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.AnswerService;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.answer.llm.LlmConfig;
import dev.wafer.retrieval.follow.TopicMatcher;
import dev.wafer.retrieval.digest.Digest;
import dev.wafer.retrieval.digest.DigestBuilder;
import dev.wafer.retrieval.digest.DigestLedger;
import dev.wafer.retrieval.index.IndexProgress;
import dev.wafer.retrieval.timeline.Timeline;
import dev.wafer.corpus.source.FeedRefresher;
import dev.wafer.corpus.source.FetchSettings;
import dev.wafer.corpus.source.RefreshReport;
import dev.wafer.corpus.source.RefreshScheduler;
import dev.wafer.corpus.source.WebFetcher;
import dev.wafer.corpus.source.FeedListFile;
import dev.wafer.bot.feedback.AnswerMemory;
import dev.wafer.bot.settings.ServerSettingsStore;
import java.io.Closeable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The plain services behind every front end — command line, console, Discord — over one opened
 * data folder. Nothing here knows how the answer will be shown.
 */
public final class WaferServices implements Closeable {

    private final NewsLibrary library;
    private final Supplier<AnswerService> answerFactory;
    /** Built on the first question: it loads the embedding model, which commands like stats never need. */
    private AnswerService answers;
    private final LlmConfig llm;
    private final Map<String, String> settings;
    private final WaferMetrics metrics = new WaferMetrics();
    private FeedRefresher refresher;
    private RefreshScheduler scheduler;
    private Follows follows;
    private ReviewQueue review;
    /** Commands run for other shells that use these services now; the folder closes after the last one. */
    private int sharers;
    private boolean closed;

    WaferServices(NewsLibrary library, AnswerService answers) {
        this(library, () -> answers, LlmConfig.NONE, Map.of());
    }

    WaferServices(NewsLibrary library, Supplier<AnswerService> answers, LlmConfig llm, Map<String, String> settings) {
        this.library = library;
        this.answerFactory = answers;
        this.llm = llm;
        this.settings = Map.copyOf(settings);
        metrics.watchArticles(() -> library.stats().articles());
        library.clusterTraffic().ifPresent(metrics::watchCluster);
    }

    /** Opens the folder and answers with the language model the {@code WAFER_LLM_*} environment names. */
    public static WaferServices open(DataFolder folder, IndexProgress progress) {
        return open(folder, progress, Settings.load(folder, System.getenv()));
    }

    /**
     * Opens the folder and answers with the language model {@code settings} name ({@code WAFER_LLM_*}
     * keys; none means extractive answers). Bad settings fail here, with one line, before any work.
     */
    public static WaferServices open(DataFolder folder, IndexProgress progress, Map<String, String> settings) {
        return open(folder, settings, NewsLibrary.Options.defaults().withProgress(progress));
    }

    /**
     * Opens the folder only to read it (a status line): on a shared cluster this creates nothing, takes no
     * write lease and mends nothing, however the cluster is found.
     */
    public static WaferServices openForReading(DataFolder folder, IndexProgress progress) {
        return open(folder, Settings.load(folder, System.getenv()),
                NewsLibrary.Options.defaults().withProgress(progress).forReading());
    }

    static WaferServices open(DataFolder folder, Map<String, String> settings, NewsLibrary.Options options) {
        LlmConfig llm = LlmConfig.from(settings);
        NewsLibrary library = NewsLibrary.open(folder, options.cluster().isPresent() ? options
                : options.withCluster(SolrSettings.fromSettings(settings)));
        try {
            return new WaferServices(library, () -> library.answers(llm), llm, settings);
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
    }

    public Answer ask(Question question) {
        Answer answer = answers().answer(question);
        metrics.answered(answer);
        return answer;
    }

    /** What this process has done, for {@code /metrics}. */
    public WaferMetrics metrics() {
        return metrics;
    }

    /**
     * Answers while {@code partialText} receives a preview of the text so far each time it grows (only
     * with a language model; its citations are not checked yet). The returned answer is the checked
     * one: show it in place of the preview.
     */
    public Answer ask(Question question, Consumer<String> partialText) {
        Answer answer = answers().answer(question, partialText);
        metrics.answered(answer);
        return answer;
    }

    private synchronized AnswerService answers() {
        if (answers == null) {
            answers = answerFactory.get();
        }
        return answers;
    }

    /** The questions the news could not answer, kept in this data folder for the moderators' review. */
    public synchronized ReviewQueue review() {
        if (review == null) {
            review = ReviewQueue.of(library);
        }
        return review;
    }

    /** The {@code WAFER_*} settings in force: the data folder's {@code wafer.properties} under the environment. */
    public Map<String, String> settings() {
        return settings;
    }

    /** The language model in use, or {@link LlmConfig#NONE}. */
    public LlmConfig llm() {
        return llm;
    }

    public Status status() {
        var stats = library.stats();
        Instant now = library.clock().instant();
        RefreshScheduler scheduled;
        synchronized (this) {
            scheduled = scheduler;
        }
        return new Status(stats.articles(), library.passages().size(), stats.oldest().orElse(null),
                stats.newest().orElse(null), (llm.enabled() ? Answer.Mode.LLM : Answer.Mode.EXTRACTIVE).label(),
                library.store().importedSince(now.minus(Duration.ofDays(1))),
                library.store().importedSince(now.minus(Duration.ofDays(7))), feedRefresher().feedList().load(),
                scheduled == null ? null : scheduled.nextRun(), now, library.corpusLocation(),
                library.starterLoaded());
    }

    public NewsLibrary library() {
        return library;
    }

    /**
     * The stories people follow and the updates due after a refresh, over this library; one per services
     * object, so two deliveries never overlap. Bad {@code WAFER_FOLLOWS_IN_DMS} fails here with one line.
     */
    public synchronized Follows follows() {
        if (follows == null) {
            follows = new Follows(new FollowBook(library.folder().follows()), library.store(),
                    new TopicMatcher(library.passages(), library.store()::get), library.clock(),
                    new ServerSettingsStore(library.folder().servers()), Follows.inDirectMessages(settings));
        }
        return follows;
    }

    /** The events of {@code topic} between the two days (either may be null: open-ended), from the articles' own sentences. */
    public Timeline timeline(String topic, LocalDate since, LocalDate until) {
        return library.timelines().build(topic, since, until);
    }

    /** What the news channel gets next: the stories new since its last digest that it has not carried yet. */
    public Digest nextDigest() {
        DigestLedger.State state = digestLedger().load();
        return digestBuilder().newSince(state.nextDigestFrom(library.clock().instant()), Set.copyOf(state.posted()));
    }

    /** The stories published on or after {@code day}, as a digest would list them. */
    public Digest digestSince(LocalDate day) {
        return digestBuilder().publishedSince(day);
    }

    /** The stories of this library, as the news digest lists them. */
    public DigestBuilder digestBuilder() {
        return new DigestBuilder(library.store());
    }

    /** What the news channel's digest has posted so far, in this data folder. */
    public DigestLedger digestLedger() {
        return new DigestLedger(library.folder().digest());
    }

    /** Feeds and single pages into this library; one per services object, so refreshes never overlap. */
    public synchronized FeedRefresher feedRefresher() {
        if (refresher == null) {
            refresher = feedRefresher(library);
        }
        return refresher;
    }

    /** The feed and page service over {@code library}, fetching with the product's safety settings. */
    public static FeedRefresher feedRefresher(NewsLibrary library) {
        return new FeedRefresher(new WebFetcher(FetchSettings.defaults()), new FeedListFile(library.folder().feeds()),
                library.store(), articles -> library.ingest(articles, IndexProgress.NONE), library.clock(),
                library.writeLock());
    }

    /**
     * Starts refreshing all feeds in the background every {@code WAFER_REFRESH_MINUTES} minutes (default
     * 60; 0 or off disables it), the first run a minute after start. Stopped by {@link #close()}.
     *
     * @return the running scheduler, or empty when refreshing is switched off
     */
    public synchronized Optional<RefreshScheduler> startScheduledRefresh(Consumer<RefreshReport> onReport) {
        if (scheduler == null) {
            Optional<Duration> interval = RefreshScheduler.intervalFromEnvironment(settings.get(RefreshScheduler.INTERVAL_ENV));
            if (interval.isEmpty()) {
                return Optional.empty();
            }
            scheduler = RefreshScheduler.start(feedRefresher(), Duration.ofMinutes(1), interval.get(), onReport);
        }
        return Optional.of(scheduler);
    }

    /**
     * Corrections in old threads over this library: answers remembered per server beside its settings,
     * the window from {@code WAFER_CORRECTION_DAYS}, each server's own switch.
     */
    public Corrections corrections(ServerSettingsStore servers) {
        return new Corrections(library.store(), new AnswerMemory(library.folder().servers(), Corrections.window(settings)),
                guild -> servers.get(guild).corrections(), library.clock());
    }

    /**
     * These services for one more user in this process (a command the running bot runs for another
     * shell). Each user closes what it got; the folder closes with the last {@link #close()}, so a
     * command in flight when the bot stops still finishes on an open index.
     */
    public synchronized WaferServices share() {
        if (closed) {
            throw new IllegalStateException("The data folder " + library.folder().root() + " is closing; "
                    + "the Wafer process holding it is stopping. Run the command again once it has stopped.");
        }
        sharers++;
        return this;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (sharers > 0) {
                sharers--;
                return;
            }
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            synchronized (this) {
                if (scheduler != null) {
                    scheduler.close();
                }
                if (review != null) {
                    review.close();
                }
            }
        } finally {
            library.close();
        }
    }
}
