package dev.wafer.bot.discord;

import dev.wafer.bot.app.Corrections;
import dev.wafer.bot.feedback.PostedAnswer;
import dev.wafer.bot.format.CorrectionText;
import java.time.Instant;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each due "Update:" as a reply to the answer it changes, in that answer's thread: one message,
 * no pings, no link previews. Only servers this process's shards run; each answer at most once. A
 * thread Discord archived after a quiet day is reopened for the update, as a member's reply would;
 * one a moderator locked, or one Wafer may not reopen or write in, gets none — said in one log line,
 * and the answer stays marked so the next refresh does not try again.
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
            PostedAnswer answer = update.answer();
            Guild server = shards.getGuildById(answer.guild());
            if (server == null) {
                continue; // a server another process's shards run, or one that removed Wafer
            }
            Optional<GuildMessageChannel> found;
            try {
                found = find(server, answer);
            } catch (RuntimeException e) {
                // Discord could not be asked: nothing is marked, the next refresh looks again.
                LOG.warn("Cannot look up channel {} of server {} for an update: {}", answer.channel(), answer.guild(),
                        e.toString());
                continue;
            }
            // Marked first: a post that then fails is lost rather than posted twice after a restart.
            if (!corrections.claim(update)) {
                continue;
            }
            String refused = found.isEmpty() ? "it is gone or Wafer can no longer see it" : reopen(found.get());
            if (refused != null) {
                LOG.warn("Skipped the update to answer {} in channel {} of server {}: {} (not tried again)",
                        answer.message(), answer.channel(), answer.guild(), refused);
                continue;
            }
            GuildMessageChannel channel = found.get();
            try {
                channel.sendMessage(Messages.create(CorrectionText.discord(update.correction())))
                        .setMessageReference(answer.message()).failOnInvalidReply(false)
                        .setSuppressEmbeds(true).complete();
                posted++;
                LOG.info("Posted an update ({}) to answer {} in channel {}", update.correction().kind().label(),
                        answer.message(), channel.getId());
            } catch (RuntimeException e) {
                LOG.warn("Could not post the update to answer {} in channel {} (not retried, so it is never posted "
                        + "twice): {}", answer.message(), channel.getId(), e.toString());
            }
        }
        return posted;
    }

    /**
     * Makes the channel ready for the update: an archived thread is unarchived (Wafer started it, so it
     * may). Returns why it cannot take the update, or null when it can.
     */
    private static String reopen(GuildMessageChannel channel) {
        if (!channel.canTalk()) {
            return "Wafer may not send messages there (Send Messages, or Send Messages in Threads)";
        }
        if (!(channel instanceof ThreadChannel thread) || !thread.isArchived()) {
            return null;
        }
        if (thread.isLocked()) {
            return "a moderator locked the thread";
        }
        try {
            thread.getManager().setArchived(false).complete();
            return null;
        } catch (RuntimeException e) {
            return "the thread is archived and Wafer may not reopen it (" + e.getMessage() + ")";
        }
    }

    /**
     * The answer's channel or thread. A thread Wafer started before a restart is not in the cache until
     * Discord mentions it again, so the server's active threads are asked for; one archived since is
     * among its parent channel's archived threads, newest first, and no older than the answer.
     */
    private Optional<GuildMessageChannel> find(Guild server, PostedAnswer answer) {
        GuildMessageChannel cached = shards.getChannelById(GuildMessageChannel.class, answer.channel());
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<GuildMessageChannel> active = server.retrieveActiveThreads().complete().stream()
                .filter(thread -> thread.getIdLong() == answer.channel()).map(GuildMessageChannel.class::cast).findFirst();
        if (active.isPresent()) {
            return active;
        }
        for (GuildChannel channel : server.getChannels()) {
            if (channel instanceof IThreadContainer parent && server.getSelfMember().hasPermission(channel,
                    Permission.VIEW_CHANNEL, Permission.MESSAGE_HISTORY)) {
                Optional<ThreadChannel> archived = parent.retrieveArchivedPublicThreadChannels().stream()
                        .takeWhile(thread -> !thread.getTimeArchiveInfoLastModified().toInstant().isBefore(answer.postedAt()))
                        .filter(thread -> thread.getIdLong() == answer.channel()).findFirst();
                if (archived.isPresent()) {
                    return Optional.of(archived.get());
                }
            }
        }
        return Optional.empty();
    }
}
