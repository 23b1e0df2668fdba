package dev.wafer.bot.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoteStoreTest {

    @TempDir
    Path votes;

    @Test
    void oneVotePerUserAndAnswerSurvivesARestartAndATornLine() throws Exception {
        VoteStore store = VoteStore.open(votes);
        assertThat(store.record(vote("a1", "u1", true))).isEqualTo(VoteStore.Outcome.RECORDED);
        assertThat(store.record(vote("a1", "u1", false))).isEqualTo(VoteStore.Outcome.ALREADY_VOTED);
        assertThat(store.record(vote("a1", "u2", false))).isEqualTo(VoteStore.Outcome.RECORDED);
        // A crash in the middle of a write leaves half a line behind.
        Files.writeString(votes.resolve("votes.jsonl"), "{\"answerId\":\"a2\",\"vo", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        VoteStore reopened = VoteStore.open(votes);

        assertThat(reopened.read()).extracting(Vote::voter, Vote::up).containsExactly(
                org.assertj.core.groups.Tuple.tuple("u1", true), org.assertj.core.groups.Tuple.tuple("u2", false));
        assertThat(reopened.read().getFirst().sources()).containsExactly("[1] R2 — https://news.example/r2 (2025-08-14)");
        assertThat(reopened.record(vote("a1", "u1", false))).isEqualTo(VoteStore.Outcome.ALREADY_VOTED);
    }

    private static Vote vote(String answer, String voter, boolean up) {
        return new Vote(answer, voter, up, "Why was R2 delayed?", "It was [1].",
                List.of("[1] R2 — https://news.example/r2 (2025-08-14)"), Instant.parse("2025-09-01T00:00:00Z"));
    }
}
