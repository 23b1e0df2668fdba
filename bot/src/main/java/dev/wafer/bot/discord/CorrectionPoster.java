package dev.wafer.bot.discord;

import dev.wafer.bot.app.Corrections;
import dev.wafer.bot.format.CorrectionText;
import java.time.Instant;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each due "Update:" as a reply to the answer it changes, in that answer's thread: one message,
 * no pings, no link previews. Only servers this process's shards run; each answer at most once.
 */
final class CorrectionPoster {

    private static final Logger LOG = LoggerFactory.getLogger(CorrectionPoster.class);

    private final ShardManager shards;
    private final Corrections corrections;

    CorrectionPoster(ShardManager shards, Corrections corrections) {
        this.shards = shards;
        this.corrections = corrections;
    }

    /** Posts the updates that articles stored at or after {@code articlesSince} call for; returns how many. */
    synchronized int post(Instant articlesSince) {
        int posted = 0;
        for (Corrections.Pending update : corrections.pending(articlesSince)) {
            long guild = update.answer().guild();
            if (shards.getGuildById(guild) == null) {
                continue; // a server another process's shards run, or one that removed Wafer
            }
            GuildMessageChannel channel = channel(guild, update.answer().channel());
            if (channel == null || !channel.canTalk()) {
                LOG.warn("Cannot post an update in channel {} of server {}: the bot cannot see it or may not send "
                        + "messages there (an archived thread it no longer sees, or missing Send Messages in Threads)",
                        update.answer().channel(), guild);
                continue;
            }
            // Marked first: a post that then fails is lost rather than posted twice after a restart.
            if (!corrections.claim(update)) {
                continue;
            }
            try {
                channel.sendMessage(Messages.create(CorrectionText.discord(update.correction())))
                        .setMessageReference(update.answer().message()).failOnInvalidReply(false)
                        .setSuppressEmbeds(true).complete();
                posted++;
                LOG.info("Posted an update ({}) to answer {} in channel {}", update.correction().kind().label(),
                        update.answer().message(), channel.getId());
            } catch (RuntimeException e) {
                LOG.warn("Could not post the update to answer {} in channel {} (not retried, so it is never posted "
                        + "twice): {}", update.answer().message(), channel.getId(), e.toString());
            }
        }
        return posted;
    }

    /**
     * The answer's channel or thread. A thread Wafer started before a restart is not in the cache until
     * Discord mentions it again, so the server's active threads are asked for (archived ones are not).
     */
    private GuildMessageChannel channel(long guild, long id) {
        GuildMessageChannel cached = shards.getChannelById(GuildMessageChannel.class, id);
        if (cached != null) {
            return cached;
        }
        Guild server = shards.getGuildById(guild);
        try {
            return server == null ? null : server.retrieveActiveThreads().complete().stream()
                    .filter(thread -> thread.getIdLong() == id).findFirst().orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("Cannot list the active threads of server {}: {}", guild, e.toString());
            return null;
        }
    }
}
