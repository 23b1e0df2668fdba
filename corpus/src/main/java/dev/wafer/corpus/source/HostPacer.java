package dev.wafer.corpus.source;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces requests to one host: each caller reserves the host's next free slot and sleeps until it.
 * Requests to different hosts never wait for each other, so feeds from many outlets are fetched in
 * parallel while each outlet sees at most one request per delay.
 */
final class HostPacer {

    private final Map<String, Long> nextSlot = new HashMap<>();

    void await(String host, Duration delay) {
        long waitNanos;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot.getOrDefault(host, now));
            nextSlot.put(host, slot + delay.toNanos());
            waitNanos = slot - now;
        }
        if (waitNanos > 0) {
            try {
                Thread.sleep(Duration.ofNanos(waitNanos));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(host, "interrupted while waiting to fetch");
            }
        }
    }
}
