package dev.wafer.bot.discord;

import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;

/**
 * Where an answer goes: the deferred reply of a slash command, or a thread. Called from an answer
 * thread; each call returns once Discord has taken the message, so messages arrive in order.
 */
interface Destination {

    /** Shows the answer as written so far, replacing the previous preview. */
    void preview(String text);

    /** Sends one message of the answer; {@code first} replaces any preview. Returns the message as Discord took it. */
    Message send(String text, List<ActionRow> components, boolean first);

    /** Tells the asker something went wrong, as privately as the place allows. */
    void fail(String message);
}
