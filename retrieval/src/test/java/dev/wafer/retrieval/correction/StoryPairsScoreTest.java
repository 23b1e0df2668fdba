package dev.wafer.retrieval.correction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.sourcing.AttributionCues;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Scores the change detector on story pairs written from chip reporting: the same story updated
 * (a figure revised, a decision reversed, a date moved, a report denied) against merely related
 * reports (same company other product, same figure other period, a follow-up that agrees). A wrong
 * "Update:" in a thread costs more than a missed one, so precision has the floor; recall is printed.
 * Run it alone to read the figures: {@code ./mvnw -o -q -pl retrieval -am test -Dtest=StoryPairsScoreTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class StoryPairsScoreTest {

    private final ChangeDetector detector = new ChangeDetector(new AttributionCues());

    record Pair(String label, String earlier, String later) {
        boolean changed() {
            return !label.equals("related");
        }
    }

    record Score(int pairs, int truePositives, int falsePositives, int falseNegatives, int wrongKind, List<String> misses) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    @Test
    void storyPairsMeetThePrecisionFloor() throws IOException {
        Score score = score(read("/correction/story-pairs.tsv"));
        assertThat(score.pairs()).isGreaterThanOrEqualTo(60);
        assertThat(score.precision()).as("precision; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.95);
        // Below this the corrections would be too rare to be worth having; the figure printed is the one to read.
        assertThat(score.recall()).as("recall; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void heldBackPairsMeetThePrecisionFloor() throws IOException {
        Score score = score(read("/correction/story-pairs-heldout.tsv"));
        assertThat(score.pairs()).isGreaterThanOrEqualTo(20);
        assertThat(score.precision()).as("precision; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.95);
    }

    Score score(List<Pair> pairs) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int wrongKind = 0;
        List<String> misses = new ArrayList<>();
        for (Pair pair : pairs) {
            Optional<ChangeKind> found = detector.change(pair.earlier(), pair.later());
            if (found.isPresent() && pair.changed()) {
                tp++;
                if (!found.get().name().toLowerCase(java.util.Locale.ROOT).equals(pair.label())) {
                    wrongKind++;
                    misses.add("kind " + pair.label() + "→" + found.get() + ": " + pair.later());
                }
            } else if (found.isPresent()) {
                fp++;
                misses.add("false " + found.get() + ": " + pair.earlier() + " | " + pair.later());
            } else if (pair.changed()) {
                fn++;
                misses.add("missed " + pair.label() + ": " + pair.earlier() + " | " + pair.later());
            }
        }
        Score score = new Score(pairs.size(), tp, fp, fn, wrongKind, misses);
        System.out.printf("corrections: %d story pairs, precision %.3f (%d/%d), recall %.3f (%d/%d), wrong kind %d%n",
                pairs.size(), score.precision(), tp, tp + fp, score.recall(), tp, tp + fn, wrongKind);
        misses.forEach(miss -> System.out.println("  " + miss));
        return score;
    }

    static List<Pair> read(String resource) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (InputStream in = StoryPairsScoreTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3 || !List.of("revised", "reversed", "moved", "denied", "related").contains(fields[0])) {
                    throw new IllegalArgumentException("not label<TAB>earlier<TAB>later: " + line);
                }
                pairs.add(new Pair(fields[0], fields[1], fields[2]));
            }
        }
        return pairs;
    }
}
