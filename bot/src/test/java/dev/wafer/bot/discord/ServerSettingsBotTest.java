package dev.wafer.bot.discord;

import static dev.wafer.bot.discord.FakeDiscord.BOT;
import static dev.wafer.bot.discord.FakeDiscord.CHANNEL;
import static dev.wafer.bot.discord.FakeDiscord.GUILD;
import static dev.wafer.bot.discord.FakeDiscord.MODERATOR_ROLE;
import static dev.wafer.bot.discord.FakeDiscord.READ_ONLY_CHANNEL;
import static dev.wafer.bot.discord.FakeDiscord.subcommand;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.wafer.bot.app.NewsModeratorActions;
import dev.wafer.bot.app.Status;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.discord.FakeDiscord.Call;
import dev.wafer.bot.feedback.VoteStore;
import dev.wafer.bot.settings.ServerSettingsStore;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.AnswerService;
import dev.wafer.retrieval.digest.DigestBuilder;
import dev.wafer.retrieval.digest.DigestLedger;
import dev.wafer.retrieval.index.IndexProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server's admins choose how Wafer behaves there, with the real JDA against the loopback Discord. */
class ServerSettingsBotTest {

    private static final Duration ANSWERED = Duration.ofSeconds(60);
    private static final long ADMIN = 7_001;
    private static final long MEMBER = 7_002;

    @Test
    void adminsChooseMentionChannelsDigestTopicsAndLimitsAndARemovedServerLeavesNothingBehind(@TempDir Path data)
            throws Exception {
        try (FakeDiscord discord = new FakeDiscord();
             NewsLibrary library = NewsLibrary.open(DataFolder.open(data), NewsLibrary.Options.defaults().withStarter(false))) {
            ServerSettingsStore servers = new ServerSettingsStore(library.folder().servers());
            AnswerService answers = library.extractiveAnswers();
            WaferBot bot = WaferBot.start("fake-token-abc", DiscordSettings.defaults()
                            .withApi(discord.restUrl(), discord.gatewayUrl()).withModeratorGuilds(Set.of(GUILD)),
                    new WaferBot.Services((question, partial) -> answers.answer(question),
                            () -> new Status(0, 0, null, null, "extractive"),
                            new NewsModeratorActions(library, WaferServices.feedRefresher(library)),
                            VoteStore.open(library.folder().votes()), Clock.systemUTC(), (topic, since, until) -> null,
                            new DigestBuilder(library.store()), new DigestLedger(library.folder().digest()), servers));
            try {
                bot.awaitReady(Duration.ofSeconds(30));
                List<Call> registered = discord.await(call -> call.is("PUT", "/applications/" + BOT + "/commands"), 1, ANSWERED);
                assertThat(registered.getFirst().body().findValuesAsText("name")).contains("settings");

                long refused = discord.slashCommand(MEMBER, List.of(), "settings", subcommand("show", null));
                Call refusal = discord.await(call -> call.is("POST", "/interactions/" + refused + "/"), 1, ANSWERED).getFirst();
                assertThat(refusal.body().path("data").path("content").asText())
                        .isEqualTo("Only members who may manage this server can change Wafer's settings here.");
                assertThat(refusal.body().path("data").path("flags").asInt() & 64).isEqualTo(64);

                assertThat(settings(discord, "mentions", options().add(channel(READ_ONLY_CHANNEL)).add(bool("answer", true))))
                        .isEqualTo("Mentions are answered in <#" + READ_ONLY_CHANNEL + ">.");
                long ignored = discord.message(MEMBER, CHANNEL, "<@" + BOT + "> why was DeepSeek's R2 delayed?");
                Thread.sleep(2_000);
                assertThat(discord.calls(call -> call.path().startsWith("/channels/" + CHANNEL + "/messages/" + ignored)))
                        .as("a mention outside the chosen channels is not answered").isEmpty();

                assertThat(settings(discord, "follows", options().add(integer("per_user", 30))))
                        .isEqualTo("per_user: takes 1 to 25.");
                assertThat(settings(discord, "follows", options().add(integer("per_user", 3))))
                        .isEqualTo("Each member may follow 3 stories, the server 25 in all.");
                assertThat(settings(discord, "corrections", options().add(bool("on", false))))
                        .isEqualTo("Corrections are off in this server.");

                ArrayNode digest = options().add(channel(CHANNEL));
                digest.addObject().put("name", "topics").put("type", 3).put("value", "HBM, CoWoS");
                assertThat(settings(discord, "digest", digest)).startsWith("The news digest goes to #chips after each refresh.")
                        .endsWith("Only stories whose headline names hbm, cowos.");
                library.ingest(List.of(article("hbm4", "SK hynix ships HBM4 samples"),
                        article("r2", "DeepSeek delays its R2 model")), IndexProgress.NONE);
                bot.postDigest();
                List<Call> posts = discord.calls(call -> call.is("POST", "/channels/" + CHANNEL + "/messages"));
                assertThat(posts).singleElement().satisfies(post -> assertThat(post.body().path("content").asText())
                        .contains("SK hynix ships HBM4 samples").doesNotContain("DeepSeek"));

                assertThat(settings(discord, "show", null)).isEqualTo("**Wafer in this server**\n"
                        + "Mentions answered: in <#" + READ_ONLY_CHANNEL + ">\n"
                        + "News digest: <#" + CHANNEL + ">, after each refresh, stories whose headline names hbm, cowos\n"
                        + "Follows: 3 per member, 25 for the server\n"
                        + "Corrections in old threads: off");
                Path settingsFile = library.folder().servers().resolve(GUILD + ".json");
                assertThat(settingsFile).exists();

                discord.removeFromServer(GUILD);
                long deadline = System.nanoTime() + ANSWERED.toNanos();
                while (!leftFor(library.folder().servers()).isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(leftFor(library.folder().servers())).as("no settings, no digest ledger, no lock file").isEmpty();
                library.ingest(List.of(article("hbm4-volume", "SK hynix starts HBM4 volume production")), IndexProgress.NONE);
                bot.postDigest();
                assertThat(discord.calls(call -> call.is("POST", "/channels/" + CHANNEL + "/messages")))
                        .as("nothing posted for a server that removed Wafer").hasSize(1);
            } finally {
                bot.close();
            }
        }
    }

    private static String settings(FakeDiscord discord, String sub, ArrayNode options) throws InterruptedException {
        long id = discord.slashCommand(ADMIN, List.of(MODERATOR_ROLE), "settings", subcommand(sub, options));
        String token = "/interaction-token-" + id;
        return discord.await(call -> call.is("PATCH", "/webhooks/" + BOT + token + "/messages/@original"), 1, ANSWERED)
                .stream().findFirst().map(call -> call.body().path("content").asText())
                .orElseThrow(() -> new AssertionError("no reply to /settings " + sub));
    }

    private static List<Path> leftFor(Path servers) throws java.io.IOException {
        try (var files = Files.list(servers)) {
            return files.toList();
        }
    }

    private static Article article(String slug, String title) {
        return Article.of("https://news.example/" + slug, title, "Reuters", null, Instant.now(),
                title + ". The company told customers about it this week.", Instant.now());
    }

    private static ArrayNode options() {
        return JsonNodeFactory.instance.arrayNode();
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode channel(long id) {
        return JsonNodeFactory.instance.objectNode().put("name", "channel").put("type", 7).put("value", String.valueOf(id));
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode bool(String name, boolean value) {
        return JsonNodeFactory.instance.objectNode().put("name", name).put("type", 5).put("value", value);
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode integer(String name, int value) {
        return JsonNodeFactory.instance.objectNode().put("name", name).put("type", 4).put("value", value);
    }
}
