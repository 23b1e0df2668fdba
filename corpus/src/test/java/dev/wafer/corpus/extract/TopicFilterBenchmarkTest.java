package dev.wafer.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures the topic filter on a labelled set of headlines with summaries written for Wafer: 38 AI-chip,
 * semiconductor and AI-infrastructure stories and 38 others, many chosen to be hard (AI software news,
 * gadgets with "processors", chocolate chips, chip shots, wafer-thin pasta). Prints precision and recall.
 * The lexicon was written with this set in view, so these are in-sample figures.
 */
class TopicFilterBenchmarkTest {

    @Test
    void precisionAndRecallOnTheLabelledSet() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int trueNegatives = 0;
        List<String> mistakes = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/topic/labelled-items.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode item = json.readTree(line);
                boolean expected = item.get("onTopic").asBoolean();
                String title = item.get("title").asText();
                String summary = item.get("summary").asText();
                boolean actual = TopicFilter.isOnTopic(title, summary);
                if (expected && actual) {
                    truePositives++;
                } else if (!expected && actual) {
                    falsePositives++;
                    mistakes.add("false positive (" + TopicFilter.score(title, summary) + "): " + title);
                } else if (expected) {
                    falseNegatives++;
                    mistakes.add("false negative (" + TopicFilter.score(title, summary) + "): " + title);
                } else {
                    trueNegatives++;
                }
            }
        }
        double precision = (double) truePositives / (truePositives + falsePositives);
        double recall = (double) truePositives / (truePositives + falseNegatives);
        System.out.printf("Topic filter on %d labelled items: precision %.3f, recall %.3f (tp=%d fp=%d fn=%d tn=%d)%n",
                truePositives + falsePositives + falseNegatives + trueNegatives, precision, recall,
                truePositives, falsePositives, falseNegatives, trueNegatives);
        mistakes.forEach(System.out::println);

        assertThat(truePositives + falseNegatives).isGreaterThanOrEqualTo(30);
        assertThat(falsePositives + trueNegatives).isGreaterThanOrEqualTo(30);
        assertThat(precision).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void ambiguousWordsNeedTheirFieldContext() {
        assertThat(TopicFilter.isOnTopic("Poker pro turns a single chip into a tournament win", "")).isFalse();
        assertThat(TopicFilter.isOnTopic("Startup raises $50 million for its inference chip", "")).isTrue();
        assertThat(TopicFilter.isOnTopic("Wafer-thin lasagna takes over Milan", "")).isFalse();
    }
}
