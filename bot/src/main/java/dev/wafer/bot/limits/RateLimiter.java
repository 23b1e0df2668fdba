package dev.wafer.bot.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@code limit} questions per user in any sliding {@code window}. A refused question does
 * not count, so a user who waits is served again.
 */
public final class RateLimiter {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<Long, Deque<Instant>> recent = new HashMap<>();

    public RateLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts a question by {@code user}; empty when allowed, else how long until the next is. */
    public synchronized Optional<Duration> acquire(long user) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(window);
        Deque<Instant> times = recent.computeIfAbsent(user, id -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.pollFirst();
        }
        if (times.size() >= limit) {
            return Optional.of(Duration.between(cutoff, times.peekFirst()).plusSeconds(1));
        }
        times.addLast(now);
        if (recent.size() > 10_000) {
            forgetIdle(cutoff);
        }
        return Optional.empty();
    }

    public int limit() {
        return limit;
    }

    private void forgetIdle(Instant cutoff) {
        for (Iterator<Deque<Instant>> it = recent.values().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next();
            if (times.isEmpty() || !times.peekLast().isAfter(cutoff)) {
                it.remove();
            }
        }
    }
}
