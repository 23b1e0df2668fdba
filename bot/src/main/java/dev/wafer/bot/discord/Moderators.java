package dev.wafer.bot.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;

/**
 * The run-time half of the moderator gate. Command permissions in Discord can be changed by any
 * server admin, so every moderator command checks again: Manage Server, or the configured role
 * (by id or by name).
 */
final class Moderators {

    private final String role;

    Moderators(String role) {
        this.role = role;
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
