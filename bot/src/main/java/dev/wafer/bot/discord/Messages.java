package dev.wafer.bot.discord;

import dev.wafer.bot.app.About;
import dev.wafer.bot.format.DiscordText;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

/**
 * Every message Wafer sends is built here: text neutralised, allowed mentions empty (no user, role,
 * @everyone or replied-to user is ever pinged, whatever a source says), previews suppressed by the
 * text itself (links in angle brackets).
 */
final class Messages {

    static final String ABOUT = About.DESCRIPTION.replaceFirst("^Wafer", "**Wafer**")
            + "\nAsk with `/ask`, or mention me in a channel: I answer in a thread, and follow-ups there keep the context.\n";

    private Messages() {
    }

    /** Also the default for anything JDA sends on our behalf. */
    static void denyAllMentionsByDefault() {
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
    }

    static MessageCreateData create(String text, List<ActionRow> components) {
        return new MessageCreateBuilder()
                .setContent(DiscordText.neutralise(text))
                .setComponents(components)
                .setAllowedMentions(List.of())
                .mentionRepliedUser(false)
                .build();
    }

    static MessageCreateData create(String text) {
        return create(text, List.of());
    }

    static MessageEditData edit(String text, List<ActionRow> components) {
        return new MessageEditBuilder()
                .setContent(DiscordText.neutralise(text))
                .setComponents(components)
                .setAllowedMentions(List.of())
                .mentionRepliedUser(false)
                .build();
    }
}
