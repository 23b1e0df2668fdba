package dev.wafer.bot.discord;

import dev.wafer.bot.format.DigestText;
import dev.wafer.retrieval.digest.Digest;
import dev.wafer.retrieval.digest.DigestBuilder;
import dev.wafer.retrieval.digest.DigestLedger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the news digest into the channel a moderator chose: after each refresh, or once a day or a
 * week. What is posted is remembered in the data folder ({@link DigestLedger}) before the next digest
 * is built, so nothing is posted twice, across restarts too; nothing is posted when nothing is new.
 * Messages ping no one and show no link previews.
 */
public final class DigestPoster {

    /** What a digest run did. */
    public enum Outcome { POSTED, NOTHING_NEW, OFF, NOT_DUE, CANNOT_POST }

    public static final List<String> SCHEDULES = List.of("refresh", "daily", "weekly");
    private static final Logger LOG = LoggerFactory.getLogger(DigestPoster.class);

    private final ShardManager shards;
    private final DigestBuilder builder;
    private final DigestLedger ledger;
    private final Clock clock;
    private final Predicate<String> wantedHeadline;

    DigestPoster(ShardManager shards, DigestBuilder builder, DigestLedger ledger, Clock clock) {
        this(shards, builder, ledger, clock, headline -> true);
    }

    /** @param wantedHeadline which stories, by headline, this digest carries (a server's own topics) */
    DigestPoster(ShardManager shards, DigestBuilder builder, DigestLedger ledger, Clock clock,
                 Predicate<String> wantedHeadline) {
        this.wantedHeadline = wantedHeadline;
        this.shards = shards;
        this.builder = builder;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Posts what is new if a digest is due: after a refresh for the "refresh" schedule, or when a day
     * or a week has passed since the last one.
     *
     * @param afterRefresh true when called because a refresh just committed
     */
    public synchronized Outcome post(boolean afterRefresh) {
        DigestLedger.State state = ledger.load();
        if (state.channel() == null) {
            return Outcome.OFF;
        }
        Instant now = clock.instant();
        if (!due(state, afterRefresh, now)) {
            return Outcome.NOT_DUE;
        }
        TextChannel channel = shards.getTextChannelById(state.channel());
        if (channel == null || !channel.canTalk()) {
            LOG.warn("Cannot post the news digest in channel {}: the bot cannot see it or may not send messages there"
                    + " (give it View Channel and Send Messages, or choose another channel with /digest set), or this process"
                    + " does not run the shard of its server (WAFER_DISCORD_SHARD_IDS: set the digest on the process that does)",
                    state.channel());
            return Outcome.CANNOT_POST;
        }
        Digest built = builder.newSince(state.nextDigestFrom(now), Set.copyOf(state.posted()));
        Digest digest = new Digest(built.since(),
                built.stories().stream().filter(story -> wantedHeadline.test(story.title())).toList());
        if (digest.isEmpty()) {
            ledger.save(state.afterPosting(now, List.of()));
            return Outcome.NOTHING_NEW;
        }
        for (String message : DigestText.discord(digest)) {
            channel.sendMessage(Messages.create(message)).setSuppressEmbeds(true).complete();
        }
        ledger.save(state.afterPosting(now, digest.articleIds()));
        LOG.info("Posted a news digest of {} stories in #{}", digest.stories().size(), channel.getName());
        return Outcome.POSTED;
    }

    private static boolean due(DigestLedger.State state, boolean afterRefresh, Instant now) {
        return switch (state.every()) {
            case "daily" -> state.lastPost() == null || !state.lastPost().plus(Duration.ofDays(1)).isAfter(now);
            case "weekly" -> state.lastPost() == null || !state.lastPost().plus(Duration.ofDays(7)).isAfter(now);
            default -> afterRefresh;
        };
    }

    /** A moderator's /digest set: checks the bot may post there; stories from now on are the first digest's. */
    synchronized String configure(long channelId, String every) {
        String schedule = every == null ? "refresh" : every.strip().toLowerCase(Locale.ROOT);
        if (!SCHEDULES.contains(schedule)) {
            return "every: takes refresh, daily or weekly.";
        }
        TextChannel channel = shards.getTextChannelById(channelId);
        if (channel == null) {
            return "I cannot see that channel; pick a text channel I can read.";
        }
        if (!channel.canTalk()) {
            return "I may not send messages in #" + channel.getName() + "; give me Send Messages there first.";
        }
        ledger.save(ledger.load().switchedOn(channelId, schedule, clock.instant()));
        return "The news digest goes to #" + channel.getName() + (schedule.equals("refresh") ? " after each refresh."
                : schedule.equals("daily") ? " once a day." : " once a week.") + " It starts with stories that arrive from now on.";
    }

    synchronized String off() {
        DigestLedger.State state = ledger.load();
        if (state.channel() == null) {
            return "The news digest is already off.";
        }
        ledger.save(state.switchedOff());
        return "The news digest is off.";
    }

    /** The digest configured by environment (WAFER_DIGEST_CHANNEL), unless a moderator chose one already. */
    synchronized void configureFromEnvironment(Long channelId, String every) {
        DigestLedger.State state = ledger.load();
        if (channelId != null && state.channel() == null) {
            ledger.save(state.switchedOn(channelId, every == null ? "refresh" : every, clock.instant()));
        }
    }
}
