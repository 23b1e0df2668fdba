package dev.wafer.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.bot.CommandRun;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.index.IndexProgress;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void withoutStarterCorpus() {
        System.setProperty("WAFER_STARTER", "off");
    }

    @AfterAll
    static void restore() {
        System.clearProperty("WAFER_STARTER");
    }

    @Test
    void reviewListsTheDeclinedQuestionsByTopicAsTextAndCsv() throws Exception {
        Path data = temp.resolve("data");
        Path news = Path.of(ReviewCommandTest.class.getResource("/news.jsonl").toURI());
        assertThat(CommandRun.of("import", "--data", data.toString(), news.toString()).exitCode()).isZero();
        try (WaferServices services = WaferServices.open(DataFolder.open(data), IndexProgress.NONE)) {
            for (String text : new String[] {"When will Samsung start mass production of HBM4?",
                    "Has Samsung begun HBM4 mass production?", "=When will Samsung start mass production of HBM4?"}) {
                Answer answer = services.ask(Question.of(text));
                assertThat(answer.abstained()).as(text).isTrue();
                services.review().keepIfDeclined(answer, "42");
            }
        }

        CommandRun text = CommandRun.of("review", "--data", data.toString());
        CommandRun csv = CommandRun.of("review", "--csv", "--data", data.toString());
        CommandRun later = CommandRun.of("review", "--since", LocalDate.now().plusDays(1).toString(), "--data", data.toString());
        CommandRun wrong = CommandRun.of("review", "--since", "yesterday", "--data", data.toString());

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith("What the news could not answer, most asked first (1 topic):\n1. ")
                .contains("— 3 times (3 declined, 0 👎) in 1 place, last ")
                .contains("\"Has Samsung begun HBM4 mass production?\" ×1")
                .contains("nearest sources: ");
        assertThat(csv.out().lines()).hasSize(2).first().isEqualTo(
                "topic,declined,voted_down,voted_up,places,last_asked,questions,nearest_sources");
        assertThat(csv.out().lines().skip(1).findFirst().orElseThrow()).contains(",3,0,0,1,")
                .contains("=When will Samsung start mass production of HBM4? ×1");
        assertThat(later.out()).startsWith("No unanswered questions kept since " + LocalDate.now().plusDays(1));
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.err()).contains("--since: cannot read \"yesterday\" as a day; use e.g. 2025-10-01");
    }
}
