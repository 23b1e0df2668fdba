package dev.wafer.bot.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.bot.feedback.Vote;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.AnswerService;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.index.IndexProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review queue over a real library in a temp folder: kept, grouped, and gone once the news answers. */
class ReviewQueueTest {

    @TempDir
    Path data;
    private NewsLibrary library;
    private AnswerService answers;
    private ReviewQueue review;

    @BeforeEach
    void open() {
        library = NewsLibrary.open(DataFolder.open(data), NewsLibrary.Options.defaults().withStarter(false));
        library.ingest(List.of(article("https://news.example/hbm4", "SK hynix ships HBM4 samples to Nvidia",
                "SK hynix said it shipped the first 12-layer HBM4 samples to Nvidia for its next accelerators. "
                        + "Volume production of HBM4 is planned for the second half of next year.")), IndexProgress.NONE);
        answers = library.extractiveAnswers();
        review = ReviewQueue.of(library);
    }

    @AfterEach
    void close() {
        review.close();
        library.close();
    }

    @Test
    void declinedQuestionsAreGroupedWithTheirNearMissesUntilARefreshAnswersThem() throws Exception {
        Answer declined = ask("Why was DeepSeek's R2 model delayed?");
        assertThat(declined.abstained()).as("nothing on DeepSeek yet").isTrue();
        review.keepIfDeclined(declined, "111");
        review.keepIfDeclined(ask("What delayed the release of DeepSeek R2?"), "222");
        review.keepIfDeclined(ask("Why was DeepSeek's R2 model delayed?"), "222");
        Answer answered = ask("Who did SK hynix ship HBM4 samples to?");
        assertThat(answered.abstained()).isFalse();
        review.keepIfDeclined(answered, "111");
        review.keepVote(Vote.of("a1", "u1", false, answered, Instant.now()), "111");
        review.keepVote(Vote.of("a1", "u2", true, answered, Instant.now()), "222");
        review.flush();

        ReviewReport before = review.report(null);

        assertThat(before.gaps()).hasSize(2);
        TopicGroup r2 = before.gaps().getFirst();
        assertThat(r2.declined()).isEqualTo(3);
        assertThat(r2.servers()).isEqualTo(2);
        assertThat(r2.questions()).extracting(TopicGroup.Counted::count).containsExactly(2, 1);
        assertThat(r2.nearMiss()).extracting(TopicGroup.Counted::text)
                .containsExactly("SK hynix ships HBM4 samples to Nvidia — https://news.example/hbm4 (2025-08-01)");
        TopicGroup hbm = before.gaps().get(1);
        assertThat(hbm.votedDown()).isEqualTo(1);
        assertThat(hbm.votedUp()).isEqualTo(1);
        assertThat(before.votes()).singleElement().isEqualTo(hbm);
        assertThat(before.rechecked()).as("no news since they were kept").isZero();

        Thread.sleep(5);
        library.ingest(List.of(article("https://news.example/r2", "DeepSeek delays R2 over Ascend chips",
                "DeepSeek has put off the release of its R2 model, first planned for May, after training runs on "
                        + "Huawei Ascend accelerators kept failing. The company went back to Nvidia hardware for training.")),
                IndexProgress.NONE);

        ReviewReport after = review.report(null);

        assertThat(after.rechecked()).as("each different question once").isEqualTo(3);
        assertThat(after.answered()).isEqualTo(2);
        assertThat(after.gaps()).singleElement().satisfies(group -> assertThat(group.votedDown()).isEqualTo(1));
        assertThat(review.report(null).rechecked()).as("no news since the last check").isZero();

        review.close();
        review = ReviewQueue.of(library);
        assertThat(review.report(null).gaps()).as("what was answered stays answered after a restart").hasSize(1);
    }

    @Test
    void sinceCountsOnlyQuestionsFromThatDayOn() {
        review.keepIfDeclined(ask("Why was DeepSeek's R2 model delayed?"), "111");
        review.flush();

        assertThat(review.report(LocalDate.now().minusDays(1)).gaps()).hasSize(1);
        assertThat(review.report(LocalDate.now().plusDays(1)).gaps()).isEmpty();
    }

    @Test
    void aLineCutShortByACrashIsSkippedAndTheNextOneStillReads() throws IOException {
        Path folder = data.resolve("review");
        Instant at = Instant.parse("2025-09-01T10:00:00Z");
        ReviewLog log = ReviewLog.open(folder);
        log.add(new KeptQuestion(KeptQuestion.Kind.DECLINED, "Is HBM4 late?", at, "1", List.of(), new float[] {1, 0}));
        Files.writeString(folder.resolve("questions.jsonl"), "{\"kind\":\"DECLINED\",\"quest",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        ReviewLog reopened = ReviewLog.open(folder);
        reopened.add(new KeptQuestion(KeptQuestion.Kind.VOTED_DOWN, "Is HBM4 on time?", at, "2", List.of("x"), null));

        assertThat(ReviewLog.open(folder).all()).extracting(KeptQuestion::question)
                .containsExactly("Is HBM4 late?", "Is HBM4 on time?");
        assertThat(ReviewLog.open(folder).all().getFirst().vector()).containsExactly(1f, 0f);
    }

    @Test
    void onlyTheNewestQuestionsAreKeptAndTheFileStaysBounded() throws IOException {
        Path folder = data.resolve("review");
        ReviewLog log = ReviewLog.open(folder, 10);
        Instant at = Instant.parse("2025-09-01T10:00:00Z");
        for (int i = 0; i < 25; i++) {
            log.add(new KeptQuestion(KeptQuestion.Kind.DECLINED, "Question " + i, at.plusSeconds(i), "1", List.of(), null));
        }

        assertThat(log.all()).hasSize(10).first().extracting(KeptQuestion::question).isEqualTo("Question 15");
        assertThat(Files.readAllLines(folder.resolve("questions.jsonl"))).hasSizeLessThan(20);
        assertThat(ReviewLog.open(folder, 10).all()).extracting(KeptQuestion::question).last().isEqualTo("Question 24");
    }

    private Answer ask(String question) {
        return answers.answer(Question.of(question));
    }

    private static Article article(String url, String title, String body) {
        return Article.of(url, title, "Harbor Tech News", null, Instant.parse("2025-08-01T08:00:00Z"), body, Instant.now());
    }
}
