package dev.wafer.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    @Test
    void streamedTextIsShownAtMostOncePerInterval() throws Exception {
        List<String> shown = new ArrayList<>();
        AnswerFlow.Throttle throttle = new AnswerFlow.Throttle(shown::add, Duration.ofMillis(200));

        for (int i = 1; i <= 10; i++) {
            throttle.accept("token ".repeat(i));
        }
        Thread.sleep(250);
        throttle.accept("token ".repeat(11) + "@everyone");

        assertThat(shown).hasSize(2);
        assertThat(shown.getFirst()).isEqualTo("token  …");
        assertThat(shown.getLast()).endsWith("@\u200Beveryone …");
    }
}
