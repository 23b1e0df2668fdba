package dev.wafer.bot.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.bot.review.ReviewReport;
import dev.wafer.bot.review.TopicGroup;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewTextTest {

    private static TopicGroup group(String topic, int declined) {
        return new TopicGroup(topic, declined, 0, 0, List.of(new TopicGroup.Counted(topic, declined)),
                List.of(new TopicGroup.Counted("SK hynix ships HBM4 samples — https://news.example/hbm4 (2025-08-01)", 1)),
                1, Instant.parse("2025-09-01T10:00:00Z"));
    }

    @Test
    void aQuestionTypedAsAFormulaIsNeverRunByASpreadsheet() {
        String csv = ReviewText.csv(new ReviewReport(null, List.of(group("=HYPERLINK(\"https://evil.example\")", 2)),
                List.of(), 0, 0, Duration.ZERO));

        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .startsWith("\"'=HYPERLINK(\"\"https://evil.example\"\")\",2,0,0,1,2025-09-01T10:00:00Z,");
    }

    @Test
    void onDiscordTheListFitsOneMessageCannotPingAndShowsNoLinkPreviews() {
        List<TopicGroup> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(group("@everyone is HBM4 number " + i + " late? " + "x".repeat(60), 40 - i));
        }

        String text = ReviewText.discord(new ReviewReport(null, many, List.of(), 0, 0, Duration.ZERO));

        assertThat(text.length()).isLessThanOrEqualTo(DiscordText.MAX_MESSAGE);
        assertThat(text).doesNotContain("@everyone").contains("<https://news.example/hbm4>")
                .contains("more topics (wafer review --csv lists them all).");
    }
}
