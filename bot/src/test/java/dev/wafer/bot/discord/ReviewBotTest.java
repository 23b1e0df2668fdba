package dev.wafer.bot.discord;

import static dev.wafer.bot.discord.FakeDiscord.BOT;
import static dev.wafer.bot.discord.FakeDiscord.MODERATOR_ROLE;
import static dev.wafer.bot.discord.FakeDiscord.option;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wafer.bot.app.NewsModeratorActions;
import dev.wafer.bot.app.Status;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.discord.FakeDiscord.Call;
import dev.wafer.bot.feedback.VoteStore;
import dev.wafer.bot.review.ReviewQueue;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.AnswerService;
import dev.wafer.retrieval.index.IndexProgress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /review with the real JDA against a fake Discord on 127.0.0.1: what members could not get answered, for moderators. */
class ReviewBotTest {

    private static final Duration ANSWERED = Duration.ofSeconds(60);

    @TempDir
    Path data;
    private FakeDiscord discord;
    private NewsLibrary library;
    private ReviewQueue review;
    private WaferBot bot;

    @BeforeEach
    void start() throws Exception {
        discord = new FakeDiscord();
        library = NewsLibrary.open(DataFolder.open(data), NewsLibrary.Options.defaults().withStarter(false));
        library.ingest(List.of(Article.of("https://news.example/nvidia-h20", "Nvidia H20 sales to China fall after export rules",
                "Reuters", null, Instant.parse("2025-07-20T09:00:00Z"), "Nvidia said sales of its H20 accelerator to China"
                        + " fell sharply after new US export licensing rules. The company recorded a charge of 4.5 billion"
                        + " dollars for H20 inventory it could no longer sell.", Instant.now())), IndexProgress.NONE);
        AnswerService answers = library.extractiveAnswers();
        review = ReviewQueue.of(library);
        WaferBot.Services services = new WaferBot.Services((question, partial) -> answers.answer(question),
                () -> new Status(1, 1, null, null, "extractive"),
                new NewsModeratorActions(library, WaferServices.feedRefresher(library)), VoteStore.open(library.folder().votes()),
                Clock.systemUTC(), (topic, since, until) -> library.timelines().build(topic, since, until), null, null, null,
                review);
        bot = WaferBot.start("fake-token-abc", DiscordSettings.defaults().withApi(discord.restUrl(), discord.gatewayUrl())
                .withModeratorGuilds(Set.of(FakeDiscord.GUILD)), services);
        bot.awaitReady(Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() throws Exception {
        bot.close();
        review.close();
        library.close();
        discord.close();
    }

    @Test
    void declinedAndDownVotedQuestionsReachTheModeratorsReviewAndNoOneElseSeesIt() throws Exception {
        long declined = discord.slashCommand(7001, List.of(), "ask", option("question", "When will Samsung start mass production of HBM4?"));
        discord.await(call -> call.path().startsWith("/webhooks/" + BOT + "/interaction-token-" + declined), 1, ANSWERED);
        long answered = discord.slashCommand(7002, List.of(), "ask", option("question", "How much was Nvidia's H20 charge?"));
        JsonNode answer = discord.await(call -> call.path().startsWith("/webhooks/" + BOT + "/interaction-token-" + answered)
                && call.body().path("content").asText().contains("[1]"), 1, ANSWERED).getFirst().body();
        String down = StreamSupport.stream(answer.path("components").findValues("custom_id").spliterator(), false)
                .map(JsonNode::asText).filter(id -> id.contains(":down:")).findFirst().orElseThrow();
        discord.clickButton(7003, down);
        discord.await(call -> call.is("POST", "/callback") && call.body().path("data").path("content").asText()
                .contains("Thanks for the feedback 👎"), 1, ANSWERED);
        review.flush();

        long member = discord.slashCommand(7004, List.of(), "review", null);
        long moderator = discord.slashCommand(7005, List.of(MODERATOR_ROLE), "review", null);
        long wrongDay = discord.slashCommand(7005, List.of(MODERATOR_ROLE), "review", option("since", "last week"));

        Call refused = discord.await(call -> call.is("POST", "/interactions/" + member + "/"), 1, ANSWERED).getFirst();
        assertThat(refused.body().path("data").path("content").asText()).startsWith("Only moderators can use /review");
        String shown = edited(moderator);
        assertThat(shown).startsWith("What the news could not answer, most asked first (2 topics):")
                .contains("When will Samsung start mass production of HBM4? — once (1 declined, 0 👎) in 1 place")
                .contains("How much was Nvidia's H20 charge? — once (0 declined, 1 👎)")
                .contains("<https://news.example/nvidia-h20>")
                .contains("Votes by topic:\n   👍 0 👎 1 — How much was Nvidia's H20 charge?");
        assertThat(edited(wrongDay)).isEqualTo("since: takes a day such as 2025-10-01.");
    }

    private String edited(long interaction) throws InterruptedException {
        return discord.await(call -> call.is("PATCH", "/webhooks/" + BOT + "/interaction-token-" + interaction
                + "/messages/@original"), 1, ANSWERED).getFirst().body().path("content").asText();
    }
}
