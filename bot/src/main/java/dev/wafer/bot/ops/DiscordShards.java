package dev.wafer.bot.ops;

import java.util.List;

/**
 * The Discord shards this process owns — all of them, or its {@code WAFER_DISCORD_SHARD_IDS} range — and
 * how each is doing right now. Every owned shard is listed, also one that has not connected yet or is
 * being restarted, so a shard cannot drop out of {@code /health} by disappearing.
 */
@FunctionalInterface
public interface DiscordShards {

    /** The owned shards in shard order, read now. */
    List<ShardState> shards();
}
