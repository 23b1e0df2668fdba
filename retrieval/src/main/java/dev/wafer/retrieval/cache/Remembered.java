package dev.wafer.retrieval.cache;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The last results of a pure function, up to a fixed number, the least recently used forgotten first.
 * An answer reads the same sentences, passages and questions several times (to choose, to attribute,
 * to label sourcing), and the next answers keep citing the same news; each reader that does so keeps
 * its results here rather than scanning the text again. Safe to share between threads: a value is read
 * outside the lock, so two answers reading one new text at once may both read it, and keep the same result.
 *
 * @param <K> what the value is read from; compared with {@code equals}
 * @param <V> what is read; must not be changed once remembered
 */
public final class Remembered<K, V> {

    private final Map<K, V> values;

    private Remembered(int entries) {
        this.values = Collections.synchronizedMap(new LinkedHashMap<>(Math.min(entries, 256), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > entries;
            }
        });
    }

    /** Remembers at most {@code entries} results. */
    public static <K, V> Remembered<K, V> upTo(int entries) {
        if (entries < 1) {
            throw new IllegalArgumentException("entries must be at least 1, got " + entries);
        }
        return new Remembered<>(entries);
    }

    /** The value read from {@code key}: remembered, or read now by {@code read} and remembered. */
    public V get(K key, Function<? super K, ? extends V> read) {
        V known = values.get(key);
        if (known != null) {
            return known;
        }
        V value = read.apply(key);
        if (value != null) {
            values.put(key, value);
        }
        return value;
    }

    /** The value remembered for {@code key}, or null when there is none. */
    public V known(K key) {
        return values.get(key);
    }

    public void remember(K key, V value) {
        if (key != null && value != null) {
            values.put(key, value);
        }
    }

    public int size() {
        return values.size();
    }
}
