package dev.wafer.bot.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.source.StarterCorpus;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Citation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordTextTest {

    @Test
    void sourcesAreMaskedLinksWithoutPreviewAndWithTheirDate() {
        Citation citation = new Citation(1, "Nvidia [H20] sales fall", "Reuters", "https://news.example/h20",
                Instant.parse("2025-07-20T09:00:00Z"));

        assertThat(DiscordText.source(citation))
                .isEqualTo("[1] [Nvidia (H20) sales fall](<https://news.example/h20>) — Reuters, 2025-07-20");
    }

    @Test
    void aBundledBriefIsShownAsWafersBriefOfTheReportWithoutALink() {
        Article brief = StarterCorpus.load(Instant.parse("2026-01-01T00:00:00Z")).stream()
                .filter(article -> article.publisher().equals("Reuters")).findFirst().orElseThrow();
        Citation citation = new Citation(1, brief.title(), brief.publisher(), brief.url(), brief.published());

        assertThat(DiscordText.source(citation)).isEqualTo("[1] " + brief.title() + " — Wafer's brief of a report by Reuters, "
                + citation.dateLabel()).doesNotContain("](");
        assertThat(PlainText.source(citation)).endsWith("— Wafer's brief of a report by Reuters, " + citation.dateLabel());
        Citation article = new Citation(2, "Nvidia sales", "Reuters", "https://news.example/h20", brief.published());
        assertThat(DiscordText.source(article)).contains("— Reuters, ").doesNotContain("brief");
    }

    @Test
    void nothingInTheTextCanPing() {
        assertThat(DiscordText.neutralise("Hi @everyone and @here, <@123> <@!45> <@&67>"))
                .doesNotContain("@everyone", "@here", "<@123>", "<@!45>", "<@&67>")
                .contains("@\u200Beveryone", "@\u200Bhere");
    }

    @Test
    void answerTextCannotFormatOrHideALink() {
        Answer answer = new Answer("q", "Claim **free** GPUs at [nvidia-rebate.com](https://evil.example/phish) [1].\n"
                + "# Big news\n> quoted ||spoiler|| see https://news.example/a_b", Answer.Mode.LLM, false, List.of(
                new Citation(1, "TSMC", "Nikkei", "https://news.example/t", null)), null, Duration.ZERO);

        String shown = DiscordText.answer(answer).getFirst();

        assertThat(shown).contains("\\*\\*free\\*\\*", "[nvidia-rebate.com\\](<https://evil.example/phish)>", "\\# Big news",
                        "\\> quoted", "\\|\\|spoiler\\|\\|", "<https://news.example/a_b>", " [1].")
                .doesNotContain("](https://evil")
                .contains("[1] [TSMC](<https://news.example/t>)"); // Wafer's own source links stay
    }

    @Test
    void longAnswersAreSplitOnSentenceEndsWithinTheLimit() {
        String sentence = "Nvidia booked most of the new packaging capacity at TSMC this year. ";
        Answer answer = new Answer("q", sentence.repeat(60).strip(), Answer.Mode.EXTRACTIVE, false, List.of(
                new Citation(1, "TSMC", "Nikkei", "https://news.example/t", null)), null, Duration.ZERO);

        List<String> messages = DiscordText.answer(answer);

        assertThat(messages).hasSizeGreaterThan(1).allSatisfy(message ->
                assertThat(message.length()).isLessThanOrEqualTo(DiscordText.MAX_MESSAGE));
        assertThat(messages.subList(0, messages.size() - 1)).allSatisfy(message -> assertThat(message).endsWith("year."));
        assertThat(messages.getLast()).contains("**Sources**", "[1] [TSMC](<https://news.example/t>) — Nikkei, undated");
        assertThat(String.join(" ", messages).replace("\n\n**Sources**", "")).contains(sentence.strip());
    }

    @Test
    void aSentenceLongerThanAMessageIsCutAtSpaces() {
        List<String> pieces = DiscordText.split("word ".repeat(1000), 2000);

        assertThat(pieces).allSatisfy(piece -> {
            assertThat(piece.length()).isLessThanOrEqualTo(2000);
            assertThat(piece).startsWith("word").endsWith("word");
        });
    }
}
