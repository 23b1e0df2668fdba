package dev.wafer.bot.discord;

import dev.wafer.bot.app.Answerer;
import dev.wafer.bot.app.Corrections;
import dev.wafer.bot.app.Failures;
import dev.wafer.bot.feedback.RecentAnswers;
import dev.wafer.bot.format.DiscordText;
import dev.wafer.bot.limits.AnswerExecutor;
import dev.wafer.bot.limits.AnswerExecutor.Admission;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Question;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One question's way through the bot, wherever it was asked: admitted (or politely refused),
 * answered on the answer pool, previewed at most once a second while it streams, then delivered in
 * messages of at most 2,000 characters with 👍/👎 buttons on the last.
 */
final class AnswerFlow {

    static final String VOTE_PREFIX = "wafer:vote:";
    private static final Logger LOG = LoggerFactory.getLogger(AnswerFlow.class);
    private static final Duration PREVIEW_INTERVAL = Duration.ofSeconds(1);

    private final Answerer answerer;
    private final AnswerExecutor executor;
    private final RecentAnswers recent;
    private final Corrections corrections;

    AnswerFlow(Answerer answerer, AnswerExecutor executor, RecentAnswers recent) {
        this(answerer, executor, recent, null);
    }

    /** @param corrections where answers posted in servers are remembered for corrections, or null for none */
    AnswerFlow(Answerer answerer, AnswerExecutor executor, RecentAnswers recent, Corrections corrections) {
        this.answerer = answerer;
        this.executor = executor;
        this.recent = recent;
        this.corrections = corrections;
    }

    Admission admit(long guild, long user) {
        return executor.admit(guild, user);
    }

    /** What to tell someone whose question was not admitted. */
    static String refusal(Admission admission) {
        return switch (admission.refusal()) {
            case USER_RATE -> "You are asking faster than I can keep up with. Please try again in "
                    + Math.max(1, admission.retryAfter().toSeconds()) + " s.";
            case GUILD_BUSY -> "I am answering several questions from this server already. Please try again in a moment.";
            case OVERLOADED -> "I am too busy to take this question right now. Please try again in a minute.";
        };
    }

    /** Answers {@code question} on the pool; {@code answered} runs just before delivery. False if the pool is shut. */
    boolean start(AnswerExecutor.Ticket ticket, Question question, Destination destination, Consumer<Answer> answered) {
        return ticket.run(() -> run(question, destination, answered));
    }

    private void run(Question question, Destination destination, Consumer<Answer> answered) {
        Answer answer;
        try {
            answer = answerer.answer(question, new Throttle(destination::preview, PREVIEW_INTERVAL));
        } catch (RuntimeException e) {
            destination.fail(Failures.report(e, "answering that", LOG));
            return;
        }
        String id = recent.add(answer);
        // Before delivery: a follow-up can arrive as soon as the answer is visible.
        answered.accept(answer);
        List<String> messages = DiscordText.answer(answer);
        Message first = null;
        try {
            for (int i = 0; i < messages.size(); i++) {
                boolean last = i == messages.size() - 1;
                Message sent = destination.send(messages.get(i), last ? List.of(voteButtons(id)) : List.of(), i == 0);
                first = first == null ? sent : first;
            }
        } catch (RuntimeException e) {
            LOG.error("Could not deliver the answer to \"{}\"", question.text(), e);
            return;
        }
        remember(first, answer);
    }

    /** An answer everyone in a server's channel or thread sees is remembered, so newer news can update it there. */
    private void remember(Message first, Answer answer) {
        if (corrections == null || first == null || first.isEphemeral() || !first.isFromGuild()) {
            return; // a private answer or a DM: no thread to post an update in for others
        }
        try {
            corrections.remember(first.getGuild().getIdLong(), first.getChannel().getIdLong(), first.getIdLong(), answer);
        } catch (RuntimeException e) {
            LOG.warn("Could not remember the answer to \"{}\" for corrections: {}", answer.question(), e.toString());
        }
    }

    static ActionRow voteButtons(String answerId) {
        return ActionRow.of(Button.secondary(VOTE_PREFIX + "up:" + answerId, Emoji.fromUnicode("👍")),
                Button.secondary(VOTE_PREFIX + "down:" + answerId, Emoji.fromUnicode("👎")));
    }

    /** Passes on at most one partial text per interval; the final answer replaces whatever was shown. */
    static final class Throttle implements Consumer<String> {
        private final Consumer<String> target;
        private final long intervalNanos;
        /** The time in nanoseconds: the JVM's monotonic clock, or a test's own. */
        private final LongSupplier ticker;
        private long last;

        Throttle(Consumer<String> target, Duration interval) {
            this(target, interval, System::nanoTime);
        }

        Throttle(Consumer<String> target, Duration interval, LongSupplier ticker) {
            this.target = target;
            this.intervalNanos = interval.toNanos();
            this.ticker = ticker;
            this.last = ticker.getAsLong() - Long.MAX_VALUE / 2;
        }

        @Override
        public synchronized void accept(String textSoFar) {
            long now = ticker.getAsLong();
            if (now - last >= intervalNanos && textSoFar != null && !textSoFar.isBlank()) {
                last = now;
                target.accept(DiscordText.partial(textSoFar));
            }
        }
    }
}
