package dev.wafer.bot.discord;

import dev.wafer.bot.LoopbackNewsSite;
import dev.wafer.bot.Offline;
import dev.wafer.bot.app.Corrections;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.discord.FakeDiscord.Call;
import dev.wafer.bot.feedback.AnswerMemory;
import dev.wafer.bot.feedback.PostedAnswer;
import dev.wafer.bot.follow.Follow;
import dev.wafer.bot.follow.Follows;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.source.FeedListFile;
import dev.wafer.corpus.source.FeedRefresher;
import dev.wafer.corpus.source.FetchSettings;
import dev.wafer.corpus.source.RefreshReport;
import dev.wafer.corpus.source.WebFetcher;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.correction.CitedClaim;
import dev.wafer.retrieval.figure.Figures;
import dev.wafer.retrieval.index.IndexProgress;
import dev.wafer.retrieval.index.Sentences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Times corrections (a benchmark, not a test): the real JDA on the fake Discord, {@code ANSWERS}
 * remembered answers in the server (one of them citing TSMC's spending plan, the rest citing
 * {@code FEEDS} × 20 other stories), then {@code RUNS} refreshes, each bringing one report that revises
 * the plan. Printed per run and as the median: the time from the refresh's last commit to the "Update:"
 * reply's arrival at Discord — reading the new articles against every open answer's claims, marking the
 * answer, sending — and, as the serve loop does next, to the follow update of the same story, for
 * comparison. Run with {@code bin/correction-benchmark [ANSWERS FEEDS RUNS]}.
 */
public final class CorrectionBenchmark {

    private static final String QUESTION = "How much will TSMC spend on capital this year?";
    /** Reports that each revise the plan, in words of their own (a copy of one report would be merged into it). */
    private static final List<String[]> REVISIONS = List.of(
            new String[] {"TSMC lifts its spending plan", "Fab Daily", "TSMC raised its capital spending plan for this year "
                    + "to $42 billion to expand advanced packaging. Executives pointed to orders from cloud providers."},
            new String[] {"TSMC board backs bigger budget", "Silicon Post", "TSMC increased its capital spending plan for "
                    + "this year to $43 billion as its board met in Hsinchu on Tuesday. Directors also approved a new "
                    + "research centre and a bond sale to pay for equipment."},
            new String[] {"Record quarter pushes TSMC budget up", "Taipei Tech Times", "TSMC lifted its capital spending "
                    + "plan for this year to $44 billion after a record quarter for its 3nm lines. Its chief executive told "
                    + "analysts on a call that demand from hyperscalers stays strong into next year."},
            new String[] {"TSMC adds billions for CoWoS", "Packaging Weekly", "TSMC boosted its capital spending plan for "
                    + "this year to $45 billion, citing orders for AI accelerators. Most of the money goes to CoWoS lines "
                    + "at its sites in central and southern Taiwan."},
            new String[] {"Filing shows higher TSMC outlay", "Exchange Watch", "TSMC raised its capital spending plan for "
                    + "this year to $46 billion, according to a filing with the stock exchange in Taipei. The filing listed "
                    + "new lithography tools for its Kaohsiung fab."});

    private CorrectionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Offline.enforce();
        int answers = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int feeds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path data = Files.createTempDirectory("wafer-correction-bench");
        NewsLibrary.sharedEmbedder().get(); // model load is start-up cost, not update cost
        try (ChangingNewsSite news = new ChangingNewsSite(); LoopbackNewsSite others = new LoopbackNewsSite(feeds, 20);
             FakeDiscord discord = new FakeDiscord();
             NewsLibrary library = NewsLibrary.open(DataFolder.open(data), NewsLibrary.Options.defaults().withStarter(false))) {
            library.ingest(List.of(CorrectionsBotTest.TSMC_PLAN), IndexProgress.NONE);
            var feedList = WaferServices.feedRefresher(library).feedList();
            feedList.load().forEach(feed -> feedList.remove(feed.url()));
            others.feedUrls().forEach(url -> feedList.add(url, false));
            FeedRefresher refresher = new FeedRefresher(new WebFetcher(FetchSettings.defaults().withHostDelay(Duration.ZERO)
                    .withAllowPrivateNetworks(true)), new FeedListFile(library.folder().feeds()), library.store(),
                    articles -> library.ingest(articles, IndexProgress.NONE), Clock.systemUTC());
            RefreshReport setup = refresher.refresh(List.of());
            feedList.add(news.feedUrl(), false);

            AnswerMemory memory = new AnswerMemory(library.folder().servers(), Duration.ofDays(Corrections.DEFAULT_WINDOW_DAYS));
            int remembered = rememberOthers(memory, library, answers - 1);
            Answer cited = library.extractiveAnswers().answer(Question.of(QUESTION));
            Corrections corrections = new Corrections(library.store(), memory, guild -> true, Clock.systemUTC());
            WaferBot.Services services = FollowBotTest.services(library, data.resolve("votes"));
            WaferBot bot = WaferBot.start("fake-token-abc", DiscordSettings.defaults().withApi(discord.restUrl(),
                    discord.gatewayUrl()).withModeratorGuilds(Set.of(FakeDiscord.GUILD)), services, corrections);
            List<Long> toUpdate = new ArrayList<>();
            List<Long> toFollow = new ArrayList<>();
            List<Long> finding = new ArrayList<>();
            try {
                bot.awaitReady(Duration.ofSeconds(30));
                System.out.printf("setup: %d other articles from %d feeds in %d ms; %d answers remembered%n",
                        setup.added(), setup.feeds().size(), setup.took().toMillis(), remembered + 1);
                for (int run = 0; run < runs; run++) {
                    long message = 9_000_000L + run;
                    corrections.remember(FakeDiscord.GUILD, FakeDiscord.CHANNEL, message, cited);
                    Follow follow = services.follows().follow(Follows.Place.channel(FakeDiscord.GUILD, FakeDiscord.CHANNEL,
                            8_000 + run), "TSMC capital spending", null, null);
                    String[] revision = REVISIONS.get(run % REVISIONS.size());
                    news.put("/news/tsmc-plan-" + run, revision[0], revision[1], "2025-10-%02dT09:00:00Z".formatted(10 + run),
                            revision[2]);
                    RefreshReport report = refresher.refresh(List.of());
                    long committed = System.nanoTime();
                    Instant since = Instant.now().minus(report.took()).minusSeconds(1); // as the serve loop asks
                    // The serve loop's order after a refresh: corrections, the digest, then follows.
                    int posted = bot.postCorrections(since);
                    bot.postFollows();
                    // Once more, now that the answer has its update: the same reading of every other open answer.
                    long findStart = System.nanoTime();
                    int due = corrections.pending(since).size();
                    finding.add(System.nanoTime() - findStart);
                    Call update = discord.await(replyTo(message), 1, Duration.ofSeconds(60)).getFirst();
                    long start = committed;
                    Call followed = discord.await(call -> FollowBotTest.isUpdate(call) && call.at() > start, 1,
                            Duration.ofSeconds(60)).getFirst();
                    toUpdate.add(update.at() - committed);
                    toFollow.add(followed.at() - committed);
                    System.out.printf("run %d: %d new articles, %d update posted (%d still due after); commit -> Update: %d ms,"
                            + " commit -> follow update: %d ms%n", run + 1, report.added(), posted, due,
                            (update.at() - committed) / 1_000_000, (followed.at() - committed) / 1_000_000);
                    services.follows().unfollow(Follows.Place.channel(FakeDiscord.GUILD, FakeDiscord.CHANNEL, 8_000 + run),
                            follow.id());
                }
            } finally {
                bot.close();
            }
            System.out.printf("finding alone (the new articles against %d open answers): median %d ms%n", remembered + 1,
                    median(finding));
            System.out.printf("refresh commit -> \"Update:\" reply at Discord: median %d ms of %d runs (max %d ms;"
                    + " target <= 5000 ms)%n", median(toUpdate), runs, toUpdate.stream().mapToLong(Long::longValue).max()
                    .orElse(0) / 1_000_000);
            System.out.printf("refresh commit -> follow update at Discord (after the corrections): median %d ms%n",
                    median(toFollow));
        }
    }

    /** Answers citing the other stories' opening sentences: claims the revising report leaves alone. */
    private static int rememberOthers(AnswerMemory memory, NewsLibrary library, int count) {
        List<Article> stored = library.store().importedFrom(Instant.EPOCH).stream()
                .filter(article -> article.published() != null && !article.url().equals(CorrectionsBotTest.TSMC_PLAN.url())).toList();
        Instant now = Instant.now();
        for (int i = 0; i < count && !stored.isEmpty(); i++) {
            Article article = stored.get(i % stored.size());
            String sentence = Sentences.split(article.body()).getFirst();
            memory.remember(new PostedAnswer(FakeDiscord.GUILD, FakeDiscord.CHANNEL, 1_000_000L + i, "What is new?", now,
                    List.of(new CitedClaim(sentence, article.url(), article.title(), article.publisher(), article.published(),
                            Figures.in(sentence))), null));
        }
        return Math.min(count, stored.isEmpty() ? 0 : count);
    }

    private static Predicate<Call> replyTo(long message) {
        return call -> call.is("POST", "/messages") && call.body().path("content").asText().startsWith("**Update:**")
                && call.body().path("message_reference").path("message_id").asText().equals(String.valueOf(message));
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1_000_000;
    }
}
