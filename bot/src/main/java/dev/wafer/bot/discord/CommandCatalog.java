package dev.wafer.bot.discord;

import dev.wafer.bot.follow.Follow;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.timeline.TimelineBuilder;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The slash commands Wafer registers. Moderator commands exist only in the moderator servers, and
 * there are hidden from members without Manage Server.
 */
final class CommandCatalog {

    static final String ASK = "ask";
    static final String STATUS = "status";
    static final String ABOUT = "about";
    static final String TIMELINE = "timeline";
    static final String REFRESH = "refresh";
    static final String FEED = "feed";
    static final String ARTICLE = "article";
    static final String DIGEST = "digest";
    static final String SETTINGS = "settings";
    static final String FOLLOW = "follow";
    static final String UNFOLLOW = "unfollow";
    static final String FOLLOWING = "following";
    static final String REVIEW = "review";

    private CommandCatalog() {
    }

    /** The commands for every member of every server. */
    static List<CommandData> everyone() {
        return List.of(
                Commands.slash(ASK, "Ask about AI-chip news; the answer cites dated sources")
                        .addOptions(new OptionData(OptionType.STRING, "question", "Your question", true)
                                        .setMaxLength(Question.MAX_CHARS),
                                new OptionData(OptionType.BOOLEAN, "private", "Only you see the answer"),
                                new OptionData(OptionType.STRING, "as_of", "Answer from articles published by this day (2025-05-01)"))
                        .setContexts(InteractionContextType.GUILD),
                Commands.slash(STATUS, "What the news covers and how answers are made")
                        .setContexts(InteractionContextType.GUILD),
                Commands.slash(ABOUT, "What Wafer is").setContexts(InteractionContextType.GUILD),
                Commands.slash(TIMELINE, "A story's events in date order, each cited")
                        .addOptions(new OptionData(OptionType.STRING, "topic", "The story, e.g. H20 export licences", true)
                                        .setMaxLength(TimelineBuilder.MAX_TOPIC_CHARS),
                                new OptionData(OptionType.STRING, "since", "Only events on or after this day (2025-04-01)"),
                                new OptionData(OptionType.STRING, "until", "Only events on or before this day"))
                        .setContexts(InteractionContextType.GUILD),
                settings(), follow(), unfollow(), following());
    }

    /**
     * Following a story: in a channel for its server's moderators (hidden from other members, checked
     * again at run time), in direct messages for anyone.
     */
    private static CommandData follow() {
        return Commands.slash(FOLLOW, "Get one short update per new story about a topic, after each refresh")
                .addOptions(new OptionData(OptionType.STRING, "topic", "The story, e.g. H20 export licence", true)
                                .setMaxLength(Follow.MAX_TOPIC),
                        new OptionData(OptionType.INTEGER, "min_outlets", "Only once this many independent outlets report it")
                                .setRequiredRange(1, Follow.MAX_MIN_OUTLETS),
                        new OptionData(OptionType.STRING, "quiet", "Hold updates during these hours, in UTC: 22-07")
                                .setMaxLength(20))
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
    }

    private static CommandData unfollow() {
        return Commands.slash(UNFOLLOW, "Stop following a story")
                .addOptions(new OptionData(OptionType.STRING, "topic", "The topic as /following lists it, or its id", true)
                        .setMaxLength(Follow.MAX_TOPIC))
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
    }

    private static CommandData following() {
        return Commands.slash(FOLLOWING, "The stories followed here")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
    }

    /**
     * A server's own settings, for its admins (Manage Server) in every server: they never change the
     * shared corpus, so they need no moderator server.
     */
    private static CommandData settings() {
        OptionData textChannel = new OptionData(OptionType.CHANNEL, "channel", "A text channel of this server")
                .setChannelTypes(net.dv8tion.jda.api.entities.channel.ChannelType.TEXT);
        return Commands.slash(SETTINGS, "Server admins: how Wafer behaves in this server")
                .addSubcommands(new SubcommandData("show", "This server's settings"),
                        new SubcommandData("mentions", "Where mentions are answered").addOptions(textChannel,
                                new OptionData(OptionType.BOOLEAN, "answer", "Answer there (true) or not (false);"
                                        + " no channel: everywhere")),
                        new SubcommandData("digest", "This server's news digest").addOptions(
                                new OptionData(OptionType.CHANNEL, "channel", "Where to post; none: digest off")
                                        .setChannelTypes(net.dv8tion.jda.api.entities.channel.ChannelType.TEXT),
                                new OptionData(OptionType.STRING, "every", "After each refresh, daily or weekly")
                                        .addChoice("after each refresh", "refresh").addChoice("once a day", "daily")
                                        .addChoice("once a week", "weekly"),
                                new OptionData(OptionType.STRING, "topics", "Only stories whose headline names one,"
                                        + " comma-separated: HBM, TSMC").setMaxLength(500)),
                        new SubcommandData("follows", "How many stories members and the server may follow").addOptions(
                                new OptionData(OptionType.INTEGER, "per_user", "Per member")
                                        .setRequiredRange(1, dev.wafer.bot.settings.ServerSettings.MAX_FOLLOWS_PER_USER),
                                new OptionData(OptionType.INTEGER, "per_server", "For the whole server")
                                        .setRequiredRange(1, dev.wafer.bot.settings.ServerSettings.MAX_FOLLOWS_PER_SERVER)),
                        new SubcommandData("corrections", "Post an Update: when newer news changes an answer")
                                .addOptions(new OptionData(OptionType.BOOLEAN, "on", "On or off", true)))
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .setContexts(InteractionContextType.GUILD);
    }

    /** The commands that change the shared corpus: registered only in the moderator servers. */
    static List<CommandData> moderator() {
        DefaultMemberPermissions moderators = DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER);
        OptionData url = new OptionData(OptionType.STRING, "url", "The web address (https://…)", true);
        return List.of(
                Commands.slash(REFRESH, "Moderators: fetch every feed now")
                        .setDefaultPermissions(moderators).setContexts(InteractionContextType.GUILD),
                Commands.slash(FEED, "Moderators: the news feeds Wafer reads")
                        .addSubcommands(new SubcommandData("add", "Add a feed").addOptions(url),
                                new SubcommandData("remove", "Remove a feed").addOptions(url),
                                new SubcommandData("list", "List the feeds"))
                        .setDefaultPermissions(moderators).setContexts(InteractionContextType.GUILD),
                Commands.slash(DIGEST, "Moderators: post new stories into a channel")
                        .addSubcommands(new SubcommandData("set", "Post the news digest in a channel").addOptions(
                                        new OptionData(OptionType.CHANNEL, "channel", "Where to post", true)
                                                .setChannelTypes(net.dv8tion.jda.api.entities.channel.ChannelType.TEXT),
                                        new OptionData(OptionType.STRING, "every", "After each refresh, daily or weekly")
                                                .addChoice("refresh", "refresh").addChoice("daily", "daily")
                                                .addChoice("weekly", "weekly")),
                                new SubcommandData("off", "Stop posting the news digest"))
                        .setDefaultPermissions(moderators).setContexts(InteractionContextType.GUILD),
                Commands.slash(REVIEW, "Moderators: the questions the news could not answer, by topic")
                        .addOptions(new OptionData(OptionType.STRING, "since", "Only questions asked on or after this day (2025-10-01)"))
                        .setDefaultPermissions(moderators).setContexts(InteractionContextType.GUILD),
                Commands.slash(ARTICLE, "Moderators: one article")
                        .addSubcommands(new SubcommandData("add", "Fetch an article page and add it").addOptions(url),
                                new SubcommandData("forget", "Remove an article so it is never cited").addOptions(url))
                        .setDefaultPermissions(moderators).setContexts(InteractionContextType.GUILD));
    }

    static boolean isModeratorCommand(String name) {
        return name.equals(REFRESH) || name.equals(FEED) || name.equals(ARTICLE) || name.equals(DIGEST)
                || name.equals(REVIEW);
    }
}
