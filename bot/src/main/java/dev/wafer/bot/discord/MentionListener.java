package dev.wafer.bot.discord;

import dev.wafer.bot.settings.ServerSettingsStore;
import dev.wafer.bot.app.Conversations;
import dev.wafer.bot.limits.AnswerExecutor.Admission;
import dev.wafer.bot.limits.RateLimiter;
import dev.wafer.retrieval.answer.Question;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import dev.wafer.bot.review.ReviewQueue;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Questions asked by mentioning Wafer. In a channel the answer goes into a thread started on the
 * question; in a thread Wafer answers, every further question there is answered with the thread's
 * earlier turns as context. Without the privileged message-content intent Discord only shows Wafer
 * the text of messages that mention it, so follow-ups mention it too.
 */
final class MentionListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(MentionListener.class);
    private static final int THREAD_NAME_CHARS = 90;

    private final AnswerFlow answers;
    private final Conversations conversations;
    private final DiscordSettings settings;
    /**
     * One refusal reply per user a minute: someone flooding a channel with mentions must not make
     * Wafer flood it back (and spend its Discord rate limit). Later refusals pass in silence.
     */
    private final RateLimiter refusals = new RateLimiter(1, Duration.ofMinutes(1), Clock.systemUTC());

    private final ServerSettingsStore servers;
    /** Where declined questions are kept for the moderators; null keeps none. */
    private final ReviewQueue review;

    /** @param servers each server's own settings (where mentions are answered), or null when there are none */
    MentionListener(AnswerFlow answers, Conversations conversations, DiscordSettings settings, ServerSettingsStore servers) {
        this(answers, conversations, settings, servers, null);
    }

    MentionListener(AnswerFlow answers, Conversations conversations, DiscordSettings settings, ServerSettingsStore servers,
                    ReviewQueue review) {
        this.review = review;
        this.servers = servers;
        this.answers = answers;
        this.conversations = conversations;
        this.settings = settings;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (!event.isFromGuild() || event.getAuthor().isBot() || event.isWebhookMessage()) {
            return;
        }
        try {
            route(event);
        } catch (RuntimeException e) {
            LOG.error("Could not handle a message", e);
        }
    }

    private void route(MessageReceivedEvent event) {
        Message message = event.getMessage();
        long self = event.getJDA().getSelfUser().getIdLong();
        boolean mentioned = message.getMentions().isMentioned(event.getJDA().getSelfUser(), Message.MentionType.USER);
        String text = withoutMention(message.getContentRaw(), self);
        if (event.getChannelType().isThread()) {
            ThreadChannel thread = event.getChannel().asThreadChannel();
            boolean ours = thread.getOwnerIdLong() == self || conversations.knows(thread.getIdLong());
            if ((ours || mentioned) && answersIn(event, thread.getParentChannel().getIdLong()) && !text.isBlank()) {
                answer(event, text, new ThreadDestination(thread), thread.getIdLong());
            }
            return;
        }
        if (!mentioned || !answersIn(event, event.getChannel().getIdLong())) {
            return;
        }
        if (text.isBlank()) {
            refuse(event, "Ask me after the mention, e.g. \"Why was DeepSeek's R2 delayed?\"");
            return;
        }
        if (event.getChannelType() == ChannelType.TEXT || event.getChannelType() == ChannelType.NEWS) {
            Question question = parse(event, () -> Question.of(text));
            Admission admission = question == null ? null : admit(event);
            if (admission == null) {
                return;
            }
            message.createThreadChannel(threadName(text)).queue(
                    thread -> start(admission, question, new ThreadDestination(thread), thread.getIdLong()),
                    failure -> {
                        LOG.warn("Could not start a thread, answering in the channel: {}", failure.toString());
                        start(admission, question, new ThreadDestination(event.getChannel()), 0);
                    });
        } else {
            answer(event, text, new ThreadDestination(event.getChannel()), 0);
        }
    }

    /** The operator's channels (WAFER_DISCORD_CHANNELS) and the server admins' own choice both allow it. */
    private boolean answersIn(MessageReceivedEvent event, long channel) {
        return settings.answersIn(channel) && (servers == null || servers.get(event.getGuild().getIdLong()).answersIn(channel));
    }

    private void answer(MessageReceivedEvent event, String text, ThreadDestination destination, long conversation) {
        Question question = parse(event, () -> conversation == 0 ? Question.of(text) : conversations.question(conversation, text));
        Admission admission = question == null ? null : admit(event);
        if (admission != null) {
            start(admission, question, destination, conversation);
        }
    }

    /** The question, built once, or null after telling the asker what is wrong with it (too long, say). */
    private Question parse(MessageReceivedEvent event, Supplier<Question> question) {
        try {
            return question.get();
        } catch (IllegalArgumentException e) {
            refuse(event, e.getMessage());
            return null;
        }
    }

    /** An admitted question's ticket, or null after telling the asker why not. */
    private Admission admit(MessageReceivedEvent event) {
        Admission admission = answers.admit(event.getGuild().getIdLong(), event.getAuthor().getIdLong());
        if (!admission.admitted()) {
            refuse(event, AnswerFlow.refusal(admission));
            return null;
        }
        return admission;
    }

    private void refuse(MessageReceivedEvent event, String why) {
        if (refusals.acquire(event.getAuthor().getIdLong()).isPresent()) {
            LOG.debug("Not replying to {} again within a minute: {}", event.getAuthor().getId(), why);
            return;
        }
        event.getMessage().reply(Messages.create(why)).queue(null, failure -> LOG.warn("Could not reply: {}",
                failure.toString()));
    }

    private void start(Admission admission, Question question, ThreadDestination destination, long conversation) {
        destination.channel.sendTyping().queue(null, failure -> { });
        boolean started = answers.start(admission.ticket(), question, destination, answer -> {
            if (conversation != 0) {
                conversations.remember(conversation, answer);
            }
            if (review != null) {
                review.keepIfDeclined(answer, destination.channel instanceof GuildChannel channel
                        ? channel.getGuild().getId() : "direct message");
            }
        });
        if (!started) {
            destination.fail("I am shutting down. Please ask again in a minute.");
        }
    }

    static String withoutMention(String content, long self) {
        Pattern mention = Pattern.compile("<@!?" + self + ">");
        return mention.matcher(content).replaceAll(" ").strip();
    }

    static String threadName(String question) {
        String flat = question.replaceAll("\\s+", " ").strip();
        return flat.length() <= THREAD_NAME_CHARS ? flat : flat.substring(0, THREAD_NAME_CHARS - 1) + "…";
    }

    /** A thread (or channel) the answer is posted in; the preview is one message edited in place. */
    private static final class ThreadDestination implements Destination {
        private final MessageChannel channel;
        private final AtomicReference<Message> preview = new AtomicReference<>();

        ThreadDestination(MessageChannel channel) {
            this.channel = channel;
        }

        @Override
        public void preview(String text) {
            Message shown = preview.get();
            if (shown == null) {
                preview.set(channel.sendMessage(Messages.create(text)).complete());
            } else {
                shown.editMessage(Messages.edit(text, List.of())).queue(null, failure -> { });
            }
        }

        @Override
        public Message send(String text, List<ActionRow> components, boolean first) {
            Message shown = preview.get();
            if (first && shown != null) {
                return shown.editMessage(Messages.edit(text, components)).complete();
            }
            return channel.sendMessage(Messages.create(text, components)).complete();
        }

        @Override
        public void fail(String message) {
            channel.sendMessage(Messages.create(message)).queue(null, failure -> LOG.warn("Could not reply: {}",
                    failure.toString()));
        }
    }
}
