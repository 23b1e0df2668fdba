package dev.wafer.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.bot.app.WaferServices;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.source.ArticleFiles;
import dev.wafer.corpus.source.ImportDefaults;
import dev.wafer.retrieval.index.IndexProgress;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatConsoleTest {

    @TempDir
    Path data;

    @BeforeAll
    static void withoutStarterCorpus() {
        System.setProperty("WAFER_STARTER", "off");
    }

    @AfterAll
    static void restore() {
        System.clearProperty("WAFER_STARTER");
    }

    @Test
    void answersQuestionsAndCommandsLikeTheDiscordChannelAndSurvivesMistakes() throws Exception {
        String session = String.join("\n", "/help", "Why was DeepSeek's R2 delayed?", "", "/status", "/timeline DeepSeek R2", "/bogus",
                "x".repeat(1200), "/quit", "never read");
        StringWriter out = new StringWriter();
        try (WaferServices services = WaferServices.open(DataFolder.open(data), IndexProgress.NONE)) {
            services.library().ingest(ArticleFiles.read(Path.of(ChatConsoleTest.class.getResource("/news.jsonl").toURI()),
                    ImportDefaults.NONE, Instant.now()), IndexProgress.NONE);
            new ChatConsole(services, new BufferedReader(new StringReader(session)), new PrintWriter(out)).run();
        }
        String shown = out.toString();
        assertThat(shown)
                .contains("/status  what the news covers")
                .contains("2025-08-14 — ").contains("Added: 6 in the last 24 h")
                .contains("On 2025-08-14, Silicon Dispatch reported:")
                .contains("Sources:\n[1] DeepSeek's R2 delayed after training trouble on Huawei Ascend chips — Silicon Dispatch, 2025-08-14")
                .contains("Articles: 6")
                .contains("Newest: 2025-08-14")
                .contains("Unknown command /bogus")
                .contains("limited to 1000 characters")
                .doesNotContain("never read");
    }

    @Test
    void aFollowedStoryShowsItsUpdateOnceWhenTheNextChatStartsAndNeverAgain() throws Exception {
        try (WaferServices services = WaferServices.open(DataFolder.open(data), IndexProgress.NONE)) {
            String first = run(services, "/follow H20 export licence quiet:25-07\n/follow H20 export licence\n/following\n");
            assertThat(first).contains("quiet: hours run from 0 to 23 (UTC)")
                    .contains("Following “H20 export licence”: after each refresh")
                    .contains("• H20 export licence (").contains("last update: none yet");
            Instant later = Instant.now().plusSeconds(5);
            services.library().ingest(List.of(
                    dev.wafer.corpus.Article.of("https://news.example/reuters-h20", "US tells Nvidia H20 exports to China now"
                            + " need a licence", "Reuters", null, later, "The US Commerce Department told Nvidia that exports of"
                            + " its H20 chips to China now require a licence.", later),
                    dev.wafer.corpus.Article.of("https://news.example/ft-h20", "Nvidia H20 exports to China need a US licence",
                            "Financial Times", null, later, "The US Commerce Department has told Nvidia that exports of its H20"
                            + " chips to China require a licence, the company said.", later)), IndexProgress.NONE);

            String next = run(services, "/quit\n");
            String again = run(services, "/following\n/unfollow h20 export LICENCE\n/following\n");

            assertThat(next).contains("Update on “H20 export licence”: The US Commerce Department", "(+1 outlet)",
                    "https://news.example/");
            assertThat(again).doesNotContain("Update on").contains("No longer following “H20 export licence”.")
                    .contains("Nothing followed yet");
        }
    }

    private static String run(WaferServices services, String session) throws Exception {
        StringWriter out = new StringWriter();
        new ChatConsole(services, new BufferedReader(new StringReader(session)), new PrintWriter(out)).run();
        return out.toString();
    }

    @Test
    void followUpIsAnsweredWithTheEarlierQuestionAsContextLikeADiscordThread() throws Exception {
        String followUp = "and what did it keep for inference?";

        String alone = chat(followUp);
        String inConversation = chat("Why did DeepSeek delay R2?\n" + followUp);

        assertThat(alone).as("the follow-up's words alone name nothing to search for")
                .contains("The news I have doesn't cover that").doesNotContain("Ascend");
        String secondAnswer = inConversation.substring(inConversation.indexOf("\n> ", inConversation.indexOf("Sources:")));
        assertThat(secondAnswer).contains("It kept the Ascend chips for inference", "[1]")
                .contains("DeepSeek's R2 delayed after training trouble on Huawei Ascend chips — Silicon Dispatch, 2025-08-14");
    }

    @Test
    void asOfAnswersFromWhatWasPublishedByTheDayAndExplainsAMistypedDay() throws Exception {
        String shown = chat("/asof 2025-08-01 Why was DeepSeek's R2 delayed?\n/asof 2025-08-20 Why was DeepSeek's R2 delayed?\n"
                + "/asof yesterday Why was R2 delayed?\n/asof 2025-08-20");

        assertThat(shown).contains("No article I have from up to 2025-08-01 covers that")
                .contains("As of 2025-08-20, from articles published by then: On 2025-08-14, Silicon Dispatch reported:")
                .contains("/asof takes a day and a question, e.g. /asof 2025-05-01")
                .contains("/asof 2025-08-20 needs a question after the day.");
    }

    private String chat(String session) throws Exception {
        StringWriter out = new StringWriter();
        Path folder = Files.createTempDirectory(data, "chat");
        try (WaferServices services = WaferServices.open(DataFolder.open(folder), IndexProgress.NONE)) {
            services.library().ingest(ArticleFiles.read(Path.of(ChatConsoleTest.class.getResource("/news.jsonl").toURI()),
                    ImportDefaults.NONE, Instant.now()), IndexProgress.NONE);
            new ChatConsole(services, new BufferedReader(new StringReader(session)), new PrintWriter(out)).run();
        }
        return out.toString();
    }

    @Test
    void aQuestionTheNewsDoesNotCoverIsListedByReview() throws Exception {
        String session = String.join("\n", "When will Samsung start mass production of HBM4?",
                "Has Samsung begun HBM4 mass production?", "/review", "/review someday", "/review 2999-01-01", "/quit");
        StringWriter out = new StringWriter();
        try (WaferServices services = WaferServices.open(DataFolder.open(data), IndexProgress.NONE)) {
            services.library().ingest(ArticleFiles.read(Path.of(ChatConsoleTest.class.getResource("/news.jsonl").toURI()),
                    ImportDefaults.NONE, Instant.now()), IndexProgress.NONE);
            new ChatConsole(services, new BufferedReader(new StringReader(session)), new PrintWriter(out)).run();
        }
        assertThat(out.toString())
                .contains("What the news could not answer, most asked first (1 topic):\n1. ")
                .contains("— 2 times (2 declined, 0 👎) in 1 place")
                .contains("/review takes an optional day, e.g. /review 2025-10-01")
                .contains("No unanswered questions kept since 2999-01-01.");
    }
}
