package dev.wafer.bot.command;

import dev.wafer.bot.app.Settings;
import dev.wafer.bot.app.ModeratorActions;
import dev.wafer.bot.app.NewsModeratorActions;
import dev.wafer.bot.app.Answerer;
import dev.wafer.bot.app.Corrections;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.discord.DiscordSettings;
import dev.wafer.bot.discord.WaferBot;
import dev.wafer.bot.ops.HealthCheck;
import dev.wafer.bot.ops.OpsServer;
import dev.wafer.bot.settings.ServerSettingsStore;
import dev.wafer.bot.feedback.VoteStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = {
        "Run the Discord bot until stopped (Ctrl+C or SIGTERM finishes the answers in flight first).",
        "The bot token comes from $DISCORD_TOKEN or --token-file, never from the command line.",
        "Settings: WAFER_DISCORD_GUILD, WAFER_DISCORD_CHANNELS, WAFER_MODERATOR_ROLE, WAFER_RATE_LIMIT,",
        "WAFER_GUILD_CONCURRENCY, WAFER_ANSWER_THREADS, WAFER_DISCORD_SHARDS, WAFER_DISCORD_SHARD_IDS,",
        "WAFER_DISCORD_API_URL, WAFER_DISCORD_GATEWAY_URL, WAFER_HTTP_PORT, WAFER_HTTP_BIND (see the README)."})
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    DataOptions options;

    @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding the bot token (instead of $DISCORD_TOKEN).")
    Path tokenFile;

    @Spec
    CommandSpec spec;

    // The control socket is held open for the command's lifetime and closed with it; nothing else uses it.
    @SuppressWarnings("try")
    @Override
    public Integer call() throws InterruptedException {
        String token = token(tokenFile, System.getenv("DISCORD_TOKEN"));
        var out = spec.commandLine().getOut();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        // Checked before the corpus opens (which may take a while), so a wrong shard range or port fails at once.
        Map<String, String> configured = Settings.load(options.folder(), System.getenv());
        DiscordSettings settings = DiscordSettings.fromEnvironment(configured);
        Optional<OpsServer.Address> opsAddress = OpsServer.Address.fromSettings(configured);
        Corrections.window(configured); // a wrong WAFER_CORRECTION_DAYS fails here too
        try (WaferServices services = options.openServices(spec)) {
            VoteStore votes = VoteStore.open(services.library().folder().votes());
            ServerSettingsStore servers = new ServerSettingsStore(services.library().folder().servers());
            // A moderator's /refresh is metered as the scheduled one is; what is posted after either is the bot's.
            ModeratorActions moderatorActions = NewsModeratorActions.of(services);
            WaferBot bot = WaferBot.start(token, settings, new WaferBot.Services(Answerer.of(services),
                    services::status, moderatorActions, votes, Clock.systemUTC(),
                    services::timeline, services.digestBuilder(), services.digestLedger(),
                    servers, services.follows(), services.review()), services.corrections(servers));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop.countDown();
                try {
                    stopped.await(45, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "wafer-shutdown"));
            OpsServer ops = null;
            // Listening once the bot exists, so a refresh asked from another shell posts what the bot's own
            // refreshes post; closed before the bot, so no command arrives while it stops.
            try (HolderCommands.Listening control = HolderCommands.listen(services, bot::afterRefresh)) {
                // Up before the shards connect, so an orchestrator's /health sees them coming up (503), not nothing.
                services.metrics().watchDiscord(bot);
                if (opsAddress.isPresent()) {
                    ops = OpsServer.start(opsAddress.get(), services.metrics(),
                            new HealthCheck(() -> services.library().passages().size(), bot));
                    out.println("Serving /metrics and /health on " + ops.listening());
                }
                bot.awaitReady(Duration.ofMinutes(2));
                services.startScheduledRefresh(report -> {
                    services.metrics().refreshed(report);
                    LOG.info("Scheduled refresh: {} feeds, {} new, {} updated, {} failed",
                            report.feeds().size(), report.added(), report.updated(),
                            report.feeds().stream().filter(feed -> !feed.ok()).count());
                    bot.afterRefresh(report); // right after the refresh's last commit
                })
                        .ifPresentOrElse(scheduler -> LOG.info("Feeds refresh every {} (WAFER_REFRESH_MINUTES)", scheduler),
                                () -> LOG.info("Scheduled feed refresh is off (WAFER_REFRESH_MINUTES)"));
                out.println("Wafer is online as " + bot.describe() + ". Stop with Ctrl+C.");
                out.flush();
                stop.await();
            } finally {
                if (ops != null) {
                    ops.close();
                }
                out.println("Stopping: finishing the answers in flight ...");
                out.flush();
                bot.close();
            }
        } finally {
            stopped.countDown();
        }
        return 0;
    }

    /** The token from the file, else the environment; one clear line when there is none. */
    static String token(Path file, String fromEnvironment) {
        String token;
        if (file != null) {
            try {
                token = Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the token file " + file + " (" + e.getClass().getSimpleName()
                        + "). Check the path and its permissions.", e);
            }
            if (token.isEmpty()) {
                throw new IllegalArgumentException("The token file " + file + " is empty. Put the bot token from the "
                        + "Developer Portal (Bot → Reset Token) in it.");
            }
        } else {
            token = fromEnvironment == null ? "" : fromEnvironment.strip();
            if (token.isEmpty()) {
                throw new IllegalArgumentException("No Discord bot token: set DISCORD_TOKEN or pass --token-file FILE "
                        + "(see \"Running the Discord bot\" in the README).");
            }
        }
        if (token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("The Discord token contains spaces or line breaks; a bot token is one "
                    + "word. Copy it again from the Developer Portal.");
        }
        return token;
    }
}
