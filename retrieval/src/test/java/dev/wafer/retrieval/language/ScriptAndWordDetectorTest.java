package dev.wafer.retrieval.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scores language detection on 200 short chip questions in ten languages, written for Wafer's tests. */
class ScriptAndWordDetectorTest {

    private final LanguageDetector detector = new ScriptAndWordDetector();

    @Test
    void tellsTheLanguageOfShortChipQuestions() throws IOException {
        int total = 0;
        int right = 0;
        List<String> misses = new ArrayList<>();
        int englishTurnedAway = 0;
        try (InputStream in = getClass().getResourceAsStream("/language/questions.tsv")) {
            assertThat(in).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                Language expected = Arrays.stream(Language.values()).filter(l -> l.code().equals(fields[0])).findFirst().orElseThrow();
                Language got = detector.detect(fields[1]);
                total++;
                if (got == expected) {
                    right++;
                } else {
                    misses.add(expected.code() + "→" + got.code() + ": " + fields[1]);
                    if (expected == Language.ENGLISH) {
                        englishTurnedAway++;
                    }
                }
            }
        }
        double accuracy = (double) right / total;
        System.out.printf("language: %d questions, accuracy %.3f, misses %s%n", total, accuracy, misses);
        assertThat(total).isEqualTo(200);
        assertThat(accuracy).as("misses: %s", misses).isGreaterThanOrEqualTo(0.98);
        assertThat(englishTurnedAway).as("English questions read as another language: %s", misses).isZero();
    }

    @Test
    void aQuestionOfNamesAndTickersAloneIsEnglish() {
        assertThat(detector.detect("NVDA vs AMD MI355X?")).isEqualTo(Language.ENGLISH);
        assertThat(detector.detect("Samsung Taiwan Dresden")).isEqualTo(Language.ENGLISH);
        assertThat(detector.detect("")).isEqualTo(Language.ENGLISH);
        // Names and chat spellings that look like another language's short words.
        assertThat(detector.detect("did nvidia ever finish buying run:ai?")).isEqualTo(Language.ENGLISH);
        assertThat(detector.detect("nvidia run:ai prcie")).isEqualTo(Language.ENGLISH);
        assertThat(detector.detect("wat's etched sohu, just a transformer-only asic?")).isEqualTo(Language.ENGLISH);
    }
}
