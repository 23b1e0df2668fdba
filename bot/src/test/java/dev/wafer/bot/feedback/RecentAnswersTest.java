package dev.wafer.bot.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wafer.retrieval.answer.Answer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecentAnswersTest {

    @Test
    void aVoteFindsTheAnswerItsButtonCarriesTheIdOf() {
        RecentAnswers recent = new RecentAnswers(10);
        Answer h20 = answer("Why does the H20 need a licence?");
        Answer hbm = answer("Who ships HBM4?");

        String first = recent.add(h20);
        String second = recent.add(hbm);

        assertThat(first).isNotEqualTo(second).matches("[0-9a-z]+");
        assertThat(recent.get(first)).containsSame(h20);
        assertThat(recent.get(second)).containsSame(hbm);
        assertThat(recent.get("no-such-id")).isEmpty();
    }

    @Test
    void theOldestAnswersAreForgottenFirstOnceTheCapacityIsReached() {
        RecentAnswers recent = new RecentAnswers(2);
        String oldest = recent.add(answer("one"));
        String middle = recent.add(answer("two"));
        String newest = recent.add(answer("three"));

        assertThat(recent.get(oldest)).isEmpty();
        assertThat(recent.get(middle)).isPresent();
        assertThat(recent.get(newest)).isPresent();
    }

    @Test
    void idsAreNotRepeated() {
        RecentAnswers recent = new RecentAnswers(5_000);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            ids.add(recent.add(answer("question " + i)));
        }
        assertThat(ids).hasSize(5_000);
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new RecentAnswers(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capacity must be at least 1, was 0");
    }

    private static Answer answer(String question) {
        return new Answer(question, "An answer.", Answer.Mode.EXTRACTIVE, false, List.of(), null, Duration.ZERO);
    }
}
