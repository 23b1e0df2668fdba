package dev.wafer.bot.discord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the bot connects and behaves, read from the environment. The token is not here: it is
 * handed over separately and never kept in a value that could be logged.
 *
 * @param shards            shard count, or empty for Discord's recommendation
 * @param guild             register commands in this guild only (instant updates while developing)
 * @param apiUrl            REST base URL ending in "/", or null for Discord's
 * @param gatewayUrl        gateway address, or null for the one Discord names
 * @param channels          channels where mentions are answered; empty means all
 * @param moderatorRole     a role id or name whose members may use moderator commands, or null
 * @param moderatorGuilds   the only servers where moderator commands exist and work: every server shares one
 *                          corpus, so an admin of any other server must not be able to change it
 * @param questionsPerMinute per-user limit
 * @param perGuild          questions one server may have in flight at once
 * @param threads           threads answering questions
 * @param queue             questions waiting or running at most, over all servers
 * @param digestChannel     the channel for the news digest when set by environment, or null
 * @param digestEvery       "refresh", "daily" or "weekly"
 * @param shardIds          the shards this process runs, of {@code shards} in all; empty means all of them.
 *                          Several processes with disjoint ranges together serve every server, each once.
 */
public record DiscordSettings(OptionalInt shards, OptionalLong guild, String apiUrl, String gatewayUrl,
                              Set<Long> channels, String moderatorRole, Set<Long> moderatorGuilds,
                              int questionsPerMinute, int perGuild, int threads, int queue, Long digestChannel,
                              String digestEvery, List<Integer> shardIds) {

    public static final int DEFAULT_QUESTIONS_PER_MINUTE = 5;
    public static final int DEFAULT_PER_GUILD = 8;
    public static final int DEFAULT_QUEUE = 100;
    private static final Pattern SHARD_RANGE = Pattern.compile("(\\d{1,5})(?:\\s*-\\s*(\\d{1,5}))?");

    public DiscordSettings {
        channels = Set.copyOf(channels);
        moderatorGuilds = Set.copyOf(moderatorGuilds);
        if (apiUrl != null && !apiUrl.endsWith("/")) {
            apiUrl = apiUrl + "/";
        }
        digestEvery = digestEvery == null ? "refresh" : digestEvery.strip().toLowerCase(Locale.ROOT);
        if (!DigestPoster.SCHEDULES.contains(digestEvery)) {
            throw new IllegalArgumentException("WAFER_DIGEST_EVERY must be refresh, daily or weekly, was \"" + digestEvery + "\"");
        }
        if (questionsPerMinute < 1 || perGuild < 1 || threads < 1 || queue < 1) {
            throw new IllegalArgumentException("limits must be at least 1");
        }
        shardIds = shardIds == null ? List.of() : List.copyOf(new TreeSet<>(shardIds));
        if (!shardIds.isEmpty() && shards.isEmpty()) {
            throw new IllegalArgumentException("WAFER_DISCORD_SHARD_IDS needs WAFER_DISCORD_SHARDS, the number of shards"
                    + " all processes run together");
        }
        for (int id : shardIds) {
            if (id < 0 || id >= shards.orElse(0)) {
                throw new IllegalArgumentException("WAFER_DISCORD_SHARD_IDS names shard " + id + ", but shards run from 0 to "
                        + (shards.orElse(0) - 1) + " (WAFER_DISCORD_SHARDS=" + shards.orElse(0) + ")");
            }
        }
    }

    public static DiscordSettings defaults() {
        return new DiscordSettings(OptionalInt.empty(), OptionalLong.empty(), null, null, Set.of(), null, Set.of(),
                DEFAULT_QUESTIONS_PER_MINUTE, DEFAULT_PER_GUILD, Math.max(2, Runtime.getRuntime().availableProcessors()),
                DEFAULT_QUEUE, null, "refresh", List.of());
    }

    /** Reads the WAFER_DISCORD_* and WAFER_* settings; a bad value fails with the variable's name. */
    public static DiscordSettings fromEnvironment(Map<String, String> env) {
        DiscordSettings defaults = defaults();
        String shards = value(env, "WAFER_DISCORD_SHARDS");
        String guild = value(env, "WAFER_DISCORD_GUILD");
        String channels = value(env, "WAFER_DISCORD_CHANNELS");
        String moderatorGuilds = value(env, "WAFER_MODERATOR_GUILDS");
        return new DiscordSettings(
                shards == null ? OptionalInt.empty() : OptionalInt.of(positive("WAFER_DISCORD_SHARDS", shards)),
                guild == null ? OptionalLong.empty() : OptionalLong.of(snowflake("WAFER_DISCORD_GUILD", guild)),
                url("WAFER_DISCORD_API_URL", value(env, "WAFER_DISCORD_API_URL"), "http"),
                url("WAFER_DISCORD_GATEWAY_URL", value(env, "WAFER_DISCORD_GATEWAY_URL"), "ws"),
                ids("WAFER_DISCORD_CHANNELS", channels),
                value(env, "WAFER_MODERATOR_ROLE"),
                ids("WAFER_MODERATOR_GUILDS", moderatorGuilds),
                intOr(env, "WAFER_RATE_LIMIT", defaults.questionsPerMinute()),
                intOr(env, "WAFER_GUILD_CONCURRENCY", defaults.perGuild()),
                intOr(env, "WAFER_ANSWER_THREADS", defaults.threads()),
                defaults.queue(),
                value(env, "WAFER_DIGEST_CHANNEL") == null ? null : snowflake("WAFER_DIGEST_CHANNEL", value(env, "WAFER_DIGEST_CHANNEL")),
                value(env, "WAFER_DIGEST_EVERY"),
                shardIds(value(env, "WAFER_DISCORD_SHARD_IDS")));
    }

    public DiscordSettings withApi(String rest, String gateway) {
        return new DiscordSettings(shards, guild, rest, gateway, channels, moderatorRole, moderatorGuilds,
                questionsPerMinute, perGuild, threads, queue, digestChannel, digestEvery, shardIds);
    }

    public DiscordSettings withLimits(int perMinute, int guildInFlight) {
        return new DiscordSettings(shards, guild, apiUrl, gatewayUrl, channels, moderatorRole, moderatorGuilds, perMinute,
                guildInFlight, threads, queue, digestChannel, digestEvery, shardIds);
    }

    public DiscordSettings withModeratorGuilds(Set<Long> guilds) {
        return new DiscordSettings(shards, guild, apiUrl, gatewayUrl, channels, moderatorRole, guilds, questionsPerMinute,
                perGuild, threads, queue, digestChannel, digestEvery, shardIds);
    }

    /** True when mentions in {@code channel} (or a thread under it) are answered. */
    public boolean answersIn(long channel) {
        return channels.isEmpty() || channels.contains(channel);
    }

    /** This process's shards, of all the processes run together: "0-3", "4,6" or "0-1,8-9". */
    public DiscordSettings withShards(int total, List<Integer> ids) {
        return new DiscordSettings(OptionalInt.of(total), guild, apiUrl, gatewayUrl, channels, moderatorRole, moderatorGuilds,
                questionsPerMinute, perGuild, threads, queue, digestChannel, digestEvery, ids);
    }

    /** "0-3", "4,6", "0-1, 8-9" as shard numbers. */
    static List<Integer> shardIds(String list) {
        if (list == null) {
            return List.of();
        }
        List<Integer> ids = new ArrayList<>();
        // -1 keeps empty parts, so "0-1," and "," are mistakes rather than quietly fewer (or all) shards.
        for (String part : list.strip().split("\\s*,\\s*", -1)) {
            Matcher range = SHARD_RANGE.matcher(part.strip());
            if (!range.matches()) {
                throw new IllegalArgumentException("WAFER_DISCORD_SHARD_IDS must list shard numbers and ranges such as"
                        + " \"0-3\" or \"0,2,5-7\", was \"" + list + "\"");
            }
            int first = Integer.parseInt(range.group(1));
            int last = range.group(2) == null ? first : Integer.parseInt(range.group(2));
            if (last < first) {
                throw new IllegalArgumentException("WAFER_DISCORD_SHARD_IDS has the range " + part.strip()
                        + " backwards; write it low-high, e.g. " + last + "-" + first);
            }
            for (int id = first; id <= last; id++) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Set<Long> ids(String name, String list) {
        return list == null ? Set.of() : Arrays.stream(list.split("[,\\s]+")).filter(s -> !s.isBlank())
                .map(id -> snowflake(name, id)).collect(Collectors.toSet());
    }

    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int intOr(Map<String, String> env, String name, int fallback) {
        String value = value(env, name);
        return value == null ? fallback : positive(name, value);
    }

    private static int positive(String name, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a whole number of at least 1, was \"" + value + "\"");
    }

    private static long snowflake(String name, String value) {
        try {
            return Long.parseUnsignedLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must hold Discord ids (numbers; enable Developer Mode and "
                    + "use Copy ID), was \"" + value + "\"");
        }
    }

    private static String url(String name, String value, String scheme) {
        if (value != null && !value.startsWith(scheme)) {
            throw new IllegalArgumentException(name + " must start with " + scheme + ":// or " + scheme + "s://, was \""
                    + value + "\"");
        }
        return value;
    }
}
