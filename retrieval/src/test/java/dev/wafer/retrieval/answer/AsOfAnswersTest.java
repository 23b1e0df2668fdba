package dev.wafer.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.index.IndexProgress;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story that changed: the licence was required in April and granted in July. */
class AsOfAnswersTest {

    private static final Instant IMPORTED = Instant.parse("2026-01-01T00:00:00Z");
    private static final LocalDate MAY_FIRST = LocalDate.of(2025, 5, 1);

    private static Article story(String slug, String publisher, String published, String body) {
        return Article.of("https://news.example/" + slug, "Nvidia H20 licence: " + slug.replace('-', ' '), publisher,
                null, Instant.parse(published), body, IMPORTED);
    }

    private static final List<Article> STORY = List.of(
            story("licence-required", "Reuters", "2025-04-15T21:00:00Z",
                    "The US government told Nvidia that exports of its H20 chip to China now require a licence."
                            + " Nvidia expects the licence requirement to cost it about $5.5 billion."),
            story("licence-granted", "Bloomberg", "2025-07-15T09:00:00Z",
                    "The US government granted Nvidia licences to export its H20 chip to China again."
                            + " Nvidia said it would resume H20 sales to Chinese customers."),
            story("fab-opening", "The Verge", "2025-04-20T09:00:00Z",
                    "TSMC opened its second Arizona fab. The plant will make 3-nanometre chips from 2028."));

    private static NewsLibrary library(Path folder) {
        NewsLibrary library = NewsLibrary.open(DataFolder.open(folder), NewsLibrary.Options.defaults().withStarter(false));
        library.ingest(STORY, IndexProgress.NONE);
        return library;
    }

    @Test
    void askedAsOfADayTheAnswerCitesOnlyWhatWasPublishedByThenAndSaysSo(@TempDir Path folder) {
        try (NewsLibrary library = library(folder)) {
            AnswerService answers = library.extractiveAnswers();
            Answer now = answers.answer(Question.of("Can Nvidia export its H20 chip to China?"));
            Answer then = answers.answer(Question.of("Can Nvidia export its H20 chip to China?").withAsOf(MAY_FIRST));

            assertThat(now.citations()).extracting(Citation::url).contains("https://news.example/licence-granted");
            assertThat(then.abstained()).isFalse();
            assertThat(then.text()).startsWith("As of 2025-05-01, from articles published by then: ");
            assertThat(then.citations()).isNotEmpty().extracting(Citation::url)
                    .contains("https://news.example/licence-required")
                    .doesNotContain("https://news.example/licence-granted");
        }
    }

    @Test
    void whatDidWeKnowOnADayIsAnsweredAsOfThatDayNotFromThatDaysNewsAlone(@TempDir Path folder) {
        try (NewsLibrary library = library(folder)) {
            Answer answer = library.extractiveAnswers().answer(
                    Question.of("What did we know about Nvidia's H20 export licence on 2025-05-01?"));

            assertThat(answer.text()).as("no article is from May 1 itself, yet April's news was known by then")
                    .startsWith("As of 2025-05-01, from articles published by then: ");
            assertThat(answer.citations()).extracting(Citation::url).contains("https://news.example/licence-required")
                    .doesNotContain("https://news.example/licence-granted");
        }
    }

    @Test
    void aDayBeforeTheStoryIsAnsweredWithWhatWasNotKnownYet(@TempDir Path folder) {
        try (NewsLibrary library = library(folder)) {
            Answer answer = library.extractiveAnswers().answer(
                    Question.of("As of March 1, 2025, could Nvidia export its H20 chip to China?"));

            assertThat(answer.abstained()).isTrue();
            assertThat(answer.citations()).isEmpty();
            assertThat(answer.text()).startsWith("No article I have from up to 2025-03-01 covers that");
        }
    }

    @Test
    void theAsOfPhraseIsReadInTheFormsPeopleTypeAndLeftOutOfWhatIsSearched() {
        assertThat(AsOfDay.in("As of 2025-05-01, can Nvidia sell the H20 in China?")).get()
                .isEqualTo(new AsOfDay(MAY_FIRST, "Can Nvidia sell the H20 in China?"));
        assertThat(AsOfDay.in("what did we know about the H20 licence on May 1, 2025?")).get()
                .isEqualTo(new AsOfDay(MAY_FIRST, "What did we know about the H20 licence?"));
        assertThat(AsOfDay.in("What was known about TSMC's Arizona fab by May 1st 2025?")).get()
                .extracting(AsOfDay::day).isEqualTo(MAY_FIRST);
        assertThat(AsOfDay.in("What did Nvidia announce on 2025-05-01?")).as("news of one day, not as of it").isEmpty();
        assertThat(AsOfDay.in("What happened to H20 sales as of late?")).isEmpty();
    }
}
