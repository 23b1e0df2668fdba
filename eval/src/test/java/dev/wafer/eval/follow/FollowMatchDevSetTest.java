package dev.wafer.eval.follow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.follow.TopicMatcher;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product's follow thresholds on the follow dev set: the targets a moderator relies on. */
class FollowMatchDevSetTest {

    @TempDir
    Path folder;

    @Test
    void followMatchingMeetsItsPrecisionAndRecallTargets() {
        FollowMatchDevSet.DevSet set = FollowMatchDevSet.load();
        assertThat(set.topics().stream().mapToInt(topic -> topic.matches().size() + topic.nearMisses().size()).sum())
                .isGreaterThanOrEqualTo(60);

        FollowMatchDevSet.Score score = FollowMatchDevSet.scoreAll(set, folder)
                .score(TopicMatcher.judging(TopicMatcher.DEFAULT_MIN_SIMILARITY, TopicMatcher.DEFAULT_MIN_WORD_SHARE));

        FollowMatchDevSet.print("Follow dev set, product thresholds", score);
        score.errors().forEach(System.out::println);
        assertThat(score.precision()).as("precision, with %s", score.errors()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.recall()).as("recall, with %s", score.errors()).isGreaterThanOrEqualTo(0.8);
    }
}
