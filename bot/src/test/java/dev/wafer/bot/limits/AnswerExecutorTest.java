package dev.wafer.bot.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.bot.limits.AnswerExecutor.Admission;
import dev.wafer.bot.limits.AnswerExecutor.Refusal;
import dev.wafer.testkit.MovableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AnswerExecutorTest {

    @Test
    void userMayAskFiveTimesAMinute() {
        MovableClock clock = new MovableClock(Instant.parse("2025-09-01T00:00:00Z"));
        RateLimiter limiter = new RateLimiter(5, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.acquire(1)).isEmpty();
        }
        assertThat(limiter.acquire(1)).hasValueSatisfying(wait -> assertThat(wait).isPositive());
        assertThat(limiter.acquire(2)).isEmpty();

        clock.advance(Duration.ofSeconds(61));
        assertThat(limiter.acquire(1)).isEmpty();
    }

    @Test
    void serverMayHaveOnlyItsShareInFlightAndPlacesComeBack() throws Exception {
        try (AnswerExecutor executor = new AnswerExecutor(1, 10, 2, new RateLimiter(100, Duration.ofMinutes(1),
                Clock.systemUTC()))) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(2);
            for (int i = 0; i < 2; i++) {
                Admission admitted = executor.admit(7, i);
                assertThat(admitted.admitted()).isTrue();
                admitted.ticket().run(() -> {
                    await(release);
                    done.countDown();
                });
            }

            assertThat(executor.admit(7, 9).refusal()).isEqualTo(Refusal.GUILD_BUSY);
            assertThat(executor.admit(8, 9).admitted()).isTrue();

            release.countDown();
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(50);
            assertThat(executor.admit(7, 10).admitted()).isTrue();
        }
    }

    @Test
    void shutdownFinishesAdmittedWorkAndRefusesNewQuestions() {
        AnswerExecutor executor = new AnswerExecutor(1, 10, 5, new RateLimiter(100, Duration.ofMinutes(1),
                Clock.systemUTC()));
        boolean[] finished = new boolean[1];
        executor.admit(1, 1).ticket().run(() -> {
            sleep(200);
            finished[0] = true;
        });

        assertThat(executor.shutdown(Duration.ofSeconds(5))).isTrue();
        assertThat(finished[0]).isTrue();
        assertThat(executor.admit(1, 2).refusal()).isEqualTo(Refusal.OVERLOADED);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
