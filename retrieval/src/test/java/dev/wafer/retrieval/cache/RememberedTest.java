package dev.wafer.retrieval.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RememberedTest {

    /** A reader that notes every text it is given. */
    private static final class CountingReader implements Function<String, Integer> {
        private final List<String> read = new ArrayList<>();

        @Override
        public Integer apply(String text) {
            read.add(text);
            return text.length();
        }
    }

    @Test
    void aTextAskedForAgainIsNotReadAgain() {
        Remembered<String, Integer> lengths = Remembered.upTo(4);
        CountingReader reader = new CountingReader();

        assertThat(lengths.get("Nvidia", reader)).isEqualTo(6);
        assertThat(lengths.get("Nvidia", reader)).isEqualTo(6);
        assertThat(reader.read).containsExactly("Nvidia");
    }

    @Test
    void theLeastRecentlyUsedIsForgottenFirst() {
        Remembered<String, Integer> lengths = Remembered.upTo(2);
        CountingReader reader = new CountingReader();
        lengths.get("AMD", reader);
        lengths.get("Intel", reader);
        lengths.get("AMD", reader); // used again: Intel is now the oldest
        lengths.get("TSMC", reader);

        assertThat(lengths.size()).isEqualTo(2);
        assertThat(lengths.known("Intel")).isNull();
        assertThat(lengths.known("AMD")).isEqualTo(3);
        lengths.get("Intel", reader);
        assertThat(reader.read).containsExactly("AMD", "Intel", "TSMC", "Intel");
    }

    @Test
    void nothingIsRememberedForAReadingWithNoResult() {
        Remembered<String, Integer> lengths = Remembered.upTo(2);
        List<String> read = new ArrayList<>();
        Function<String, Integer> nothing = text -> {
            read.add(text);
            return null;
        };

        assertThat(lengths.get("Cerebras", nothing)).isNull();
        assertThat(lengths.get("Cerebras", nothing)).isNull();
        assertThat(read).hasSize(2);
        assertThat(lengths.size()).isZero();
    }

    @Test
    void aValueRememberedByHandIsFoundLater() {
        Remembered<String, float[]> vectors = Remembered.upTo(2);
        float[] vector = {0.5f, 0.25f};
        vectors.remember("H20 exports", vector);

        assertThat(vectors.known("H20 exports")).isSameAs(vector);
        assertThat(vectors.get("H20 exports", text -> new float[0])).isSameAs(vector);
    }

    @Test
    void aSizeBelowOneIsRefused() {
        assertThatThrownBy(() -> Remembered.upTo(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }
}
