package dev.wafer.bot.feedback;

import dev.wafer.retrieval.correction.CitedClaim;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An answer Wafer posted in a server, where it stands and what it cited, so newer news that changes
 * one of its claims can be told in its thread.
 *
 * @param guild       the server
 * @param channel     the channel or thread the answer is in
 * @param message     the answer's first message, which an update replies to
 * @param question    what was asked
 * @param postedAt    when it was posted
 * @param claims      the claims it cited
 * @param correctedAt when its one update was handled — posted, or found to have nowhere to go (a locked
 *                    or vanished thread) — so it is never tried again; null until then
 */
public record PostedAnswer(long guild, long channel, long message, String question, Instant postedAt,
                           List<CitedClaim> claims, Instant correctedAt) {

    public PostedAnswer {
        Objects.requireNonNull(postedAt, "postedAt");
        question = question == null ? "" : question;
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    public boolean corrected() {
        return correctedAt != null;
    }

    public PostedAnswer correctedAt(Instant at) {
        return new PostedAnswer(guild, channel, message, question, postedAt, claims, at);
    }
}
