package dev.wafer.bot.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Healthy means able to answer: the passage index reads, and every shard this process owns is connected
 * (a shard that is down leaves its servers' questions unanswered, whatever the other shards do).
 */
public final class HealthCheck implements OpsServer.Health {

    private final LongSupplier passages;
    private final DiscordShards shards;

    /**
     * @param passages counts the passage index's passages; it throws when the index is closed or unreadable
     * @param shards   this process's Discord shards
     */
    public HealthCheck(LongSupplier passages, DiscordShards shards) {
        this.passages = passages;
        this.shards = shards;
    }

    @Override
    public HealthReport check() {
        List<String> problems = new ArrayList<>();
        HealthReport.Index index;
        try {
            index = new HealthReport.Index(true, passages.getAsLong());
        } catch (RuntimeException e) {
            index = new HealthReport.Index(false, -1);
            problems.add("the passage index cannot be read: " + e.getMessage());
        }
        List<ShardState> owned = shards.shards();
        for (ShardState shard : owned) {
            if (!shard.connected()) {
                problems.add("shard " + shard.shard() + " of " + shard.total() + " is " + shard.status() + ", not "
                        + ShardState.CONNECTED);
            }
        }
        return new HealthReport(index, owned, problems);
    }
}
