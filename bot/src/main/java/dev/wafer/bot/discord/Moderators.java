package dev.wafer.bot.discord;

import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;

/**
 * The run-time half of the moderator gate. Every server the bot is in shares one news corpus, so
 * moderator commands work only in the servers the operator named ({@code WAFER_MODERATOR_GUILDS}):
 * an admin of any other server that invites the bot must not be able to change what everyone reads.
 * Command permissions in Discord can be changed by any server admin, so every moderator command
 * checks again: Manage Server, or the configured role (by id or by name).
 */
final class Moderators {

    static final String GUILDS_ENV = "WAFER_MODERATOR_GUILDS";

    private final String role;
    private final Set<Long> guilds;

    Moderators(String role, Set<Long> guilds) {
        this.role = role;
        this.guilds = Set.copyOf(guilds);
    }

    /** True when moderator commands work in this server at all. */
    boolean serves(Guild guild) {
        return guild != null && guilds.contains(guild.getIdLong());
    }

    String notServed(String command) {
        return "/" + command + " does not work in this server: every server shares Wafer's one news corpus, so only"
                + " the servers its operator names in " + GUILDS_ENV + " can change it.";
    }

    boolean allows(Member member) {
        if (member == null) {
            return false;
        }
        if (member.hasPermission(Permission.MANAGE_SERVER)) {
            return true;
        }
        return role != null && member.getRoles().stream()
                .anyMatch(r -> r.getId().equals(role) || r.getName().equalsIgnoreCase(role));
    }

    String refusal(String command) {
        return "Only moderators can use /" + command + ": it needs the Manage Server permission"
                + (role == null ? "." : role.matches("\\d+") ? " or the moderator role." : " or the " + role + " role.");
    }
}
