package dev.wafer.eval;

import java.util.Arrays;
import java.util.Collection;

/** Latency percentiles in milliseconds (nearest-rank). */
public record Latencies(double p50Ms, double p95Ms, double p99Ms) {

    public static Latencies ofNanos(Collection<Long> nanos) {
        if (nanos.isEmpty()) {
            return new Latencies(0, 0, 0);
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Latencies(percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }

    static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
