package dev.wafer.bot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands once a shard is ready. The commands for everyone go globally
 * (Discord may take a while to show changes) or into one development server, where they appear at
 * once; moderator commands go only into the moderator servers each shard holds, so no other
 * server's admin ever sees them (registering the global list also removes any left from before).
 */
final class CommandRegistrar extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(CommandRegistrar.class);
    private final OptionalLong development;
    private final Set<Long> moderatorGuilds;

    CommandRegistrar(OptionalLong development, Set<Long> moderatorGuilds) {
        this.development = development;
        this.moderatorGuilds = Set.copyOf(moderatorGuilds);
    }

    @Override
    public void onReady(ReadyEvent event) {
        JDA jda = event.getJDA();
        if (development.isEmpty() && jda.getShardInfo().getShardId() == 0) {
            jda.updateCommands().addCommands(CommandCatalog.everyone()).queue(
                    done -> LOG.info("Registered {} commands globally", done.size()),
                    failure -> LOG.error("Could not register the commands: {}", failure.toString()));
            if (moderatorGuilds.isEmpty()) {
                LOG.warn("Moderator commands are off in Discord: set {} to the ids of the servers whose moderators may"
                        + " change the shared news corpus", Moderators.GUILDS_ENV);
            }
        }
        development.ifPresent(id -> register(jda.getGuildById(id), true));
        for (long id : moderatorGuilds) {
            if (development.isEmpty() || development.getAsLong() != id) {
                register(jda.getGuildById(id), false);
            }
        }
    }

    /** One server's own commands: everyone's (a development server) and the moderators' (a moderator server). */
    private void register(Guild guild, boolean development) {
        if (guild == null) {
            return; // served by another shard, or the bot is not in it
        }
        List<CommandData> commands = new ArrayList<>();
        if (development) {
            commands.addAll(CommandCatalog.everyone());
        }
        if (moderatorGuilds.contains(guild.getIdLong())) {
            commands.addAll(CommandCatalog.moderator());
        }
        guild.updateCommands().addCommands(commands).queue(
                done -> LOG.info("Registered {} commands in server {}", done.size(), guild.getName()),
                failure -> LOG.error("Could not register the commands in {}: {}", guild.getName(), failure.toString()));
    }
}
