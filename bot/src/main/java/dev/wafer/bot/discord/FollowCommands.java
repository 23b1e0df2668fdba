package dev.wafer.bot.discord;

import dev.wafer.bot.follow.Follows;
import dev.wafer.bot.format.DiscordText;
import dev.wafer.bot.format.FollowText;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * {@code /follow}, {@code /unfollow} and {@code /following}: in a server's channel for its moderators
 * (Manage Server or the moderator role, as for the other moderator commands; follows change nothing
 * shared, so every server may have them), in direct messages for anyone. Only parses and words replies.
 */
final class FollowCommands {

    private final Follows follows;
    private final Moderators moderators;

    FollowCommands(Follows follows, Moderators moderators) {
        this.follows = follows;
        this.moderators = moderators;
    }

    /** The reply to the command, or why it was refused. */
    String run(SlashCommandInteractionEvent event) {
        Follows.Place place;
        if (event.getGuild() != null) {
            if (!moderators.allows(event.getMember())) {
                return moderators.refusal(event.getName()) + " In direct messages with me anyone can follow a story.";
            }
            place = Follows.Place.channel(event.getGuild().getIdLong(), event.getChannel().getIdLong(),
                    event.getUser().getIdLong());
        } else {
            place = Follows.Place.directMessages(event.getUser().getIdLong());
        }
        String topic = event.getOption("topic", "", OptionMapping::getAsString);
        try {
            return switch (event.getName()) {
                case CommandCatalog.FOLLOW -> DiscordText.neutralise(FollowText.started(follows.follow(place, topic,
                        event.getOption("min_outlets", null, OptionMapping::getAsInt),
                        event.getOption("quiet", null, OptionMapping::getAsString))));
                case CommandCatalog.UNFOLLOW -> follows.unfollow(place, topic)
                        .map(gone -> "No longer following “" + DiscordText.title(gone.topic()) + "”.")
                        .orElse("Nothing here follows “" + DiscordText.title(topic) + "”; /following lists what does.");
                default -> "**Following " + (place.channel() != null ? "in this channel" : "in your messages") + "**\n"
                        + FollowText.discordList(follows.following(place), "Nothing yet; start with /follow topic:.");
            };
        } catch (IllegalArgumentException e) {
            return DiscordText.neutralise(e.getMessage()); // a topic, an option or a limit said no; nothing was saved
        }
    }
}
