package dev.wafer.bot.command;

import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.AnswerService;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.index.IndexProgress;
import dev.wafer.corpus.source.FeedRefresher;
import dev.wafer.corpus.source.FetchSettings;
import dev.wafer.corpus.source.RefreshReport;
import dev.wafer.corpus.source.RefreshScheduler;
import dev.wafer.corpus.source.WebFetcher;
import dev.wafer.corpus.store.FeedListFile;
import java.io.Closeable;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The plain services behind every front end — command line, console, Discord — over one opened
 * data folder. Nothing here knows how the answer will be shown.
 */
public final class WaferServices implements Closeable {

    private final NewsLibrary library;
    private final AnswerService answers;
    private FeedRefresher refresher;
    private RefreshScheduler scheduler;

    WaferServices(NewsLibrary library, AnswerService answers) {
        this.library = library;
        this.answers = answers;
    }

    public static WaferServices open(DataFolder folder, IndexProgress progress) {
        NewsLibrary library = NewsLibrary.open(folder, NewsLibrary.Options.defaults().withProgress(progress));
        return new WaferServices(library, library.extractiveAnswers());
    }

    public Answer ask(Question question) {
        return answers.answer(question);
    }

    public Status status() {
        var stats = library.stats();
        return new Status(stats.articles(), library.passages().size(), stats.oldest().orElse(null),
                stats.newest().orElse(null), Answer.Mode.EXTRACTIVE.label());
    }

    public NewsLibrary library() {
        return library;
    }

    /** Feeds and single pages into this library; one per services object, so refreshes never overlap. */
    public synchronized FeedRefresher feedRefresher() {
        if (refresher == null) {
            refresher = new FeedRefresher(new WebFetcher(FetchSettings.defaults()), new FeedListFile(library.folder().feeds()),
                    library.store(), articles -> library.ingest(articles, IndexProgress.NONE), library.clock());
        }
        return refresher;
    }

    /**
     * Starts refreshing all feeds in the background every {@code WAFER_REFRESH_MINUTES} minutes (default
     * 60; 0 or off disables it), the first run a minute after start. Stopped by {@link #close()}.
     *
     * @return the running scheduler, or empty when refreshing is switched off
     */
    public synchronized Optional<RefreshScheduler> startScheduledRefresh(Consumer<RefreshReport> onReport) {
        if (scheduler == null) {
            Optional<Duration> interval = RefreshScheduler.intervalFromEnvironment(System.getenv(RefreshScheduler.INTERVAL_ENV));
            if (interval.isEmpty()) {
                return Optional.empty();
            }
            scheduler = RefreshScheduler.start(feedRefresher(), Duration.ofMinutes(1), interval.get(), onReport);
        }
        return Optional.of(scheduler);
    }

    @Override
    public void close() {
        try {
            synchronized (this) {
                if (scheduler != null) {
                    scheduler.close();
                }
            }
        } finally {
            library.close();
        }
    }
}
