package dev.wafer.bot.app;

import java.io.UncheckedIOException;
import org.slf4j.Logger;

/**
 * The one error policy of every front end: a person gets one line they can act on; what they cannot
 * act on (a bug, a library failing) is also logged with its stack trace, never shown to them.
 *
 * <p>A failure is the person's to fix when Wafer raised it with words for them: a bad value
 * ({@link IllegalArgumentException}), something not possible right now ({@link IllegalStateException}),
 * a file or network problem ({@link UncheckedIOException}), or any of Wafer's own exceptions.
 */
public final class Failures {

    private Failures() {
    }

    /** True when the failure's own message tells the person what to do. */
    public static boolean explained(Throwable error) {
        Throwable shown = shown(error);
        return shown.getMessage() != null && !shown.getMessage().isBlank()
                && (error instanceof IllegalArgumentException || error instanceof IllegalStateException
                || error instanceof UncheckedIOException || error.getClass().getName().startsWith("dev.wafer."));
    }

    /** What to do next when a failure is not the person's to fix: try again, and the log tells more. */
    public static final String TRY_AGAIN = "Please try again; if it keeps happening, the log has the details.";

    /**
     * The line to show for {@code error} while {@code doing} (e.g. "answering that", "/refresh"): its own
     * message when it has one for the person, otherwise an apology naming the kind of failure.
     */
    public static String message(Throwable error, String doing) {
        return message(error, doing, TRY_AGAIN);
    }

    /** {@link #message(Throwable, String)} with the front end's own {@code nextStep} for a failure not the person's to fix. */
    public static String message(Throwable error, String doing, String nextStep) {
        Throwable shown = shown(error);
        if (explained(error)) {
            return shown.getMessage();
        }
        return "Sorry, something went wrong while " + doing + " (" + shown.getClass().getSimpleName() + "). " + nextStep;
    }

    /** {@link #message}, after logging {@code error} with its stack trace when the person cannot act on it. */
    public static String report(Throwable error, String doing, Logger log) {
        if (explained(error)) {
            log.debug("{}: {}", doing, error.toString());
        } else {
            log.error("Failed while {}", doing, error);
        }
        return message(error, doing);
    }

    /** An {@link UncheckedIOException} without words of its own speaks through its cause. */
    private static Throwable shown(Throwable error) {
        // new UncheckedIOException(cause) takes the cause's toString() as its message: "java.io.IOException: …".
        boolean ownWords = error.getMessage() != null && error.getCause() != null
                && !error.getMessage().equals(error.getCause().toString());
        return error instanceof UncheckedIOException && error.getCause() != null && !ownWords ? error.getCause() : error;
    }
}
