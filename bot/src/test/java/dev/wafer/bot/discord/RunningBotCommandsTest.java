package dev.wafer.bot.discord;

import static dev.wafer.bot.discord.FakeDiscord.BOT;
import static dev.wafer.bot.discord.FakeDiscord.CHANNEL;
import static dev.wafer.bot.discord.FakeDiscord.GUILD;
import static dev.wafer.bot.discord.FakeDiscord.MODERATOR_ROLE;
import static dev.wafer.bot.discord.FakeDiscord.subcommand;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.wafer.bot.CommandRun;
import dev.wafer.bot.LoopbackNewsSite;
import dev.wafer.bot.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operating a running bot from another shell: while a real {@code wafer serve} (its own JVM, logged in to
 * the loopback Discord) holds the data folder, the console's commands run in it through the folder's
 * control socket, with their own output and exit codes, and a refresh asked there is followed by what
 * the bot posts after its own refreshes; once the bot is killed, the socket it left behind does not
 * stand in the way.
 */
@Tag("slow")
class RunningBotCommandsTest {

    private static final String QUESTION = "Why did Nvidia take a charge on H20 chips?";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MODERATOR = 7_201;

    @TempDir
    Path work;

    private FakeDiscord discord;
    private LoopbackNewsSite site;
    /** Under this shell's directory, so the test can name it by a relative path; removed afterwards. */
    private Path articles;
    private Process serve;

    @AfterEach
    void stop() throws InterruptedException, IOException {
        if (serve != null && serve.isAlive()) {
            serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (discord != null) {
            discord.close();
        }
        if (site != null) {
            site.close();
        }
        if (articles != null) {
            try (var files = Files.walk(articles)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void commandsFromAnotherShellRunInTheServingBotAndAStaleSocketIsIgnored() throws Exception {
        discord = new FakeDiscord();
        site = new LoopbackNewsSite(1, 2);
        Path data = work.resolve("data");
        serve = serve(data);
        Path socket = data.resolve("wafer.sock");
        assertThat(Files.getPosixFilePermissions(socket)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        CommandRun status = CommandRun.of("status", "--data", data.toString(), "--json");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(JSON.readTree(status.out()).get("articles").asInt()).isEqualTo(128);

        CommandRun answered = CommandRun.of("ask", "--data", data.toString(), "--json", QUESTION);
        assertThat(answered.exitCode()).as(answered.err()).isZero();
        assertThat(JSON.readTree(answered.out()).get("citations")).isNotEmpty();

        // Relative to this shell's directory, not the bot's (which runs in another folder).
        Path here = Path.of("").toAbsolutePath();
        articles = Files.createDirectories(here.resolve("target").resolve("running-bot-" + System.nanoTime()));
        List<String> files = List.of(article(articles, "a", "Licence needed for H20"),
                article(articles, "b", "Samsung ships HBM4 samples"));
        // Two writers at once: both go to the bot, which writes one after the other.
        List<CompletableFuture<CommandRun>> imports = files.stream().map(file -> CompletableFuture.supplyAsync(
                () -> CommandRun.of("import", "--data", data.toString(), here.relativize(Path.of(file)).toString()))).toList();
        for (CompletableFuture<CommandRun> run : imports) {
            CommandRun imported = run.get(2, TimeUnit.MINUTES);
            assertThat(imported.exitCode()).as(imported.err()).isZero();
            assertThat(imported.out()).contains("1 article (1 added, 0 updated, 0 unchanged)").contains("1 file imported, 0 failed.");
        }
        assertThat(JSON.readTree(CommandRun.of("status", "--data", data.toString(), "--json").out())
                .get("articles").asInt()).isEqualTo(130);

        CommandRun unknown = CommandRun.of("forget", "--data", data.toString(), "https://news.example/never-stored");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("wafer: no stored article has the address https://news.example/never-stored\n");
        CommandRun forgotten = CommandRun.of("forget", "--data", data.toString(), "https://news.example/b");
        assertThat(forgotten.exitCode()).as(forgotten.err()).isZero();
        assertThat(forgotten.out()).startsWith("Forgot: Samsung ships HBM4 samples");

        // A server that takes the digest after each refresh gets it after a refresh asked from a shell too.
        ArrayNode digestHere = JsonNodeFactory.instance.arrayNode();
        digestHere.addObject().put("name", "channel").put("type", 7).put("value", String.valueOf(CHANNEL));
        long digestSet = discord.slashCommand(MODERATOR, List.of(MODERATOR_ROLE), "settings", subcommand("digest", digestHere));
        assertThat(reply(digestSet)).startsWith("The news digest goes to #chips after each refresh.");

        // Fetching runs in the bot too, with its settings (which allow this loopback site).
        CommandRun feedAdded = CommandRun.of("feeds", "add", "--data", data.toString(), site.feedUrl(0));
        assertThat(feedAdded.exitCode()).as(feedAdded.err()).isZero();
        assertThat(feedAdded.out()).startsWith("Added " + site.feedUrl(0));
        CommandRun refreshed = CommandRun.of("refresh", "--data", data.toString(), "--feed", site.feedUrl(0));
        assertThat(refreshed.exitCode()).as(refreshed.err()).isZero();
        assertThat(discord.calls(call -> call.is("POST", "/channels/" + CHANNEL + "/messages")
                && call.body().path("content").asText().startsWith("**New in AI-chip news**")))
                .as("the digest, posted by the bot before the shell's refresh returned").singleElement()
                .satisfies(post -> assertThat(post.body().path("content").asText()).contains(LoopbackNewsSite.title(0, 0)));
        CommandRun stored = CommandRun.of("add-url", "--data", data.toString(), site.pageUrl(0, 1));
        assertThat(stored.exitCode()).as(stored.err()).isZero();
        assertThat(stored.out()).startsWith("Already stored: ");
        int articlesInTheBot = JSON.readTree(CommandRun.of("status", "--data", data.toString(), "--json").out())
                .get("articles").asInt();
        assertThat(articlesInTheBot).isGreaterThan(129);

        List<List<String>> reads = List.of(List.of("timeline", "--since", "2025-01-01", "H20 export licences"),
                List.of("digest", "--since", "2025-07-01"), List.of("feeds", "list"));
        List<CommandRun> inTheBot = reads.stream().map(args -> run(data, args)).toList();

        CommandRun refused = CommandRun.of("reindex", "--data", data.toString());
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err().strip()).startsWith("wafer: ").contains("in use by another Wafer process")
                .doesNotContain("\n");

        serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(socket).as("a killed bot leaves its socket file").exists();

        CommandRun alone = CommandRun.of("status", "--data", data.toString(), "--json");
        assertThat(alone.exitCode()).as(alone.err()).isZero();
        assertThat(JSON.readTree(alone.out()).get("articles").asInt()).isEqualTo(articlesInTheBot);
        for (int i = 0; i < reads.size(); i++) {
            CommandRun local = run(data, reads.get(i));
            assertThat(inTheBot.get(i)).as(String.join(" ", reads.get(i))).isEqualTo(local);
        }
        assertThat(inTheBot.get(0).exitCode()).isZero();
        assertThat(inTheBot.get(0).out()).contains("Sources:").contains("[1] ");
        CommandRun askedHere = CommandRun.of("ask", "--data", data.toString(), "--json", QUESTION);
        assertThat(askedHere.exitCode()).as(askedHere.err()).isZero();
        assertThat(JSON.readTree(askedHere.out()).get("answer")).isEqualTo(JSON.readTree(answered.out()).get("answer"));
    }

    private String reply(long interaction) throws InterruptedException {
        String token = "/interaction-token-" + interaction;
        return discord.await(call -> call.is("PATCH", "/webhooks/" + BOT + token + "/messages/@original"), 1, Duration.ofSeconds(60))
                .stream().findFirst().map(call -> call.body().path("content").asText())
                .orElseThrow(() -> new AssertionError("no reply to interaction " + interaction));
    }

    private static CommandRun run(Path data, List<String> args) {
        List<String> all = new java.util.ArrayList<>(args);
        all.addAll(List.of("--data", data.toString()));
        return CommandRun.of(all.toArray(String[]::new));
    }

    /** {@code wafer serve} in a JVM of its own, started in a folder of its own; returns once it is online. */
    private Process serve(Path data) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path home = Files.createDirectories(work.resolve("bot-home"));
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Dai.djl.offline=true",
                "--enable-native-access=ALL-UNNAMED", "-Xss4m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--data", data.toString());
        builder.directory(home.toFile());
        builder.environment().put("DISCORD_TOKEN", "fake-token-abc");
        builder.environment().put("WAFER_DISCORD_API_URL", discord.restUrl());
        builder.environment().put("WAFER_DISCORD_GATEWAY_URL", discord.gatewayUrl());
        builder.environment().put("WAFER_REFRESH_MINUTES", "off");
        builder.environment().put("WAFER_MODERATOR_GUILDS", String.valueOf(GUILD));
        builder.environment().put("WAFER_ALLOW_PRIVATE_NETWORKS", "true");
        builder.environment().remove("WAFER_DATA");
        Path out = home.resolve("stdout.log");
        builder.redirectOutput(out.toFile());
        builder.redirectError(home.resolve("stderr.log").toFile());
        Process process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!Files.readString(out).contains("Wafer is online")) {
            assertThat(process.isAlive()).as(() -> log(home)).isTrue();
            assertThat(Instant.now()).as(() -> "not online in 3 minutes: " + log(home)).isBefore(deadline);
            Thread.sleep(200);
        }
        return process;
    }

    private static String article(Path folder, String name, String title) throws IOException {
        Path file = folder.resolve(name + ".jsonl");
        Files.writeString(file, """
                {"url":"https://news.example/%s","title":"%s","publisher":"Reuters","published":"2026-12-01","body":"%s, the company said on Monday in a statement about its chips."}
                """.formatted(name, title, title), StandardCharsets.UTF_8);
        return file.toString();
    }

    private static String log(Path home) {
        try {
            return Files.readString(home.resolve("stderr.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
