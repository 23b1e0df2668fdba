package dev.wafer.corpus.extract;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds syndicated copies: the same story carried by another outlet with its own headline, intro
 * and footer. Texts are compared as sets of overlapping five-word shingles; the Jaccard similarity
 * of two sets is estimated from 128-value MinHash signatures, so each stored article costs 512 bytes
 * and a comparison is 128 integer checks. Copies of one wire story score 0.5–0.95; different
 * stories about the same event share phrases but score under 0.2.
 */
public final class NearDuplicates {

    /** Estimated Jaccard similarity from which two texts are the same story. */
    public static final double SAME_STORY = 0.5;
    private static final int HASHES = 128;
    private static final int SHINGLE_WORDS = 5;
    /** Texts shorter than this many shingles are too short to tell a copy from a shared phrase. */
    private static final int MIN_SHINGLES = 12;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            seed = mix(seed + i);
            SEEDS[i] = seed;
        }
    }

    private final Map<String, int[]> signatures = new HashMap<>();

    /** A found copy: the id of the stored text and the estimated similarity. */
    public record Match(String id, double similarity) {
    }

    /** Remembers a text under an id (replacing any text it had). Too-short texts are not remembered. */
    public synchronized void add(String id, String text) {
        signature(text).ifPresentOrElse(signature -> signatures.put(id, signature), () -> signatures.remove(id));
    }

    public synchronized void remove(String id) {
        signatures.remove(id);
    }

    /** The most similar remembered text at or above {@link #SAME_STORY}, if any. */
    public synchronized Optional<Match> find(String text) {
        Optional<int[]> probe = signature(text);
        if (probe.isEmpty()) {
            return Optional.empty();
        }
        Match best = null;
        for (Map.Entry<String, int[]> entry : signatures.entrySet()) {
            double similarity = similarity(probe.get(), entry.getValue());
            if (similarity >= SAME_STORY && (best == null || similarity > best.similarity())) {
                best = new Match(entry.getKey(), similarity);
            }
        }
        return Optional.ofNullable(best);
    }

    public synchronized int size() {
        return signatures.size();
    }

    /** Estimated Jaccard similarity of two texts' shingle sets; 0 when either is too short. */
    public static double similarity(String first, String second) {
        Optional<int[]> a = signature(first);
        Optional<int[]> b = signature(second);
        return a.isPresent() && b.isPresent() ? similarity(a.get(), b.get()) : 0;
    }

    private static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    private static Optional<int[]> signature(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        Set<Long> shingles = new LinkedHashSet<>();
        for (int start = 0; start + SHINGLE_WORDS <= words.length; start++) {
            long hash = 0xCBF29CE484222325L;
            for (int w = start; w < start + SHINGLE_WORDS; w++) {
                hash = (hash ^ words[w].hashCode()) * 0x100000001B3L;
            }
            shingles.add(hash);
        }
        if (shingles.size() < MIN_SHINGLES) {
            return Optional.empty();
        }
        int[] mins = new int[HASHES];
        java.util.Arrays.fill(mins, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                int value = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
                if (value < mins[i]) {
                    mins[i] = value;
                }
            }
        }
        return Optional.of(mins);
    }

    /** SplitMix64's finalizer: a cheap, well-spread 64-bit hash. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
