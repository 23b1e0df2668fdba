package dev.wafer.bot.ops;

/**
 * One Discord shard this process runs, as {@code /metrics} and {@code /health} report it.
 *
 * @param shard      the shard's number, 0 to {@code total - 1}
 * @param total      how many shards all processes run together
 * @param status     the connection's state as the Discord library names it ({@code CONNECTED},
 *                   {@code ATTEMPTING_TO_RECONNECT}, …), or {@link #QUEUED} while it waits for its turn
 *                   to connect (Discord lets a bot start one session at a time)
 * @param pingMillis the gateway heartbeat's round trip, or -1 before the first one
 * @param guilds     the servers Discord has sent on this shard
 */
public record ShardState(int shard, int total, String status, long pingMillis, int guilds) {

    public static final String CONNECTED = "CONNECTED";
    public static final String QUEUED = "QUEUED";

    public ShardState {
        if (shard < 0 || shard >= total) {
            throw new IllegalArgumentException("shard must be from 0 to " + (total - 1) + ", was " + shard);
        }
        if (status == null || status.isBlank()) {
            throw new IllegalArgumentException("status must be named");
        }
    }

    public boolean connected() {
        return CONNECTED.equals(status);
    }
}
