package dev.wafer.bot.discord;

import static dev.wafer.bot.discord.FakeDiscord.BOT;
import static dev.wafer.bot.discord.FakeDiscord.CHANNEL;
import static dev.wafer.bot.discord.FakeDiscord.GUILD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.bot.app.Corrections;
import dev.wafer.bot.app.NewsModeratorActions;
import dev.wafer.bot.app.Status;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.discord.FakeDiscord.Call;
import dev.wafer.bot.feedback.AnswerMemory;
import dev.wafer.bot.feedback.PostedAnswer;
import dev.wafer.bot.feedback.VoteStore;
import dev.wafer.bot.follow.Follows;
import dev.wafer.bot.settings.ServerSettingsStore;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.source.RefreshReport;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.AnswerService;
import dev.wafer.retrieval.digest.DigestBuilder;
import dev.wafer.retrieval.digest.DigestLedger;
import dev.wafer.retrieval.correction.ChangeDetector;
import dev.wafer.retrieval.correction.CorrectionFinder;
import dev.wafer.retrieval.index.IndexProgress;
import dev.wafer.retrieval.sourcing.AttributionCues;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrections end to end: the real JDA on the loopback Discord answers a mention in a thread, a
 * refresh on a loopback news site brings a later article that revises the figure the answer cited,
 * and exactly one "Update:" replies to the answer in its thread — never a second one, after a restart
 * and another revising report either; also in a thread Discord archived since (not one a moderator
 * locked), and beside the one follow update the same moderator's /refresh posts in the channel.
 */
class CorrectionsBotTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Instant CITED = Instant.parse("2025-10-01T08:00:00Z");
    /** What the answers cite: a spending figure and a plan, both of which later reports change. */
    static final Article TSMC_PLAN = Article.of("https://chipwire.example/tsmc-capex", "TSMC sets its capital spending plan",
            "Chip Wire", null, CITED, "TSMC plans capital spending of $38 billion this year to expand advanced "
                    + "packaging. The chipmaker said demand for AI accelerators keeps its CoWoS lines full.", CITED);
    static final Article INTEL_PLAN = Article.of("https://chipwire.example/intel-malaysia", "Intel's Malaysia plans",
            "Chip Wire", null, CITED, "Intel plans to build a chip packaging plant in Malaysia. The site would "
                    + "add advanced packaging capacity for its foundry customers.", CITED);

    @TempDir
    Path data;

    @Test
    void aRevisingArticleGetsOneUpdateInTheAnswersThreadAndNeverASecond() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(); ChangingNewsSite news = new ChangingNewsSite();
             NewsLibrary library = NewsLibrary.open(DataFolder.open(data), NewsLibrary.Options.defaults().withStarter(false))) {
            library.ingest(List.of(TSMC_PLAN),
                    IndexProgress.NONE);
            ServerSettingsStore servers = new ServerSettingsStore(library.folder().servers());
            NewsModeratorActions moderator = readingOnly(library, news, null);

            WaferBot bot = start(discord, library, servers, moderator);
            long thread;
            long answerMessage;
            try {
                discord.message(7_001, CHANNEL, "<@" + BOT + "> How much will TSMC spend on capital this year?");
                Call answer = discord.await(call -> call.method().equals("POST") && call.path().endsWith("/messages")
                        && call.body().path("content").asText().contains("$38 billion"), 1, WAIT).getFirst();
                thread = Long.parseLong(answer.path().split("/")[2]);
                assertThat(discord.threads.values()).as("answered in the thread it started").contains(thread);
                PostedAnswer remembered = awaitRemembered(library);
                answerMessage = remembered.message();
                assertThat(remembered.channel()).isEqualTo(thread);
                assertThat(remembered.claims()).anySatisfy(claim -> assertThat(claim.sentence()).contains("$38 billion"));

                Instant before = Instant.now();
                news.put("/news/tsmc-raises", "TSMC lifts its spending plan", "Fab Daily",
                        "2025-10-20T09:00:00Z", "TSMC raised its capital spending plan for this year to $42 billion to "
                        + "expand advanced packaging. Executives pointed to orders from cloud providers.");
                moderator.refresh(List.of(news.feedUrl()));

                assertThat(bot.postCorrections(before)).isEqualTo(1);
                assertThat(bot.postCorrections(before)).as("the same articles again").isZero();
            } finally {
                bot.close();
            }
            List<Call> updates = updates(discord);
            assertThat(updates).singleElement().satisfies(update -> {
                assertThat(update.path()).isEqualTo("/channels/" + thread + "/messages");
                assertThat(update.body().path("message_reference").path("message_id").asText())
                        .isEqualTo(String.valueOf(answerMessage));
                String content = update.body().path("content").asText();
                assertThat(content).startsWith("**Update:** newer news changes this answer (figure revised).")
                        .contains("$38 billion", "$42 billion", "(<https://chipwire.example/tsmc-capex>) — Chip Wire, 2025-10-01",
                                "— Fab Daily, 2025-10-20")
                        .hasSizeLessThan(2_000);
                assertThat(update.body().path("flags").asInt() & 4).as("link previews suppressed").isEqualTo(4);
                assertThat(update.body().path("allowed_mentions").path("parse")).isEmpty();
            });

            // A restart over the same data folder, and a second outlet reporting the revision.
            news.put("/news/tsmc-board", "TSMC board backs bigger budget", "Silicon Post", "2025-10-21T09:00:00Z",
                    "TSMC increased its capital spending plan for this year to $42 billion as its board met in Hsinchu on "
                            + "Tuesday. Directors also approved a new research centre and a bond sale to pay for equipment.");
            WaferBot restarted = start(discord, library, servers, moderator);
            try {
                Instant before = Instant.now();
                moderator.refresh(List.of(news.feedUrl()));
                Article second = library.store().findByUrl(news.url("/news/tsmc-board")).orElseThrow();
                PostedAnswer kept = memory(library).all(GUILD).getFirst();
                assertThat(new CorrectionFinder(new ChangeDetector(new AttributionCues())).find(kept.claims(), List.of(second)))
                        .as("the second report would change the answer too").isPresent();

                assertThat(restarted.postCorrections(before)).as("the answer had its one update").isZero();
                assertThat(kept.corrected()).isTrue();
            } finally {
                restarted.close();
            }
            assertThat(updates(discord)).hasSize(1);
        }
    }

    @Test
    void anAnswerPostedBeforeARestartIsUpdatedInItsThreadAfterIt() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(); ChangingNewsSite news = new ChangingNewsSite();
             NewsLibrary library = NewsLibrary.open(DataFolder.open(data), NewsLibrary.Options.defaults().withStarter(false))) {
            library.ingest(List.of(INTEL_PLAN), IndexProgress.NONE);
            ServerSettingsStore servers = new ServerSettingsStore(library.folder().servers());
            NewsModeratorActions moderator = readingOnly(library, news, null);
            WaferBot first = start(discord, library, servers, moderator);
            PostedAnswer remembered;
            try {
                discord.message(7_002, CHANNEL, "<@" + BOT + "> Where will Intel build its packaging plant?");
                remembered = awaitRemembered(library);
            } finally {
                first.close();
            }

            WaferBot restarted = start(discord, library, servers, moderator);
            try {
                Instant before = Instant.now();
                news.put("/news/intel-scraps", "Intel drops Malaysia packaging plan", "Fab Daily",
                        "2025-11-03T09:00:00Z", "Intel scrapped its plan to build a chip packaging plant in Malaysia. "
                        + "The chipmaker will expand advanced packaging of AI accelerators for its foundry customers "
                        + "at its semiconductor sites in Arizona and New Mexico instead.");
                moderator.refresh(List.of(news.feedUrl()));

                // The thread is not in the new process's cache; it is found among the server's active threads.
                assertThat(restarted.postCorrections(before)).isEqualTo(1);
            } finally {
                restarted.close();
            }
            assertThat(updates(discord)).singleElement().satisfies(update -> {
                assertThat(update.path()).isEqualTo("/channels/" + remembered.channel() + "/messages");
                assertThat(update.body().path("content").asText()).contains("(decision reversed)", "Intel scrapped its plan");
            });
        }
    }

    @Test
    void anArchivedThreadIsReopenedForItsUpdateAndALockedOneIsSkippedOnceAndForAll() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(); ChangingNewsSite news = new ChangingNewsSite();
             NewsLibrary library = NewsLibrary.open(DataFolder.open(data), NewsLibrary.Options.defaults().withStarter(false))) {
            library.ingest(List.of(TSMC_PLAN, INTEL_PLAN), IndexProgress.NONE);
            ServerSettingsStore servers = new ServerSettingsStore(library.folder().servers());
            NewsModeratorActions moderator = readingOnly(library, news, null);
            WaferBot bot = start(discord, library, servers, moderator);
            try {
                discord.message(7_001, CHANNEL, "<@" + BOT + "> How much will TSMC spend on capital this year?");
                PostedAnswer tsmc = awaitRemembered(library, "TSMC");
                discord.message(7_002, CHANNEL, "<@" + BOT + "> Where will Intel build its packaging plant?");
                PostedAnswer intel = awaitRemembered(library, "Intel");
                // A day without messages archives the first thread; a moderator locked the second.
                discord.archiveThread(tsmc.channel(), false);
                discord.archiveThread(intel.channel(), true);
                Thread.sleep(500); // the gateway's THREAD_UPDATEs reach the bot: it drops both from its cache

                Instant before = Instant.now();
                long archived = System.nanoTime();
                news.put("/news/tsmc-raises", "TSMC lifts its spending plan", "Fab Daily", "2025-10-20T09:00:00Z",
                        "TSMC raised its capital spending plan for this year to $42 billion to expand advanced packaging. "
                                + "Executives pointed to orders from cloud providers.");
                news.put("/news/intel-scraps", "Intel drops Malaysia packaging plan", "Fab Daily", "2025-11-03T09:00:00Z",
                        "Intel scrapped its plan to build a chip packaging plant in Malaysia. The chipmaker will expand "
                                + "advanced packaging of AI accelerators for its foundry customers at its semiconductor sites "
                                + "in Arizona and New Mexico instead.");
                moderator.refresh(List.of(news.feedUrl()));

                assertThat(bot.postCorrections(before)).as("only the thread that may be reopened").isEqualTo(1);
                assertThat(discord.calls(call -> call.is("PATCH", "/channels/" + tsmc.channel()))).singleElement()
                        .satisfies(reopened -> assertThat(reopened.body().path("archived").asBoolean(true)).isFalse());
                assertThat(updates(discord)).singleElement().satisfies(update -> {
                    assertThat(update.path()).isEqualTo("/channels/" + tsmc.channel() + "/messages");
                    assertThat(update.body().path("message_reference").path("message_id").asText())
                            .isEqualTo(String.valueOf(tsmc.message()));
                    assertThat(update.body().path("content").asText()).contains("$42 billion");
                });
                assertThat(discord.calls(call -> call.at() > archived && call.path().startsWith("/channels/" + intel.channel())))
                        .as("nothing sent to, nor changed in, the locked thread").isEmpty();
                assertThat(memory(library).all(GUILD)).as("the locked thread's answer is not tried again")
                        .allSatisfy(answer -> assertThat(answer.corrected()).isTrue());

                int lookups = discord.calls(call -> call.path().endsWith("/threads/archived/public")).size();
                assertThat(bot.postCorrections(before)).isZero();
                assertThat(discord.calls(call -> call.path().endsWith("/threads/archived/public"))).hasSize(lookups);
            } finally {
                bot.close();
            }
            assertThat(updates(discord)).hasSize(1);
        }
    }

    private static PostedAnswer awaitRemembered(NewsLibrary library, String asked) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var found = memory(library).open(Instant.now()).stream().filter(answer -> answer.question().contains(asked))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the answer about " + asked + " was not remembered");
    }

    @Test
    void oneRefreshPostsOneUpdatePerStoryInTheFollowingChannelAndOneCorrectionInTheThreadItChanges() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(); ChangingNewsSite news = new ChangingNewsSite();
             NewsLibrary library = NewsLibrary.open(DataFolder.open(data), NewsLibrary.Options.defaults().withStarter(false))) {
            library.ingest(List.of(TSMC_PLAN),
                    IndexProgress.NONE);
            ServerSettingsStore servers = new ServerSettingsStore(library.folder().servers());
            // As the serve command wires it: a moderator's refresh is followed by corrections, then the follows.
            AtomicReference<WaferBot> running = new AtomicReference<>();
            NewsModeratorActions moderator = readingOnly(library, news,
                    report -> running.get().postCorrections(Instant.now().minus(report.took()).minusSeconds(1)));
            AnswerService answers = library.extractiveAnswers();
            Follows follows = FollowBotTest.follows(library);
            WaferBot.Services services = new WaferBot.Services((question, partial) -> answers.answer(question),
                    () -> new Status(library.stats().articles(), library.passages().size(), null, null, "extractive"),
                    moderator, VoteStore.open(library.folder().votes()), Clock.systemUTC(),
                    (topic, since, until) -> library.timelines().build(topic, since, until),
                    new DigestBuilder(library.store()), new DigestLedger(library.folder().digest()), servers, follows);
            WaferBot bot = WaferBot.start("fake-token-abc", DiscordSettings.defaults().withApi(discord.restUrl(),
                    discord.gatewayUrl()).withModeratorGuilds(Set.of(GUILD)), services, new Corrections(library.store(),
                    memory(library), guild -> servers.get(guild).corrections(), Clock.systemUTC()));
            running.set(bot);
            try {
                bot.awaitReady(Duration.ofSeconds(30));
                discord.message(7_001, CHANNEL, "<@" + BOT + "> How much will TSMC spend on capital this year?");
                PostedAnswer answer = awaitRemembered(library, "TSMC");
                follows.follow(Follows.Place.channel(GUILD, CHANNEL, 7_002), "TSMC capital spending", null, null);

                // Two outlets on the revised plan (one story), and news of something else.
                news.put("/news/tsmc-raises", "TSMC lifts its spending plan to $42 billion", "Fab Daily",
                        "2025-10-20T09:00:00Z", "TSMC raised its capital spending plan for this year to $42 billion to "
                                + "expand advanced packaging, the company said.");
                news.put("/news/tsmc-budget", "TSMC raises its spending plan to $42 billion", "Silicon Post",
                        "2025-10-20T11:00:00Z", "TSMC has raised its capital spending plan for this year to $42 billion "
                                + "to expand advanced packaging, the company said on Monday.");
                news.put("/news/micron-idaho", "Micron starts building its second Idaho fab", "Fab Daily",
                        "2025-10-20T10:00:00Z", "Micron broke ground on a second memory fab in Boise, Idaho, which will "
                                + "make DRAM from 2028.");
                long refresh = discord.slashCommand(7_002, List.of(FakeDiscord.MODERATOR_ROLE), "refresh", null);
                assertThat(discord.await(call -> call.is("PATCH", "/interaction-token-" + refresh + "/messages/@original"), 1,
                        WAIT)).singleElement().satisfies(reply -> assertThat(reply.body().path("content").asText())
                        .startsWith("Refreshed 1 feed").doesNotContain("failed"));

                Predicate<Call> followUpdate = FollowBotTest::isUpdate;
                discord.await(followUpdate, 1, WAIT);
                discord.await(call -> updates(discord).contains(call), 1, WAIT);
                Thread.sleep(500); // a second update of either kind would have been sent in the same run
                assertThat(discord.calls(followUpdate)).singleElement().satisfies(update -> assertThat(update.body()
                        .path("content").asText()).startsWith("**Update on “TSMC capital spending”:**")
                        .contains("$42 billion", "(+1 outlet)").doesNotContain("Micron"));
                assertThat(updates(discord)).singleElement().satisfies(update -> {
                    assertThat(update.path()).isEqualTo("/channels/" + answer.channel() + "/messages");
                    assertThat(update.body().path("message_reference").path("message_id").asText())
                            .isEqualTo(String.valueOf(answer.message()));
                    assertThat(update.body().path("content").asText()).contains("$38 billion", "$42 billion");
                });
            } finally {
                bot.close();
            }
        }
    }

    /** Moderator actions over the news site's feed alone (a /refresh reads every listed feed). */
    private static NewsModeratorActions readingOnly(NewsLibrary library, ChangingNewsSite news,
                                                    Consumer<RefreshReport> refreshed) {
        var feeds = WaferServices.feedRefresher(library).feedList();
        feeds.load().forEach(feed -> feeds.remove(feed.url()));
        NewsModeratorActions moderator = refreshed == null
                ? new NewsModeratorActions(library, WaferServices.feedRefresher(library))
                : new NewsModeratorActions(library, WaferServices.feedRefresher(library), refreshed);
        moderator.addFeed(news.feedUrl(), false);
        return moderator;
    }

    private WaferBot start(FakeDiscord discord, NewsLibrary library, ServerSettingsStore servers,
                           NewsModeratorActions moderator) throws InterruptedException {
        AnswerService answers = library.extractiveAnswers();
        WaferBot.Services services = new WaferBot.Services((question, partial) -> answers.answer(question),
                () -> new Status(library.stats().articles(), library.passages().size(), null, null, "extractive"),
                moderator, VoteStore.open(library.folder().votes()), Clock.systemUTC(),
                (topic, since, until) -> library.timelines().build(topic, since, until),
                new DigestBuilder(library.store()), new DigestLedger(library.folder().digest()), servers);
        Corrections corrections = new Corrections(library.store(), memory(library),
                guild -> servers.get(guild).corrections(), Clock.systemUTC());
        WaferBot bot = WaferBot.start("fake-token-abc", DiscordSettings.defaults()
                .withApi(discord.restUrl(), discord.gatewayUrl()).withModeratorGuilds(Set.of(GUILD)), services, corrections);
        bot.awaitReady(Duration.ofSeconds(30));
        return bot;
    }

    private static AnswerMemory memory(NewsLibrary library) {
        return new AnswerMemory(library.folder().servers(), Duration.ofDays(Corrections.DEFAULT_WINDOW_DAYS));
    }

    private static PostedAnswer awaitRemembered(NewsLibrary library) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<PostedAnswer> open = memory(library).open(Instant.now());
            if (!open.isEmpty()) {
                return open.getFirst();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the answer was not remembered");
    }

    private static List<Call> updates(FakeDiscord discord) {
        Predicate<Call> update = call -> call.method().equals("POST") && call.path().endsWith("/messages")
                && call.body().path("content").asText().startsWith("**Update:**");
        return discord.calls(update);
    }
}
