package dev.wafer.bot.discord;

import dev.wafer.bot.settings.ServerSettingsStore;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a server removes Wafer (Discord's GUILD_DELETE for a server it left, not an outage), everything
 * kept for that server goes: its settings and its digest, so nothing is ever posted for it again.
 */
final class ServerLeaveListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ServerLeaveListener.class);

    private final ServerSettingsStore servers;

    ServerLeaveListener(ServerSettingsStore servers) {
        this.servers = servers;
    }

    @Override
    public void onGuildLeave(GuildLeaveEvent event) {
        try {
            servers.forget(event.getGuild().getIdLong());
            LOG.info("Removed from server {}: its settings and digest are deleted", event.getGuild().getIdLong());
        } catch (RuntimeException e) {
            LOG.warn("Removed from server {}, but its settings could not be deleted: {}", event.getGuild().getIdLong(),
                    e.toString());
        }
    }
}
