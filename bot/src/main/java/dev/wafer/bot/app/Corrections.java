package dev.wafer.bot.app;

import dev.wafer.bot.feedback.AnswerMemory;
import dev.wafer.bot.feedback.PostedAnswer;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.store.ArticleStore;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.correction.ChangeDetector;
import dev.wafer.retrieval.correction.CitedClaim;
import dev.wafer.retrieval.correction.Correction;
import dev.wafer.retrieval.correction.CorrectionFinder;
import dev.wafer.retrieval.sourcing.AttributionCues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongPredicate;

/**
 * Corrections in old threads: the answers posted in servers are remembered with their cited claims,
 * and after a refresh the articles it brought are read for a newer report that changes one of them
 * (a figure revised, a decision reversed, a date moved, a report denied). Each answer gets at most one
 * update, within the window ({@code WAFER_CORRECTION_DAYS}), in servers that have not switched them off.
 * No Discord types: the bot posts what {@link #pending} finds, {@code wafer corrections} lists it.
 */
public final class Corrections {

    public static final String WINDOW_ENV = "WAFER_CORRECTION_DAYS";
    /** A month: long enough for a reported plan to be confirmed, revised or denied, short enough that the thread is still read. */
    public static final int DEFAULT_WINDOW_DAYS = 30;
    /** Beyond a year an update in a thread reads as noise, and the memory would grow without need. */
    public static final int MAX_WINDOW_DAYS = 365;

    /** An update due: the answer and the newer report that changes one of its claims. */
    public record Pending(PostedAnswer answer, Correction correction) {
    }

    private final ArticleStore store;
    private final AnswerMemory memory;
    private final CorrectionFinder finder;
    private final LongPredicate switchedOn;
    private final Clock clock;

    /** @param switchedOn whether a server (by id) has corrections on */
    public Corrections(ArticleStore store, AnswerMemory memory, LongPredicate switchedOn, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.switchedOn = Objects.requireNonNull(switchedOn, "switchedOn");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.finder = new CorrectionFinder(new ChangeDetector(new AttributionCues()));
    }

    /** The correction window from {@code WAFER_CORRECTION_DAYS}; one line naming the setting when it is not a number of days. */
    public static Duration window(Map<String, String> settings) {
        String value = settings.get(WINDOW_ENV);
        if (value == null || value.isBlank()) {
            return Duration.ofDays(DEFAULT_WINDOW_DAYS);
        }
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= 1 && days <= MAX_WINDOW_DAYS) {
                return Duration.ofDays(days);
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException(WINDOW_ENV + " must be a number of days from 1 to " + MAX_WINDOW_DAYS
                + ", was \"" + value + "\"");
    }

    /** Remembers an answer posted in a server's channel or thread; an answer citing nothing dated is not kept. */
    public void remember(long guild, long channel, long message, Answer answer) {
        List<CitedClaim> claims = CitedClaim.of(answer);
        if (!claims.isEmpty()) {
            memory.remember(new PostedAnswer(guild, channel, message, answer.question(), clock.instant(), claims, null));
        }
    }

    /**
     * The updates due because of articles stored at or after {@code articlesSince}: for each answer in the
     * window, not corrected yet, in a server with corrections on, the oldest newer article that changes it.
     */
    public List<Pending> pending(Instant articlesSince) {
        List<Article> arrived = store.importedFrom(articlesSince);
        if (arrived.isEmpty()) {
            return List.of();
        }
        List<Pending> due = new ArrayList<>();
        for (PostedAnswer answer : memory.open(clock.instant())) {
            if (switchedOn.test(answer.guild())) {
                finder.find(answer.claims(), arrived).ifPresent(correction -> due.add(new Pending(answer, correction)));
            }
        }
        return due;
    }

    /** Marks the update as posted, before it is posted (at most once per answer); false when it was already. */
    public boolean claim(Pending update) {
        return memory.markCorrected(update.answer(), clock.instant());
    }
}
