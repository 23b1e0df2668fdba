package dev.wafer.bot.ops;

import java.util.List;

/**
 * What {@code GET /health} answers: healthy when nothing is listed under {@code problems}. The parts
 * are there in full either way, so whoever is paged sees which shard is in which state.
 *
 * @param index    whether the passage index reads, and how many passages it holds
 * @param shards   every Discord shard this process owns (empty when it runs none)
 * @param problems one sentence per thing that is wrong, e.g. "shard 1 of 4 is RECONNECT_QUEUED, not CONNECTED"
 */
public record HealthReport(Index index, List<ShardState> shards, List<String> problems) {

    /** @param passages passages in the index, or -1 when it cannot be read */
    public record Index(boolean open, long passages) {
    }

    public HealthReport {
        shards = List.copyOf(shards);
        problems = List.copyOf(problems);
    }

    public boolean healthy() {
        return problems.isEmpty();
    }

    public String status() {
        return healthy() ? "ok" : "unhealthy";
    }
}
