package dev.wafer.bot.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * One Discord server's own choices, set by its admins; they change what Wafer does in that server
 * only, never the shared news corpus.
 *
 * @param guild            the server's id
 * @param mentionChannels  channels where mentions are answered (threads under them too); empty: every channel
 * @param digestChannel    where this server's news digest goes, or null when it has none
 * @param digestEvery      "refresh", "daily" or "weekly"
 * @param digestTopics     words one of which a story's headline must contain to be in the digest; empty: all stories
 * @param followsPerUser   how many stories one member may follow in this server
 * @param followsPerServer how many stories this server's channels may follow in all
 * @param corrections      whether Wafer posts an "Update:" in threads whose answer newer news changed
 */
public record ServerSettings(long guild, List<Long> mentionChannels, Long digestChannel, String digestEvery,
                             List<String> digestTopics, int followsPerUser, int followsPerServer, boolean corrections) {

    public static final List<String> SCHEDULES = List.of("refresh", "daily", "weekly");
    /** A busy server's moderators follow a handful of stories each; more would be a feed, not updates. */
    public static final int DEFAULT_FOLLOWS_PER_USER = 5;
    public static final int DEFAULT_FOLLOWS_PER_SERVER = 25;
    /** Caps an admin may raise the limits to: each follow is searched after every refresh. */
    public static final int MAX_FOLLOWS_PER_USER = 25;
    public static final int MAX_FOLLOWS_PER_SERVER = 200;
    public static final int MAX_DIGEST_TOPICS = 20;

    public ServerSettings {
        mentionChannels = mentionChannels == null ? List.of() : List.copyOf(new LinkedHashSet<>(mentionChannels));
        digestEvery = digestEvery == null ? "refresh" : digestEvery;
        if (!SCHEDULES.contains(digestEvery)) {
            throw new IllegalArgumentException("every: takes refresh, daily or weekly.");
        }
        digestTopics = digestTopics == null ? List.of() : List.copyOf(digestTopics);
        if (digestTopics.size() > MAX_DIGEST_TOPICS) {
            throw new IllegalArgumentException("topics: at most " + MAX_DIGEST_TOPICS + " words or phrases.");
        }
        if (followsPerUser < 1 || followsPerUser > MAX_FOLLOWS_PER_USER) {
            throw new IllegalArgumentException("per_user: takes 1 to " + MAX_FOLLOWS_PER_USER + ".");
        }
        if (followsPerServer < 1 || followsPerServer > MAX_FOLLOWS_PER_SERVER) {
            throw new IllegalArgumentException("per_server: takes 1 to " + MAX_FOLLOWS_PER_SERVER + ".");
        }
    }

    /** What a server has before its admins choose anything: answers everywhere, no digest, corrections on. */
    public static ServerSettings defaults(long guild) {
        return new ServerSettings(guild, List.of(), null, "refresh", List.of(), DEFAULT_FOLLOWS_PER_USER,
                DEFAULT_FOLLOWS_PER_SERVER, true);
    }

    public boolean answersIn(long channel) {
        return mentionChannels.isEmpty() || mentionChannels.contains(channel);
    }

    public ServerSettings withMentionChannel(long channel, boolean answer) {
        List<Long> channels = new ArrayList<>(mentionChannels);
        channels.remove(channel);
        if (answer) {
            channels.add(channel);
        }
        return new ServerSettings(guild, channels, digestChannel, digestEvery, digestTopics, followsPerUser,
                followsPerServer, corrections);
    }

    public ServerSettings withMentionsEverywhere() {
        return new ServerSettings(guild, List.of(), digestChannel, digestEvery, digestTopics, followsPerUser,
                followsPerServer, corrections);
    }

    public ServerSettings withDigest(Long channel, String every, List<String> topics) {
        return new ServerSettings(guild, mentionChannels, channel, every, topics, followsPerUser, followsPerServer,
                corrections);
    }

    public ServerSettings withFollowLimits(int perUser, int perServer) {
        return new ServerSettings(guild, mentionChannels, digestChannel, digestEvery, digestTopics, perUser, perServer,
                corrections);
    }

    public ServerSettings withCorrections(boolean on) {
        return new ServerSettings(guild, mentionChannels, digestChannel, digestEvery, digestTopics, followsPerUser,
                followsPerServer, on);
    }

    /** Topics as an admin types them: "HBM, TSMC , export rules" → [hbm, tsmc, export rules]. */
    public static List<String> topics(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        List<String> topics = new ArrayList<>();
        for (String topic : typed.split(",")) {
            String clean = topic.strip().toLowerCase(Locale.ROOT);
            if (!clean.isEmpty() && !topics.contains(clean)) {
                topics.add(clean);
            }
        }
        return topics;
    }

    /** Whether a digest story with this headline is one this server asked for. */
    public boolean wantsInDigest(String headline) {
        if (digestTopics.isEmpty()) {
            return true;
        }
        String lower = headline.toLowerCase(Locale.ROOT);
        return digestTopics.stream().anyMatch(lower::contains);
    }
}
