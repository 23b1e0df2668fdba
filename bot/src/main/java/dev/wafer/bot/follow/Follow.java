package dev.wafer.bot.follow;

import java.time.Instant;

/**
 * One followed story: where its updates go, what it is about and how picky it is.
 *
 * @param id         a short key, unique among the follows
 * @param guild      the server of the channel, or null for a direct message or the console
 * @param channel    the channel updates are posted in, or null for a direct message or the console
 * @param owner      who asked for it: the Discord user, or {@link #CONSOLE}
 * @param topic      what it follows, as typed
 * @param minOutlets post only once at least this many independent outlets report a story
 * @param quiet      hours when updates wait, or null
 * @param created    when it was asked for: only stories stored since count
 * @param lastUpdate when it last posted an update, or null
 */
public record Follow(String id, Long guild, Long channel, long owner, String topic, int minOutlets, QuietHours quiet,
                     Instant created, Instant lastUpdate) {

    /** The owner of follows made on the console. */
    public static final long CONSOLE = 0;
    /** A topic is a few words, like a question; longer text is not a topic. */
    public static final int MAX_TOPIC = 200;
    public static final int MAX_MIN_OUTLETS = 10;

    public Follow {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        topic = topic == null ? "" : topic.strip().replaceAll("\\s+", " ");
        if (topic.isEmpty()) {
            throw new IllegalArgumentException("topic: say what to follow, as in /follow topic: H20 export licence.");
        }
        if (topic.length() > MAX_TOPIC) {
            throw new IllegalArgumentException("topic: at most " + MAX_TOPIC + " characters; a few words work best.");
        }
        if (minOutlets < 1 || minOutlets > MAX_MIN_OUTLETS) {
            throw new IllegalArgumentException("min_outlets: takes 1 to " + MAX_MIN_OUTLETS + ".");
        }
        if ((guild == null) != (channel == null)) {
            throw new IllegalArgumentException("a channel's follow needs its server, and only a channel's");
        }
        if (created == null) {
            throw new IllegalArgumentException("created must not be null");
        }
    }

    /** Whether it posts in a server's channel (rather than a direct message or the console). */
    public boolean inChannel() {
        return channel != null;
    }

    public boolean onConsole() {
        return channel == null && owner == CONSOLE;
    }

    /** Whether it follows {@code typed} (case and spacing aside). */
    public boolean follows(String typed) {
        return topic.equalsIgnoreCase(typed == null ? "" : typed.strip().replaceAll("\\s+", " "))
                || id.equalsIgnoreCase(typed == null ? "" : typed.strip());
    }

    public Follow posted(Instant at) {
        return new Follow(id, guild, channel, owner, topic, minOutlets, quiet, created, at);
    }

    /** "#123 in server 456", "direct messages of 789", "the console". */
    public String where() {
        if (inChannel()) {
            return "channel " + channel + " in server " + guild;
        }
        return onConsole() ? "the console" : "direct messages of user " + owner;
    }

    /** "at least 2 outlets, quiet 22:00–07:00 UTC", or "" when neither is set. */
    public String options() {
        StringBuilder text = new StringBuilder();
        if (minOutlets > 1) {
            text.append("at least ").append(minOutlets).append(" outlets");
        }
        if (quiet != null) {
            text.append(text.isEmpty() ? "" : ", ").append("quiet ").append(quiet.describe());
        }
        return text.toString();
    }
}
