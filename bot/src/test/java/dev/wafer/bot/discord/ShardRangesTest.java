package dev.wafer.bot.discord;

import static dev.wafer.bot.discord.FakeDiscord.option;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.bot.app.NewsModeratorActions;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.feedback.VoteStore;
import dev.wafer.bot.ops.ShardState;
import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.Answer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bot processes' worth of Wafer, each running half of four shards against one (fake) Discord:
 * each connects only its shards, and every server's question is answered once, by the process that
 * serves that server's shard.
 */
class ShardRangesTest {

    private static final Duration ANSWERED = Duration.ofSeconds(60);

    @TempDir
    Path data;

    /** A server id on shard {@code shard} of four, as Discord assigns them: (id >> 22) % shards. */
    private static long guildOnShard(int shard) {
        return ((long) (shard + 4) << 22) | 5;
    }

    @Test
    void twoProcessesSplitFourShardsAndEveryServerIsAnsweredOnce() throws Exception {
        List<Long> guilds = List.of(guildOnShard(0), guildOnShard(1), guildOnShard(2), guildOnShard(3));
        try (FakeDiscord discord = new FakeDiscord(4, guilds);
             NewsLibrary library = NewsLibrary.open(DataFolder.open(data.resolve("library")),
                     NewsLibrary.Options.defaults().withStarter(false))) {
            WaferBot first = start(discord, library, "first", List.of(0, 1));
            WaferBot second = start(discord, library, "second", List.of(2, 3));
            try {
                assertThat(discord.identified).containsExactlyInAnyOrder("0/4", "1/4", "2/4", "3/4");
                assertThat(first.shards()).extracting(ShardState::shard).containsExactly(0, 1);
                assertThat(first.shards()).allMatch(ShardState::connected).allMatch(shard -> shard.guilds() == 1);
                assertThat(second.shards()).extracting(ShardState::shard).containsExactly(2, 3);
                assertThat(second.shards()).allMatch(ShardState::connected).allMatch(shard -> shard.guilds() == 1);
                assertThat(first.describe()).isEqualTo("Wafer in 2 servers, shards 0-1 of 4");

                Map<Long, Long> asked = new HashMap<>();
                for (long guild : guilds) {
                    asked.put(guild, discord.slashCommandIn(guild, 7_000 + guild % 100, List.of(), "ask",
                            option("question", "Which chips did DeepSeek use?")));
                }

                List<String> answeredBy = new ArrayList<>();
                for (long guild : guilds) {
                    String token = "interaction-token-" + asked.get(guild);
                    discord.await(call -> call.path().contains(token) && call.body().has("content"), 1, ANSWERED);
                    Thread.sleep(200); // room for a second, wrong answer to arrive
                    List<FakeDiscord.Call> acknowledged = discord.calls(call -> call.path().contains("/interactions/"
                            + asked.get(guild) + "/"));
                    List<FakeDiscord.Call> answers = discord.calls(call -> call.path().contains(token) && call.body().has("content"));
                    assertThat(acknowledged).as("acknowledged once").hasSize(1);
                    assertThat(answers).as("answered once").hasSize(1);
                    answeredBy.add(answers.getFirst().body().path("content").asText());
                }
                assertThat(answeredBy).containsExactly("Answered by the first process.", "Answered by the first process.",
                        "Answered by the second process.", "Answered by the second process.");
            } finally {
                first.close();
                second.close();
            }
        }
    }

    @Test
    void aShardRangeIsReadFromTheEnvironmentAndCheckedAgainstTheTotal() {
        DiscordSettings settings = DiscordSettings.fromEnvironment(Map.of("WAFER_DISCORD_SHARDS", "8",
                "WAFER_DISCORD_SHARD_IDS", "0-2, 6"));

        assertThat(settings.shardIds()).containsExactly(0, 1, 2, 6);
        assertThat(DiscordSettings.fromEnvironment(Map.of()).shardIds()).as("without it, every shard").isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DiscordSettings.fromEnvironment(Map.of(
                        "WAFER_DISCORD_SHARDS", "4", "WAFER_DISCORD_SHARD_IDS", "2-5")))
                .hasMessage("WAFER_DISCORD_SHARD_IDS names shard 4, but shards run from 0 to 3 (WAFER_DISCORD_SHARDS=4)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DiscordSettings.fromEnvironment(Map.of(
                        "WAFER_DISCORD_SHARD_IDS", "0-1")))
                .hasMessageStartingWith("WAFER_DISCORD_SHARD_IDS needs WAFER_DISCORD_SHARDS");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DiscordSettings.fromEnvironment(Map.of(
                        "WAFER_DISCORD_SHARDS", "4", "WAFER_DISCORD_SHARD_IDS", "three")))
                .hasMessageContaining("such as \"0-3\"");
    }

    @Test
    void aShardListThatSaysNothingOrTooMuchIsRefusedWithTheVariablesName() {
        for (String bad : List.of(",", "0-1,", "0,,2", "-1", "3-1", "0-x", "0 1")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DiscordSettings.fromEnvironment(Map.of(
                            "WAFER_DISCORD_SHARDS", "4", "WAFER_DISCORD_SHARD_IDS", bad)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("WAFER_DISCORD_SHARD_IDS").hasMessageNotContaining("\n");
        }
        assertThat(DiscordSettings.fromEnvironment(Map.of("WAFER_DISCORD_SHARDS", "4", "WAFER_DISCORD_SHARD_IDS", " 3, 1-2 "))
                .shardIds()).as("sorted, spaces allowed").containsExactly(1, 2, 3);
        assertThat(WaferBot.ranges(List.of(0, 1, 2, 5, 7, 8))).isEqualTo("0-2,5,7-8");
    }

    private WaferBot start(FakeDiscord discord, NewsLibrary library, String name, List<Integer> shards) throws Exception {
        String reply = "Answered by the " + name + " process.";
        WaferBot.Services services = new WaferBot.Services(
                (question, partial) -> new Answer(question.text(), reply, Answer.Mode.EXTRACTIVE, false, List.of(), null,
                        Duration.ZERO),
                () -> null, new NewsModeratorActions(library, WaferServices.feedRefresher(library)),
                VoteStore.open(data.resolve(name + "-votes")), Clock.systemUTC());
        DiscordSettings settings = DiscordSettings.defaults().withApi(discord.restUrl(), discord.gatewayUrl())
                .withShards(4, shards);
        WaferBot bot = WaferBot.start("fake-token-" + name, settings, services);
        bot.awaitReady(Duration.ofSeconds(30));
        return bot;
    }
}
