package dev.wafer.bot.app;

import dev.wafer.corpus.source.RefreshReport;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * What Wafer posts once a refresh has committed, whoever started it — the schedule or a moderator's
 * {@code /refresh}: updates in the threads of answers that the new articles change, the shared digest
 * and each server's own, then the follow updates when the refresh brought or changed articles. One
 * step, so a refresh asked for by hand posts exactly what a scheduled one does.
 */
public final class AfterRefresh {

    /** Where the posts go; each posts what is due and logs its own failure, so one cannot stop the others. */
    public interface Posts {

        /** Updates for remembered answers that articles stored at or after {@code articlesSince} change. */
        void corrections(Instant articlesSince);

        /** The shared digest and every server's digest that is due after a refresh. */
        void digests();

        /** The follow updates due. */
        void follows();
    }

    private final Posts posts;
    private final Clock clock;

    /**
     * @param clock the clock articles are stamped with when stored, so "stored since the refresh began"
     *              compares like with like
     */
    public AfterRefresh(Posts posts, Clock clock) {
        this.posts = Objects.requireNonNull(posts, "posts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Posts what follows {@code report}'s refresh; call it right after the refresh's last commit. */
    public void run(RefreshReport report) {
        posts.corrections(articlesSince(report));
        // Digests go out even after a refresh that brought nothing: articles added by hand since the last one count.
        posts.digests();
        if (report.added() + report.updated() > 0) {
            posts.follows();
        }
    }

    /** When the refresh that just finished began: the articles it stored were stored since (a second spare for clock reads). */
    Instant articlesSince(RefreshReport report) {
        return clock.instant().minus(report.took()).minusSeconds(1);
    }
}
