package dev.wafer.bot.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Citation;
import dev.wafer.retrieval.sourcing.Sourcing;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonOutputSourcingTest {

    @Test
    void eachCitationSaysWhatItsClaimRestsOn() {
        Citation rumor = new Citation(1, "Meta weighs TPUs", "Chip Wire", "https://news.example/tpu", Instant.parse("2025-11-25T00:00:00Z"),
                new Sourcing(Sourcing.Kind.ANONYMOUS, "The Information", "Google declined to comment"));
        Citation unread = new Citation(2, "TPU specs", "Fab Weekly", "https://news.example/specs", null);
        Answer answer = new Answer("Will Meta use TPUs?", "Meta is in talks [1][2].", Answer.Mode.EXTRACTIVE, false,
                List.of(rumor, unread), null, Duration.ZERO);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> citations = (List<Map<String, Object>>) JsonOutput.answer(answer).get("citations");

        assertThat(citations.get(0).get("sourcing")).isEqualTo(
                Map.of("kind", "anonymous", "via", "The Information", "note", "Google declined to comment"));
        assertThat(citations.get(1)).doesNotContainKey("sourcing");
    }
}
