package dev.wafer.bot.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.bot.settings.ServerSettingsStore;
import dev.wafer.retrieval.correction.CitedClaim;
import dev.wafer.retrieval.figure.Figures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerMemoryTest {

    private static final Instant NOW = Instant.parse("2025-11-01T12:00:00Z");
    private static final String CLAIM = "TSMC plans capital spending of $38 billion this year.";

    @TempDir
    Path servers;

    @Test
    void anAnswerIsKeptAcrossRestartsUntilItsWindowEnds() {
        new AnswerMemory(servers, Duration.ofDays(30)).remember(answer(10, NOW.minus(Duration.ofDays(29))));

        AnswerMemory reopened = new AnswerMemory(servers, Duration.ofDays(30));

        assertThat(reopened.open(NOW)).singleElement().satisfies(kept -> {
            assertThat(kept.message()).isEqualTo(10);
            assertThat(kept.claims().getFirst().figures()).extracting(figure -> figure.amount()).containsExactly(38e9);
        });
        assertThat(reopened.open(NOW.plus(Duration.ofDays(2)))).as("past the window").isEmpty();
    }

    @Test
    void anAnswerIsMarkedCorrectedOnceAndThenIsNoLongerOpen() {
        AnswerMemory memory = new AnswerMemory(servers, Duration.ofDays(30));
        PostedAnswer posted = answer(10, NOW);
        memory.remember(posted);
        memory.remember(answer(11, NOW));

        assertThat(memory.markCorrected(posted, NOW)).isTrue();
        assertThat(new AnswerMemory(servers, Duration.ofDays(30)).markCorrected(posted, NOW)).as("a second time").isFalse();
        assertThat(memory.open(NOW)).extracting(PostedAnswer::message).containsExactly(11L);
    }

    @Test
    void aServerThatRemovedWaferLeavesNoAnswersBehind() {
        new AnswerMemory(servers, Duration.ofDays(30)).remember(answer(10, NOW));
        assertThat(Files.exists(AnswerMemory.file(servers, 200))).isTrue();

        new ServerSettingsStore(servers).forget(200);

        assertThat(Files.exists(AnswerMemory.file(servers, 200))).isFalse();
        assertThat(new AnswerMemory(servers, Duration.ofDays(30)).open(NOW)).isEmpty();
    }

    private static PostedAnswer answer(long message, Instant postedAt) {
        return new PostedAnswer(200, 300, message, "What is TSMC spending?", postedAt,
                List.of(new CitedClaim(CLAIM, "https://chips.example/tsmc", "TSMC capex", "Chip Wire",
                        Instant.parse("2025-10-01T00:00:00Z"), Figures.in(CLAIM))), null);
    }
}
