package dev.wafer.bot.discord;

import dev.wafer.bot.settings.ServerSettings;
import dev.wafer.bot.settings.ServerSettingsStore;
import dev.wafer.bot.format.ServerSettingsText;
import dev.wafer.bot.app.Failures;
import dev.wafer.bot.app.ModeratorActions;
import dev.wafer.bot.app.Status;
import dev.wafer.bot.feedback.RecentAnswers;
import dev.wafer.bot.feedback.Vote;
import dev.wafer.bot.feedback.VoteStore;
import dev.wafer.bot.format.DiscordText;
import dev.wafer.bot.format.ModeratorReplies;
import dev.wafer.bot.format.ReviewText;
import dev.wafer.bot.review.ReviewQueue;
import dev.wafer.bot.limits.AnswerExecutor.Admission;
import dev.wafer.corpus.source.RefreshReport;
import dev.wafer.retrieval.answer.Question;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes slash commands and vote buttons. It only routes: parse the options, acknowledge, and hand
 * the work to a plain service off the gateway thread. Any failure becomes a short ephemeral message
 * and a log line; nothing a user sends can escape this class.
 */
final class InteractionRouter extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(InteractionRouter.class);

    private final AnswerFlow answers;
    private final WaferBot.Timelines timelines;
    private final Supplier<DigestPoster> digest;
    private final Supplier<Status> status;
    private final ModeratorActions moderatorActions;
    private final Moderators moderators;
    private final ExecutorService moderatorPool;
    private final RecentAnswers recent;
    private final VoteStore votes;
    private final Clock clock;
    private final ServerSettingsStore servers;
    private final Supplier<ServerDigests> serverDigests;
    /** Follow commands; null when follows are not available. */
    private final FollowCommands follows;
    private final Consumer<RefreshReport> afterRefresh;
    /** Where declined and voted questions are kept for the moderators; null keeps none. */
    private final ReviewQueue review;

    /** @param afterRefresh what a moderator's refresh is followed by, as a scheduled one is */
    InteractionRouter(AnswerFlow answers, WaferBot.Timelines timelines, Supplier<Status> status,
                      ModeratorActions moderatorActions, Moderators moderators, ExecutorService moderatorPool,
                      RecentAnswers recent, VoteStore votes, Clock clock, Supplier<DigestPoster> digest,
                      ServerSettingsStore servers, Supplier<ServerDigests> serverDigests, FollowCommands follows,
                      Consumer<RefreshReport> afterRefresh, ReviewQueue review) {
        this.follows = follows;
        this.afterRefresh = afterRefresh;
        this.review = review;
        this.servers = servers;
        this.serverDigests = serverDigests;
        this.digest = digest;
        this.answers = answers;
        this.timelines = timelines;
        this.status = status;
        this.moderatorActions = moderatorActions;
        this.moderators = moderators;
        this.moderatorPool = moderatorPool;
        this.recent = recent;
        this.votes = votes;
        this.clock = clock;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        try {
            String name = event.getName();
            if (CommandCatalog.isModeratorCommand(name)) {
                moderate(event);
                return;
            }
            switch (name) {
                case CommandCatalog.ASK -> ask(event);
                case CommandCatalog.TIMELINE -> timeline(event);
                case CommandCatalog.SETTINGS -> settings(event);
                case CommandCatalog.FOLLOW, CommandCatalog.UNFOLLOW, CommandCatalog.FOLLOWING -> follow(event);
                case CommandCatalog.STATUS -> event.reply(Messages.create(
                        DiscordText.status(status.get()))).setEphemeral(true).queue();
                case CommandCatalog.ABOUT -> event.reply(Messages.create(Messages.ABOUT)).setEphemeral(true).queue();
                default -> privately(event, "I do not know /" + name + ". Try /ask, /timeline, /status or /about.");
            }
        } catch (RuntimeException e) {
            privately(event, Failures.report(e, "running /" + event.getName(), LOG));
        }
    }

    private void ask(SlashCommandInteractionEvent event) {
        String text = event.getOption("question", "", OptionMapping::getAsString);
        boolean hidden = event.getOption("private", false, OptionMapping::getAsBoolean);
        Question question;
        try {
            question = Question.of(text).withAsOf(day(event.getOption("as_of", null, OptionMapping::getAsString)));
        } catch (DateTimeParseException e) {
            privately(event, "as_of: takes a day such as 2025-05-01.");
            return;
        } catch (IllegalArgumentException e) {
            privately(event, e.getMessage());
            return;
        }
        Admission admission = admit(event);
        if (admission == null) {
            return;
        }
        event.deferReply(hidden).queue(
                hook -> {
                    if (!answers.start(admission.ticket(), question, new HookDestination(hook, hidden), answer -> {
                        if (review != null) {
                            review.keepIfDeclined(answer, place(event));
                        }
                    })) {
                        new HookDestination(hook, hidden).fail("I am shutting down. Please ask again in a minute.");
                    }
                },
                failure -> {
                    admission.ticket().cancel();
                    LOG.warn("Could not acknowledge /ask in time: {}", failure.toString());
                });
    }

    /** A place on the answer pool under the per-user and per-server limits, or null after telling the user why not. */
    private Admission admit(SlashCommandInteractionEvent event) {
        long guild = event.getGuild() == null ? 0 : event.getGuild().getIdLong();
        Admission admission = answers.admit(guild, event.getUser().getIdLong());
        if (!admission.admitted()) {
            privately(event, AnswerFlow.refusal(admission));
            return null;
        }
        return admission;
    }

    /** Parses the options, then builds the timeline on the answer pool (it searches like a question does). */
    private void timeline(SlashCommandInteractionEvent event) {
        String topic = event.getOption("topic", "", OptionMapping::getAsString);
        LocalDate since;
        LocalDate until;
        try {
            since = day(event.getOption("since", null, OptionMapping::getAsString));
            until = day(event.getOption("until", null, OptionMapping::getAsString));
        } catch (DateTimeParseException e) {
            privately(event, "since: and until: take a day such as 2025-04-01.");
            return;
        }
        Admission admission = admit(event);
        if (admission == null) {
            return;
        }
        event.deferReply().queue(hook -> {
            HookDestination destination = new HookDestination(hook, false);
            boolean started = admission.ticket().run(() -> {
                try {
                    List<String> messages = DiscordText.timeline(timelines.build(topic, since, until));
                    destination.previewed = true; // the "thinking…" message becomes the first part
                    for (int i = 0; i < messages.size(); i++) {
                        destination.send(messages.get(i), List.of(), i == 0);
                    }
                } catch (RuntimeException e) {
                    destination.fail(Failures.report(e, "building the timeline of \"" + topic + "\"", LOG));
                }
            });
            if (!started) {
                destination.fail("I am shutting down. Please ask again in a minute.");
            }
        }, failure -> {
            admission.ticket().cancel();
            LOG.warn("Could not acknowledge /timeline in time: {}", failure.toString());
        });
    }

    /**
     * A server admin's /settings: only members with Manage Server (checked here too, not only by
     * Discord's default permissions, which a server may loosen), about their own server only.
     */
    private void settings(SlashCommandInteractionEvent event) {
        if (servers == null || event.getGuild() == null) {
            privately(event, "Server settings are not available here.");
            return;
        }
        Member member = event.getMember();
        if (member == null || !member.hasPermission(Permission.MANAGE_SERVER)) {
            privately(event, "Only members who may manage this server can change Wafer's settings here.");
            return;
        }
        long guild = event.getGuild().getIdLong();
        String sub = event.getSubcommandName() == null ? "show" : event.getSubcommandName();
        Long channel = event.getOption("channel", null, OptionMapping::getAsLong);
        event.deferReply(true).queue(hook -> {
            String reply;
            try {
                reply = switch (sub) {
                    case "mentions" -> {
                        Boolean answer = event.getOption("answer", null, OptionMapping::getAsBoolean);
                        ServerSettings changed = servers.update(guild, current -> channel == null
                                ? current.withMentionsEverywhere()
                                : current.withMentionChannel(channel, answer == null || answer));
                        yield "Mentions are answered " + ServerSettingsText.mentions(changed) + ".";
                    }
                    case "digest" -> {
                        ServerDigests digests = serverDigests.get();
                        if (digests == null) {
                            yield "The news digest is not available here.";
                        }
                        yield channel == null ? digests.off(guild) : digests.configure(guild, channel,
                                event.getOption("every", "refresh", OptionMapping::getAsString),
                                ServerSettings.topics(event.getOption("topics", "", OptionMapping::getAsString)));
                    }
                    case "follows" -> {
                        ServerSettings current = servers.get(guild);
                        int perUser = event.getOption("per_user", current.followsPerUser(), OptionMapping::getAsInt);
                        int perServer = event.getOption("per_server", current.followsPerServer(), OptionMapping::getAsInt);
                        ServerSettings changed = servers.update(guild, now -> now.withFollowLimits(perUser, perServer));
                        yield "Each member may follow " + changed.followsPerUser() + " stories, the server "
                                + changed.followsPerServer() + " in all.";
                    }
                    case "corrections" -> {
                        boolean on = event.getOption("on", true, OptionMapping::getAsBoolean);
                        servers.update(guild, current -> current.withCorrections(on));
                        yield on ? "Corrections are on: when newer news changes an answer, I post one Update: in its thread."
                                : "Corrections are off in this server.";
                    }
                    default -> ServerSettingsText.show(servers.get(guild));
                };
            } catch (IllegalArgumentException e) {
                reply = e.getMessage(); // a value out of range; nothing was saved
            } catch (RuntimeException e) {
                reply = Failures.report(e, "changing this server's settings", LOG);
            }
            hook.editOriginal(Messages.edit(reply, List.of()))
                    .queue(null, failure -> LOG.warn("Could not answer /settings: {}", failure.toString()));
        }, failure -> LOG.warn("Could not acknowledge /settings: {}", failure.toString()));
    }

    /** /follow, /unfollow, /following: answered privately, off the gateway thread (the list is read from disk). */
    private void follow(SlashCommandInteractionEvent event) {
        if (follows == null) {
            privately(event, "Following stories is not available here.");
            return;
        }
        event.deferReply(true).queue(hook -> {
            String reply;
            try {
                reply = follows.run(event);
            } catch (RuntimeException e) {
                reply = Failures.report(e, "running /" + event.getName(), LOG);
            }
            hook.editOriginal(Messages.edit(reply, List.of()))
                    .queue(null, failure -> LOG.warn("Could not answer /{}: {}", event.getName(), failure.toString()));
        }, failure -> LOG.warn("Could not acknowledge /{}: {}", event.getName(), failure.toString()));
    }

    private static LocalDate day(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    private void moderate(SlashCommandInteractionEvent event) {
        String command = event.getFullCommandName();
        if (!moderators.serves(event.getGuild())) {
            privately(event, moderators.notServed(command));
            return;
        }
        if (!moderators.allows(event.getMember())) {
            privately(event, moderators.refusal(command));
            return;
        }
        String url = event.getOption("url", "", OptionMapping::getAsString);
        long channel = event.getOption("channel", 0L, OptionMapping::getAsLong);
        String every = event.getOption("every", "refresh", OptionMapping::getAsString);
        if (command.startsWith(CommandCatalog.DIGEST)) {
            url = command.endsWith("set") ? channel + " " + every : "";
        }
        if (command.equals(CommandCatalog.REVIEW)) {
            url = event.getOption("since", "", OptionMapping::getAsString);
        }
        String argument = url;
        event.deferReply(true).queue(hook -> {
            try {
                moderatorPool.execute(() -> hook.editOriginal(Messages.edit(runModerator(command, argument), List.of()))
                        .queue(null, failure -> LOG.warn("Could not answer /{}: {}", command, failure.toString())));
            } catch (RejectedExecutionException e) {
                hook.editOriginal(Messages.edit(moderatorPool.isShutdown()
                        ? "I am shutting down. Please try again in a minute."
                        : "Other moderator commands are still running; this one was not started. Please try again"
                        + " in a minute.", List.of())).queue();
            }
        }, failure -> LOG.warn("Could not acknowledge /{}: {}", command, failure.toString()));
    }

    /** What the moderator operation did, in words, or why it could not be done. */
    private String runModerator(String command, String url) {
        try {
            return switch (command) {
                case "refresh" -> refreshThenPost();
                case "feed add" -> ModeratorReplies.feedAdded(moderatorActions.addFeed(url, false));
                case "feed remove" -> ModeratorReplies.feedRemoved(moderatorActions.removeFeed(url));
                case "feed list" -> ModeratorReplies.feeds(moderatorActions.feeds());
                case "article add" -> ModeratorReplies.pageAdded(moderatorActions.addArticle(url));
                case "article forget" -> ModeratorReplies.forgotten(url, moderatorActions.forget(url));
                case "digest set", "digest off" -> digestCommand(command, url);
                case CommandCatalog.REVIEW -> review(url);
                default -> "I do not know /" + command + ".";
            };
        } catch (RuntimeException e) {
            return Failures.report(e, "running /" + command, LOG);
        }
    }

    /** A moderator's refresh is a refresh like the scheduled ones: corrections, digests and follow updates follow it. */
    private String refreshThenPost() {
        RefreshReport report = moderatorActions.refresh(List.of());
        afterRefresh.accept(report);
        return ModeratorReplies.refreshed(report);
    }

    /** The moderators' review of what the news could not answer, since a day when one is given. */
    private String review(String since) {
        if (review == null) {
            return "The review of unanswered questions is not available in this deployment.";
        }
        LocalDate day;
        try {
            day = day(since);
        } catch (DateTimeParseException e) {
            return "since: takes a day such as 2025-10-01.";
        }
        return ReviewText.discord(review.report(day));
    }

    /** Where a question was asked, for the review: the server's id. */
    private static String place(IReplyCallback event) {
        return event.getGuild() == null ? "direct message" : event.getGuild().getId();
    }

    private String digestCommand(String command, String argument) {
        DigestPoster poster = digest.get();
        if (poster == null) {
            return "The news digest is not available in this deployment.";
        }
        if (command.equals("digest off")) {
            return poster.off();
        }
        String[] parts = argument.split(" ", 2);
        return poster.configure(Long.parseLong(parts[0]), parts.length > 1 ? parts[1] : "refresh");
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        String id = event.getComponentId();
        if (!id.startsWith(AnswerFlow.VOTE_PREFIX)) {
            return;
        }
        try {
            String[] parts = id.substring(AnswerFlow.VOTE_PREFIX.length()).split(":", 2);
            boolean up = parts[0].equals("up");
            String answerId = parts.length > 1 ? parts[1] : "";
            var answer = recent.get(answerId);
            if (answer.isEmpty()) {
                privately(event, "This answer is too old to vote on now; thanks all the same.");
                return;
            }
            Vote vote = Vote.of(answerId, event.getUser().getId(), up, answer.get(), clock.instant());
            String reply = switch (votes.record(vote)) {
                case RECORDED -> {
                    if (review != null) {
                        review.keepVote(vote, place(event));
                    }
                    yield "Thanks for the feedback " + (up ? "👍" : "👎");
                }
                case ALREADY_VOTED -> "You have already voted on this answer.";
            };
            privately(event, reply);
        } catch (RuntimeException e) {
            LOG.error("Could not record a vote", e);
            privately(event, "Sorry, I could not record that vote. Please try again later.");
        }
    }

    private static void privately(IReplyCallback event, String message) {
        if (event.isAcknowledged()) {
            event.getHook().sendMessage(Messages.create(message)).setEphemeral(true).queue();
        } else {
            event.reply(Messages.create(message)).setEphemeral(true)
                    .queue(null, failure -> LOG.warn("Could not reply: {}", failure.toString()));
        }
    }

    private static void logFailure(Throwable failure) {
        LOG.warn("Could not reach Discord: {}", failure.toString());
    }

    /** A slash command's deferred reply. */
    private static final class HookDestination implements Destination {
        private final InteractionHook hook;
        private final boolean hidden;
        private volatile boolean previewed;

        HookDestination(InteractionHook hook, boolean hidden) {
            this.hook = hook;
            this.hidden = hidden;
        }

        @Override
        public void preview(String text) {
            previewed = true;
            hook.editOriginal(Messages.edit(text, List.of())).queue(null,
                    failure -> LOG.debug("Preview edit failed: {}", failure.toString()));
        }

        @Override
        public Message send(String text, List<ActionRow> components, boolean first) {
            if (first && previewed) {
                return hook.editOriginal(Messages.edit(text, components)).complete();
            }
            return hook.sendMessage(Messages.create(text, components)).setEphemeral(hidden).complete();
        }

        @Override
        public void fail(String message) {
            if (hidden) {
                hook.editOriginal(Messages.edit(message, List.of())).queue(null, InteractionRouter::logFailure);
            } else {
                // The public "thinking…" goes; the apology is for the asker only.
                hook.deleteOriginal().queue(null, InteractionRouter::logFailure);
                hook.sendMessage(Messages.create(message)).setEphemeral(true).queue(null, InteractionRouter::logFailure);
            }
        }
    }
}
