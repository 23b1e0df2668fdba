package dev.wafer.corpus.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostPacerTest {

    @Test
    void aSecondRequestToOneHostWaitsForItsSlot() {
        HostPacer pacer = new HostPacer();
        Duration delay = Duration.ofMillis(300);
        pacer.await("www.eetimes.com", delay);

        long started = System.nanoTime();
        pacer.await("www.eetimes.com", delay);

        // Only a lower bound: sleeping never ends early, however busy the machine is.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
    }

    @Test
    void anotherHostDoesNotWaitForTheFirstOnesSlot() {
        HostPacer pacer = new HostPacer();
        pacer.await("www.eetimes.com", Duration.ofMinutes(10)); // the next slot there is ten minutes away

        long started = System.nanoTime();
        pacer.await("www.hpcwire.com", Duration.ofMinutes(10));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void anInterruptedWaitIsAFetchFailureNamingTheHostAndKeepsTheInterrupt() {
        HostPacer pacer = new HostPacer();
        pacer.await("www.eetimes.com", Duration.ofMinutes(10));

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> pacer.await("www.eetimes.com", Duration.ofMinutes(10)))
                    .isInstanceOf(FetchException.class)
                    .hasMessage("www.eetimes.com: interrupted while waiting to fetch");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
