package dev.wafer.bot.discord;

import dev.wafer.bot.LoopbackNewsSite;
import dev.wafer.bot.Offline;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.follow.Follows;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.source.FeedListFile;
import dev.wafer.corpus.source.FeedRefresher;
import dev.wafer.corpus.source.FetchSettings;
import dev.wafer.corpus.source.RefreshReport;
import dev.wafer.corpus.source.WebFetcher;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.index.IndexProgress;
import dev.wafer.testkit.LoopbackServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Times follow updates (a benchmark, not a test): the real JDA on the fake Discord, a channel following
 * {@code FOLLOWS} topics, and a refresh of the story site's two feeds plus {@code FEEDS} × 20 other
 * articles on loopback; printed is the time from the refresh's last commit to the update's arrival at
 * Discord — matching every follow, grouping, counting outlets, recording, sending. Run with
 * {@code bin/follow-benchmark [FOLLOWS FEEDS]}.
 */
public final class FollowBenchmark {

    private static final List<String> TOPICS = List.of("H20 export licence", "TSMC Arizona fab", "Samsung HBM4",
            "Intel 18A", "AMD MI350", "ASML export curbs", "Huawei Ascend", "OpenAI custom chip", "CHIPS Act grants",
            "Google TPU", "Micron HBM", "CoWoS packaging", "Blackwell Ultra", "SK hynix HBM4", "Cerebras IPO",
            "Groq inference chips", "RISC-V cores", "EUV scanners", "2nm wafers", "Broadcom AI accelerators");

    private FollowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Offline.enforce();
        int follows = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int feeds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path data = Files.createTempDirectory("wafer-follow-bench");
        NewsLibrary.sharedEmbedder().get(); // model load is start-up cost, not update cost
        try (LoopbackServer stories = FollowBotTest.storySite(); LoopbackNewsSite others = new LoopbackNewsSite(feeds, 20);
             FakeDiscord discord = new FakeDiscord();
             NewsLibrary library = NewsLibrary.open(DataFolder.open(data), NewsLibrary.Options.defaults().withStarter(false))) {
            FollowBotTest.readsOnly(library, stories);
            var feedList = WaferServices.feedRefresher(library).feedList();
            others.feedUrls().forEach(url -> feedList.add(url, false));
            WaferBot.Services services = FollowBotTest.services(library, data.resolve("votes"));
            WaferBot bot = WaferBot.start("fake-token-abc", DiscordSettings.defaults().withApi(discord.restUrl(),
                    discord.gatewayUrl()).withModeratorGuilds(Set.of(FakeDiscord.GUILD)), services);
            try {
                bot.awaitReady(Duration.ofSeconds(30));
                for (int i = 0; i < follows; i++) {
                    // Four members per block of five topics: within the default limits of one server.
                    services.follows().follow(Follows.Place.channel(FakeDiscord.GUILD, FakeDiscord.CHANNEL, 8000 + i / 5),
                            TOPICS.get(i % TOPICS.size()) + (i < TOPICS.size() ? "" : " " + i), null, null);
                }
                FeedRefresher refresher = new FeedRefresher(new WebFetcher(FetchSettings.defaults().withHostDelay(Duration.ZERO)
                        .withAllowPrivateNetworks(true)), new FeedListFile(library.folder().feeds()), library.store(),
                        articles -> library.ingest(articles, IndexProgress.NONE), Clock.systemUTC());
                RefreshReport report = refresher.refresh(List.of());
                long matchStart = System.nanoTime();
                int due = services.follows().due(new Follows.Delivery() {
                    @Override
                    public boolean reaches(dev.wafer.bot.follow.Follow follow) {
                        return true;
                    }

                    @Override
                    public void send(Follows.Update update) {
                    }
                }).size();
                long matched = System.nanoTime() - matchStart;
                long committed = System.nanoTime();
                Thread poster = Thread.ofVirtual().start(bot::postFollows);
                discord.await(FollowBotTest::isUpdate, 1, Duration.ofSeconds(60));
                long first = System.nanoTime();
                poster.join();
                int posted = discord.calls(FollowBotTest::isUpdate).size();
                discord.await(FollowBotTest::isUpdate, Math.max(1, posted), Duration.ofSeconds(60));
                long arrived = System.nanoTime();
                System.out.printf("matching alone (every follow against the new articles, grouping, counting): %d ms,"
                        + " %d updates due%n", matched / 1_000_000, due);
                System.out.printf("refresh commit -> first update at Discord: %d ms%n", (first - committed) / 1_000_000);
                System.out.printf("refresh: %d feeds, %d new articles in %d ms%n", report.feeds().size(), report.added(),
                        report.took().toMillis());
                System.out.printf("refresh commit -> last update at Discord: %d ms (%d follows, %d updates posted;"
                        + " target <= 5000 ms)%n", (arrived - committed) / 1_000_000, follows, posted);
            } finally {
                bot.close();
            }
        }
    }
}
