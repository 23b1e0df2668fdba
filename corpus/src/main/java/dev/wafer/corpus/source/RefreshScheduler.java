package dev.wafer.corpus.source;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes all feeds every N minutes on one named background thread ("wafer-refresh") while the
 * bot answers questions. Runs never overlap (a fixed delay is counted from the end of the last
 * run), and a failing run is logged and does not stop the schedule.
 */
public final class RefreshScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshScheduler.class);
    public static final String INTERVAL_ENV = "WAFER_REFRESH_MINUTES";
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(60);

    private volatile Instant nextRun;

    private final FeedRefresher refresher;
    private final Duration interval;
    private final Consumer<RefreshReport> onReport;
    private final ScheduledExecutorService executor;

    private RefreshScheduler(FeedRefresher refresher, Duration interval, Consumer<RefreshReport> onReport) {
        this.refresher = Objects.requireNonNull(refresher, "refresher");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.onReport = Objects.requireNonNull(onReport, "onReport");
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("interval must be positive, got " + interval);
        }
        this.executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("wafer-refresh").daemon().factory());
    }

    /**
     * Starts refreshing: the first run after {@code initialDelay}, then every {@code interval} after
     * the previous run ends. {@code onReport} sees each run's report (e.g. to log or post it).
     */
    public static RefreshScheduler start(FeedRefresher refresher, Duration initialDelay, Duration interval,
                                         Consumer<RefreshReport> onReport) {
        RefreshScheduler scheduler = new RefreshScheduler(refresher, interval, onReport);
        scheduler.nextRun = Instant.now().plus(initialDelay);
        scheduler.executor.scheduleWithFixedDelay(scheduler::runOnce, initialDelay.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return scheduler;
    }

    /**
     * The interval set by {@value #INTERVAL_ENV} (minutes): empty when it is {@code 0} or {@code off},
     * {@link #DEFAULT_INTERVAL} when unset.
     *
     * @throws IllegalArgumentException with a clear message when the value is not a whole number of minutes
     */
    public static Optional<Duration> intervalFromEnvironment(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(DEFAULT_INTERVAL);
        }
        if (value.strip().equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        try {
            long minutes = Long.parseLong(value.strip());
            if (minutes < 0) {
                throw new NumberFormatException();
            }
            return minutes == 0 ? Optional.empty() : Optional.of(Duration.ofMinutes(minutes));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(INTERVAL_ENV + " must be a whole number of minutes (0 or off to disable),"
                    + " not \"" + value + "\"");
        }
    }

    public Duration interval() {
        return interval;
    }

    /** When the next scheduled refresh starts (with a fixed delay: the interval after the last one ended). */
    public Instant nextRun() {
        return nextRun;
    }

    private void runOnce() {
        try {
            RefreshReport report = refresher.refresh(java.util.List.of());
            LOG.info("Scheduled refresh: {} added, {} updated, {} of {} feeds failed, {} ms", report.added(),
                    report.updated(), report.feeds().stream().filter(feed -> !feed.ok()).count(), report.feeds().size(),
                    report.took().toMillis());
            onReport.accept(report);
        } catch (RuntimeException e) {
            // Never let one bad run end the schedule.
            LOG.warn("Scheduled refresh failed: {}", e.getMessage(), e);
        } finally {
            nextRun = Instant.now().plus(interval);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("The refresh thread did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
