package dev.wafer.bot.discord;

import java.util.OptionalLong;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands once the first shard is ready: globally (Discord may take a while to
 * show changes), or in one development server, where they appear at once.
 */
final class CommandRegistrar extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(CommandRegistrar.class);
    private final OptionalLong guild;

    CommandRegistrar(OptionalLong guild) {
        this.guild = guild;
    }

    @Override
    public void onReady(ReadyEvent event) {
        if (guild.isPresent()) {
            Guild development = event.getJDA().getGuildById(guild.getAsLong());
            if (development != null) {
                development.updateCommands().addCommands(CommandCatalog.all()).queue(
                        done -> LOG.info("Registered {} commands in server {}", done.size(), development.getName()),
                        failure -> LOG.error("Could not register the commands in {}: {}", development.getName(),
                                failure.toString()));
            }
        } else if (event.getJDA().getShardInfo().getShardId() == 0) {
            event.getJDA().updateCommands().addCommands(CommandCatalog.all()).queue(
                    done -> LOG.info("Registered {} commands globally", done.size()),
                    failure -> LOG.error("Could not register the commands: {}", failure.toString()));
        }
    }
}
