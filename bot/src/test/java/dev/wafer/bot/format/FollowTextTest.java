package dev.wafer.bot.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.bot.follow.Follow;
import dev.wafer.bot.follow.Follows;
import dev.wafer.corpus.Article;
import dev.wafer.retrieval.follow.FollowStory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowTextTest {

    private static final Instant DAY = Instant.parse("2026-11-02T09:00:00Z");

    private static Follows.Update update(String topic, String claim, int others) {
        Article lead = Article.of("https://news.example/h20", "Headline with <@123> and **bold**", "Reuters", null, DAY,
                claim + " More text.", DAY);
        return new Follows.Update(new Follow("a1b2c3", 1L, 2L, 3L, topic, 1, null, DAY, null),
                new FollowStory(lead, claim, 1 + others, others, List.of(lead.id())));
    }

    @Test
    void anUpdateIsOneMessageThatCannotPingAndLinksWithoutAPreview() {
        String text = FollowText.discord(update("@everyone H20", "Nvidia told @here that the H20 needs a licence.", 3));

        assertThat(text).startsWith("**Update on “@\u200Beveryone H20”:** Nvidia told @\u200Bhere that the H20 needs a licence."
                + " — [Reuters, 2026-11-02](<https://news.example/h20>) (+3 outlets)").doesNotContain("<@123>")
                .doesNotContain("@everyone");
    }

    @Test
    void aRunOnClaimIsCutSoTheMessageStaysUnderDiscordsLimit() {
        String text = FollowText.discord(update("H20", "word ".repeat(1500) + "end.", 1));

        assertThat(text.length()).isLessThan(DiscordText.MAX_MESSAGE);
        assertThat(text).contains("…").contains("(+1 outlet)");
    }

    @Test
    void theConsoleLineNamesOutletDateAndAddress() {
        assertThat(FollowText.plain(update("H20", "Nvidia needs a licence.", 0)))
                .startsWith("Update on “H20”: Nvidia needs a licence. — Reuters, 2026-11-02 — https://news.example/h20\n");
    }
}
