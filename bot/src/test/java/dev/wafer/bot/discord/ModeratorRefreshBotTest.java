package dev.wafer.bot.discord;

import static dev.wafer.bot.discord.FakeDiscord.BOT;
import static dev.wafer.bot.discord.FakeDiscord.CHANNEL;
import static dev.wafer.bot.discord.FakeDiscord.GUILD;
import static dev.wafer.bot.discord.FakeDiscord.MODERATOR_ROLE;
import static dev.wafer.bot.discord.FakeDiscord.subcommand;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.wafer.bot.app.NewsModeratorActions;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.discord.FakeDiscord.Call;
import dev.wafer.bot.feedback.VoteStore;
import dev.wafer.bot.settings.ServerSettingsStore;
import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.digest.DigestBuilder;
import dev.wafer.retrieval.digest.DigestLedger;
import dev.wafer.testkit.LoopbackServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A moderator's {@code /refresh} posts what a scheduled refresh posts, with the real JDA against the
 * loopback Discord: a server that set its own digest with {@code /settings digest} gets it right after
 * the refresh that brought the news, not only at the next scheduled refresh.
 */
class ModeratorRefreshBotTest {

    private static final Duration ANSWERED = Duration.ofSeconds(60);
    private static final long MODERATOR = 7_101;

    @Test
    void aModeratorsRefreshPostsTheServersOwnDigestOfWhatItBrought(@TempDir Path data) throws Exception {
        try (LoopbackServer site = FollowBotTest.storySite(); FakeDiscord discord = new FakeDiscord();
             NewsLibrary library = NewsLibrary.open(DataFolder.open(data), NewsLibrary.Options.defaults().withStarter(false))) {
            FollowBotTest.readsOnly(library, site);
            WaferBot bot = WaferBot.start("fake-token-abc", DiscordSettings.defaults()
                            .withApi(discord.restUrl(), discord.gatewayUrl()).withModeratorGuilds(Set.of(GUILD)),
                    new WaferBot.Services((question, partial) -> { throw new AssertionError("no questions here"); },
                            () -> null, new NewsModeratorActions(library, WaferServices.feedRefresher(library)),
                            VoteStore.open(library.folder().votes()), Clock.systemUTC(), (topic, since, until) -> null,
                            new DigestBuilder(library.store()), new DigestLedger(library.folder().digest()),
                            new ServerSettingsStore(library.folder().servers())));
            try {
                bot.awaitReady(Duration.ofSeconds(30));
                ArrayNode digest = JsonNodeFactory.instance.arrayNode();
                digest.addObject().put("name", "channel").put("type", 7).put("value", String.valueOf(CHANNEL));
                assertThat(reply(discord, discord.slashCommand(MODERATOR, List.of(MODERATOR_ROLE), "settings",
                        subcommand("digest", digest)))).startsWith("The news digest goes to #chips after each refresh.");
                assertThat(digests(discord)).as("nothing to post before the refresh").isEmpty();

                long refresh = discord.slashCommand(MODERATOR, List.of(MODERATOR_ROLE), "refresh", null);

                assertThat(reply(discord, refresh)).startsWith("Refreshed 2 feeds").contains("3 new articles");
                assertThat(digests(discord)).as("the server's digest, posted before the moderator was answered")
                        .singleElement().satisfies(post -> assertThat(post.body().path("content").asText())
                                .contains("US tells Nvidia H20 exports to China now need a licence",
                                        "TSMC pulls forward 3nm output at its second Arizona fab"));

                long again = discord.slashCommand(MODERATOR, List.of(MODERATOR_ROLE), "refresh", null);
                assertThat(reply(discord, again)).startsWith("Refreshed 2 feeds").contains("0 new articles");
                assertThat(digests(discord)).as("a refresh that brought nothing new posts no second digest").hasSize(1);
            } finally {
                bot.close();
            }
        }
    }

    private static List<Call> digests(FakeDiscord discord) {
        return discord.calls(call -> call.is("POST", "/channels/" + CHANNEL + "/messages")
                && call.body().path("content").asText().startsWith("**New in AI-chip news**"));
    }

    private static String reply(FakeDiscord discord, long interaction) throws InterruptedException {
        String token = "/interaction-token-" + interaction;
        return discord.await(call -> call.is("PATCH", "/webhooks/" + BOT + token + "/messages/@original"), 1, ANSWERED)
                .stream().findFirst().map(call -> call.body().path("content").asText())
                .orElseThrow(() -> new AssertionError("no reply to interaction " + interaction));
    }
}
