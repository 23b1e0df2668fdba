package dev.wafer.bot.limits;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where questions are answered: a fixed pool of named threads with a bounded queue, so a burst of
 * questions waits its turn instead of piling up without end, and no server takes more than
 * {@code perGuild} places at once. {@link #admit} decides first (cheap, on the caller's thread),
 * so the refusal can be said at once; an admitted question is then {@link Ticket#run run}.
 */
public final class AnswerExecutor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerExecutor.class);

    /** Why a question was not admitted. */
    public enum Refusal { USER_RATE, GUILD_BUSY, OVERLOADED }

    /** The outcome of {@link #admit}: a ticket or a refusal (with a wait, for the rate limit). */
    public record Admission(Ticket ticket, Refusal refusal, Duration retryAfter) {
        public boolean admitted() {
            return ticket != null;
        }
    }

    private final RateLimiter rate;
    private final int perGuild;
    private final int capacity;
    private final ThreadPoolExecutor pool;
    private final Map<Long, Integer> inFlight = new HashMap<>();
    private int total;
    private boolean closed;

    public AnswerExecutor(int threads, int capacity, int perGuild, RateLimiter rate) {
        if (threads < 1 || capacity < 1 || perGuild < 1) {
            throw new IllegalArgumentException("threads, capacity and perGuild must be at least 1");
        }
        this.rate = rate;
        this.perGuild = perGuild;
        this.capacity = capacity;
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(capacity), Thread.ofPlatform().name("wafer-answer-", 1).daemon().factory(),
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** Takes a place for a question from {@code user} in {@code guild} (0 outside servers), or says why not. */
    public synchronized Admission admit(long guild, long user) {
        if (closed || total >= capacity) {
            return new Admission(null, Refusal.OVERLOADED, Duration.ZERO);
        }
        if (inFlight.getOrDefault(guild, 0) >= perGuild) {
            return new Admission(null, Refusal.GUILD_BUSY, Duration.ZERO);
        }
        Optional<Duration> wait = rate.acquire(user);
        if (wait.isPresent()) {
            return new Admission(null, Refusal.USER_RATE, wait.get());
        }
        inFlight.merge(guild, 1, Integer::sum);
        total++;
        return new Admission(new Ticket(guild), null, Duration.ZERO);
    }

    /** An admitted question's place; running it (once) gives the place back when the work ends. */
    public final class Ticket {
        private final long guild;
        private boolean used;

        private Ticket(long guild) {
            this.guild = guild;
        }

        /** Runs {@code work} on the pool; false (and the place given back) if the pool has shut down. */
        public boolean run(Runnable work) {
            synchronized (AnswerExecutor.this) {
                if (used) {
                    throw new IllegalStateException("a ticket runs once");
                }
                used = true;
            }
            try {
                pool.execute(() -> {
                    try {
                        work.run();
                    } catch (RuntimeException | Error e) {
                        LOG.error("An answer task failed", e);
                    } finally {
                        release(guild);
                    }
                });
                return true;
            } catch (RejectedExecutionException e) {
                release(guild);
                return false;
            }
        }

        /** Gives the place back without running anything (the question was abandoned). */
        public void cancel() {
            synchronized (AnswerExecutor.this) {
                if (!used) {
                    used = true;
                    release(guild);
                }
            }
        }
    }

    private synchronized void release(long guild) {
        inFlight.computeIfPresent(guild, (id, count) -> count <= 1 ? null : count - 1);
        total--;
    }

    /** Stops taking questions and waits up to {@code grace} for the admitted ones to be answered. */
    public boolean shutdown(Duration grace) {
        synchronized (this) {
            closed = true;
        }
        pool.shutdown();
        try {
            return pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (!shutdown(Duration.ofSeconds(30))) {
            LOG.warn("Answers still running after 30 s; stopping them");
            pool.shutdownNow();
        }
    }

}
