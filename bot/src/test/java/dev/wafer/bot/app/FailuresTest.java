package dev.wafer.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The one error policy: a person gets one line, their own words when they can act on it. */
class FailuresTest {

    @Test
    void aFailureThePersonCanFixIsShownInItsOwnWords() {
        assertThat(Failures.message(new IllegalArgumentException("Give a web address starting with https://"), "adding a feed"))
                .isEqualTo("Give a web address starting with https://");
        assertThat(Failures.message(new UncheckedIOException(new IOException("disk full")), "importing"))
                .as("an I/O failure speaks through its cause").isEqualTo("disk full");
    }

    @Test
    void anUnexpectedFailureIsOneLineWithWhatWasBeingDoneAndWhatToDoNext() {
        String line = Failures.message(new NullPointerException("index was null"), "answering that");
        String atTheTerminal = Failures.message(new NullPointerException(), "running ask", "Run it again with --verbose.");

        assertThat(line).isEqualTo("Sorry, something went wrong while answering that (NullPointerException). "
                + Failures.TRY_AGAIN).doesNotContain("index was null", "\n", "at dev.");
        assertThat(atTheTerminal).isEqualTo("Sorry, something went wrong while running ask (NullPointerException)."
                + " Run it again with --verbose.");
    }
}
