package dev.wafer.bot.discord;

import dev.wafer.bot.settings.ServerSettings;
import dev.wafer.bot.settings.ServerSettingsStore;
import dev.wafer.retrieval.digest.DigestBuilder;
import dev.wafer.retrieval.digest.DigestLedger;
import java.time.Clock;
import java.util.List;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each server's own news digest, in the channel, on the schedule and about the topics its admins chose
 * with {@code /settings digest}. Each has its own ledger beside the server's settings, so servers never
 * share what was posted, and a server that removed Wafer has neither.
 */
final class ServerDigests {

    private static final Logger LOG = LoggerFactory.getLogger(ServerDigests.class);

    private final ShardManager shards;
    private final DigestBuilder builder;
    private final ServerSettingsStore servers;
    private final Clock clock;

    ServerDigests(ShardManager shards, DigestBuilder builder, ServerSettingsStore servers, Clock clock) {
        this.shards = shards;
        this.builder = builder;
        this.servers = servers;
        this.clock = clock;
    }

    /** Posts every due digest of the servers this process runs; one server's failure does not stop the rest. */
    synchronized void post(boolean afterRefresh) {
        for (ServerSettings server : servers.all()) {
            if (server.digestChannel() == null || shards.getGuildById(server.guild()) == null) {
                continue; // no digest, or a server another process's shards run
            }
            try {
                poster(server).post(afterRefresh);
            } catch (RuntimeException e) {
                LOG.warn("The news digest of server {} could not be posted: {}", server.guild(), e.toString(), e);
            }
        }
    }

    /**
     * An admin's {@code /settings digest}: checks Wafer may post in the channel, which must be in the
     * admin's own server; stories from now on are the first digest's.
     */
    synchronized String configure(long guild, long channelId, String every, List<String> topics) {
        TextChannel channel = shards.getTextChannelById(channelId);
        if (channel == null || channel.getGuild().getIdLong() != guild) {
            return "I cannot see that channel; pick a text channel of this server I can read.";
        }
        ServerSettings wanted;
        try {
            wanted = servers.get(guild).withDigest(channelId, every, topics);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        DigestLedger ledger = new DigestLedger(servers.digestLedger(guild));
        String reply = poster(wanted).configure(channelId, wanted.digestEvery());
        if (!Long.valueOf(channelId).equals(ledger.load().channel())) {
            return reply; // the channel was refused; nothing changed
        }
        servers.update(guild, current -> current.withDigest(channelId, wanted.digestEvery(), wanted.digestTopics()));
        return topics.isEmpty() ? reply : reply + " Only stories whose headline names " + String.join(", ", topics) + ".";
    }

    synchronized String off(long guild) {
        ServerSettings server = servers.get(guild);
        if (server.digestChannel() == null) {
            return "This server's news digest is already off.";
        }
        new DigestLedger(servers.digestLedger(guild)).save(new DigestLedger(servers.digestLedger(guild)).load().switchedOff());
        servers.update(guild, current -> current.withDigest(null, current.digestEvery(), current.digestTopics()));
        return "This server's news digest is off.";
    }

    private DigestPoster poster(ServerSettings server) {
        return new DigestPoster(shards, builder, new DigestLedger(servers.digestLedger(server.guild())), clock,
                server::wantsInDigest);
    }
}
