package dev.wafer.bot.format;

import dev.wafer.bot.settings.ServerSettings;
import java.util.stream.Collectors;

/** A server's settings in words, for {@code /settings show}. Channels are shown as links, which ping no one. */
public final class ServerSettingsText {

    private ServerSettingsText() {
    }

    public static String show(ServerSettings settings) {
        String digest = settings.digestChannel() == null ? "off"
                : "<#" + settings.digestChannel() + ">, " + switch (settings.digestEvery()) {
                    case "daily" -> "once a day";
                    case "weekly" -> "once a week";
                    default -> "after each refresh";
                } + (settings.digestTopics().isEmpty() ? ", all stories"
                        : ", stories whose headline names " + String.join(", ", settings.digestTopics()));
        return "**Wafer in this server**\n"
                + "Mentions answered: " + mentions(settings) + "\n"
                + "News digest: " + digest + "\n"
                + "Follows: " + settings.followsPerUser() + " per member, " + settings.followsPerServer() + " for the server\n"
                + "Corrections in old threads: " + (settings.corrections() ? "on" : "off");
    }

    /** "in every channel", or "in <#1>, <#2>". */
    public static String mentions(ServerSettings settings) {
        return settings.mentionChannels().isEmpty() ? "in every channel"
                : "in " + settings.mentionChannels().stream().map(id -> "<#" + id + ">").collect(Collectors.joining(", "));
    }
}
