package dev.wafer.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** On a clock the test moves itself, so a loaded machine cannot turn one interval into two. */
class ThrottleTest {

    @Test
    void streamedTextIsShownAtMostOncePerInterval() {
        List<String> shown = new ArrayList<>();
        AtomicLong now = new AtomicLong();
        AnswerFlow.Throttle throttle = new AnswerFlow.Throttle(shown::add, Duration.ofMillis(200), now::get);

        for (int i = 1; i <= 10; i++) {
            throttle.accept("token ".repeat(i));
            now.addAndGet(Duration.ofMillis(19).toNanos());
        }
        assertThat(shown).as("ten tokens within one interval").hasSize(1);

        now.addAndGet(Duration.ofMillis(10).toNanos());
        throttle.accept("token ".repeat(11) + "@everyone");

        assertThat(shown).hasSize(2);
        assertThat(shown.getFirst()).isEqualTo("token  …");
        assertThat(shown.getLast()).endsWith("@\u200Beveryone …");
    }
}
