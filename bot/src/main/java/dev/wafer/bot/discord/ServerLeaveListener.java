package dev.wafer.bot.discord;

import dev.wafer.bot.follow.Follows;
import dev.wafer.bot.settings.ServerSettingsStore;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a server removes Wafer (Discord's GUILD_DELETE for a server it left, not an outage), everything
 * kept for that server goes: its settings, its digest and its channels' follows, so nothing is ever posted for it again.
 */
final class ServerLeaveListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ServerLeaveListener.class);

    private final ServerSettingsStore servers;
    /** The server's channels' follows, or null when follows are not available. */
    private final Follows follows;

    ServerLeaveListener(ServerSettingsStore servers) {
        this(servers, null);
    }

    ServerLeaveListener(ServerSettingsStore servers, Follows follows) {
        this.servers = servers;
        this.follows = follows;
    }

    @Override
    public void onGuildLeave(GuildLeaveEvent event) {
        try {
            if (follows != null) {
                follows.forgetServer(event.getGuild().getIdLong());
            }
            servers.forget(event.getGuild().getIdLong());
            LOG.info("Removed from server {}: its settings, digest and follows are deleted", event.getGuild().getIdLong());
        } catch (RuntimeException e) {
            LOG.warn("Removed from server {}, but its settings could not be deleted: {}", event.getGuild().getIdLong(),
                    e.toString());
        }
    }
}
