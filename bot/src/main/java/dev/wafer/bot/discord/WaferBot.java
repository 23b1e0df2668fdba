package dev.wafer.bot.discord;

import dev.wafer.bot.app.AfterRefresh;
import dev.wafer.bot.app.Answerer;
import dev.wafer.bot.app.Conversations;
import dev.wafer.bot.app.Corrections;
import dev.wafer.bot.app.ModeratorActions;
import dev.wafer.bot.app.Status;
import dev.wafer.bot.follow.Follows;
import dev.wafer.bot.feedback.RecentAnswers;
import dev.wafer.bot.feedback.VoteStore;
import dev.wafer.bot.limits.AnswerExecutor;
import dev.wafer.bot.limits.RateLimiter;
import dev.wafer.bot.ops.DiscordShards;
import dev.wafer.bot.ops.ShardState;
import java.time.Clock;
import dev.wafer.bot.settings.ServerSettingsStore;
import dev.wafer.corpus.source.RefreshReport;
import dev.wafer.retrieval.digest.DigestBuilder;
import dev.wafer.retrieval.digest.DigestLedger;
import dev.wafer.retrieval.timeline.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import dev.wafer.bot.review.ReviewQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wafer on Discord: a JDA shard manager whose listeners route to the plain services. Closing it
 * stops taking questions, lets the ones in flight finish and be delivered, then disconnects. The
 * caller still owns (and closes) the services.
 */
public final class WaferBot implements AutoCloseable, DiscordShards {

    private static final Logger LOG = LoggerFactory.getLogger(WaferBot.class);
    /**
     * Only what mentions need: guild messages (Discord shows their text to a bot only when it is
     * mentioned, so the privileged message-content intent is not asked for). Slash commands and
     * buttons need no intent at all.
     */
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES);
    private static final Duration GRACE = Duration.ofSeconds(30);
    static final int MODERATOR_QUEUE = 4;

    /** The plain services the bot routes to. */
    public record Services(Answerer answerer, Supplier<Status> status, ModeratorActions moderatorActions,
                           VoteStore votes, Clock clock, Timelines timelines, DigestBuilder digests, DigestLedger digestLedger,
                           ServerSettingsStore servers, Follows follows, ReviewQueue review) {

        /** Services that keep no questions for review: /review then says it is not available. */
        public Services(Answerer answerer, Supplier<Status> status, ModeratorActions moderatorActions, VoteStore votes,
                        Clock clock, Timelines timelines, DigestBuilder digests, DigestLedger digestLedger,
                        ServerSettingsStore servers, Follows follows) {
            this(answerer, status, moderatorActions, votes, clock, timelines, digests, digestLedger, servers, follows, null);
        }

        /** Services without follows: /follow then says it is not available. */
        public Services(Answerer answerer, Supplier<Status> status, ModeratorActions moderatorActions, VoteStore votes,
                        Clock clock, Timelines timelines, DigestBuilder digests, DigestLedger digestLedger,
                        ServerSettingsStore servers, ReviewQueue review) {
            this(answerer, status, moderatorActions, votes, clock, timelines, digests, digestLedger, servers, null, review);
        }

        /** Services without follows or review. */
        public Services(Answerer answerer, Supplier<Status> status, ModeratorActions moderatorActions, VoteStore votes,
                        Clock clock, Timelines timelines, DigestBuilder digests, DigestLedger digestLedger,
                        ServerSettingsStore servers) {
            this(answerer, status, moderatorActions, votes, clock, timelines, digests, digestLedger, servers, null, null);
        }

        /** Services without per-server settings: /settings then says it is not available. */
        public Services(Answerer answerer, Supplier<Status> status, ModeratorActions moderatorActions, VoteStore votes,
                        Clock clock, Timelines timelines, DigestBuilder digests, DigestLedger digestLedger) {
            this(answerer, status, moderatorActions, votes, clock, timelines, digests, digestLedger, null, null, null);
        }

        /** Services without timelines or a digest: /timeline then says it is not available. */
        public Services(Answerer answerer, Supplier<Status> status, ModeratorActions moderatorActions, VoteStore votes,
                        Clock clock) {
            this(answerer, status, moderatorActions, votes, clock, (topic, since, until) -> {
                throw new IllegalStateException("Timelines are not available here.");
            }, null, null, null, null, null);
        }
    }

    /** Builds a story's timeline; {@code since} and {@code until} may be null. */
    @FunctionalInterface
    public interface Timelines {
        Timeline build(String topic, LocalDate since, LocalDate until);
    }

    private final ShardManager shards;
    private final AnswerExecutor answers;
    private final ExecutorService moderatorPool;
    private final DigestPoster digest;
    private final ServerDigests serverDigests;
    private final ScheduledExecutorService digestClock;
    private final Follows follows;
    private final FollowPoster followPoster;
    private final CorrectionPoster corrections;
    // Stored-at stamps come from the system clock, whatever clock the services were given.
    private final AfterRefresh afterRefresh = new AfterRefresh(new AfterRefresh.Posts() {
        @Override
        public void corrections(Instant articlesSince) {
            postCorrections(articlesSince);
        }

        @Override
        public void digests() {
            postDigest();
        }

        @Override
        public void follows() {
            postFollows();
        }
    }, Clock.systemUTC());
    /** The shards this process runs, of {@link #total}. */
    private final List<Integer> owned;
    private final int total;

    private WaferBot(ShardManager shards, List<Integer> owned, AnswerExecutor answers, ExecutorService moderatorPool,
                     DigestPoster digest, ServerDigests serverDigests, Follows follows, FollowPoster followPoster,
                     CorrectionPoster corrections) {
        this.follows = follows;
        this.followPoster = followPoster;
        this.shards = shards;
        this.corrections = corrections;
        // Known once built: the shard manager asks Discord for the total before it returns, when it was not set.
        this.total = shards.getShardsTotal();
        this.owned = owned.isEmpty() ? IntStream.range(0, total).boxed().toList() : List.copyOf(owned);
        this.answers = answers;
        this.moderatorPool = moderatorPool;
        this.digest = digest;
        this.serverDigests = serverDigests;
        this.digestClock = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("wafer-digest").daemon().factory());
        if (digest != null || serverDigests != null) {
            // Daily and weekly digests come due on their own; "after each refresh" ones are posted by postDigest.
            digestClock.scheduleWithFixedDelay(() -> runDigest(false), 10, 10, TimeUnit.MINUTES);
        }
        if (follows != null) {
            // Updates held by quiet hours go out when those end, without waiting for the next refresh.
            digestClock.scheduleWithFixedDelay(this::postFollows, 10, 10, TimeUnit.MINUTES);
        }
    }

    /**
     * Posts what follows a refresh — corrections, the shared and each server's digest, follow updates —
     * whether the schedule or a moderator's {@code /refresh} ran it; called after the refresh's last commit.
     */
    public void afterRefresh(RefreshReport report) {
        afterRefresh.run(report);
    }

    /**
     * Posts the follow updates due in the servers this process runs (and direct messages, from shard 0's
     * process); called after each refresh's last commit. Returns how many were posted.
     */
    public int postFollows() {
        if (follows == null) {
            return 0;
        }
        try {
            return follows.deliver(followPoster);
        } catch (RuntimeException e) {
            LOG.warn("Follow updates could not be posted: {}", e.toString(), e);
            return 0;
        }
    }

    /**
     * Every shard this process owns — its {@code WAFER_DISCORD_SHARD_IDS}, or all of them — with its state
     * now. A shard JDA has not built yet (waiting its turn to log in, or being restarted) is
     * {@link ShardState#QUEUED}: it must not vanish from the health check while it is down.
     */
    @Override
    public List<ShardState> shards() {
        List<ShardState> states = new ArrayList<>();
        for (int id : owned) {
            JDA shard = shards.getShardById(id);
            states.add(shard == null ? new ShardState(id, total, ShardState.QUEUED, -1, 0)
                    : new ShardState(id, total, shard.getStatus().name(), shard.getGatewayPing(),
                    (int) shard.getGuildCache().size()));
        }
        return states;
    }

    /** Posts the news digest if one is set up and due; called after each refresh's last commit. */
    public Optional<DigestPoster.Outcome> postDigest() {
        return digest == null && serverDigests == null ? Optional.empty() : Optional.of(runDigest(true));
    }

    /**
     * Posts an "Update:" in the thread of each remembered answer that articles stored at or after
     * {@code articlesSince} change (servers with corrections on); called after each refresh's last
     * commit. Returns how many were posted; 0 when corrections are not set up.
     */
    public int postCorrections(Instant articlesSince) {
        if (corrections == null) {
            return 0;
        }
        try {
            return corrections.post(articlesSince);
        } catch (RuntimeException e) {
            LOG.warn("The corrections could not be checked: {}", e.toString(), e);
            return 0;
        }
    }

    /** The shared digest's outcome (each server's own digest is posted too, and logged). */
    private DigestPoster.Outcome runDigest(boolean afterRefresh) {
        if (serverDigests != null) {
            serverDigests.post(afterRefresh);
        }
        if (digest == null) {
            return DigestPoster.Outcome.OFF;
        }
        try {
            return digest.post(afterRefresh);
        } catch (RuntimeException e) {
            LOG.warn("The news digest could not be posted: {}", e.toString(), e);
            return DigestPoster.Outcome.CANNOT_POST;
        }
    }

    /**
     * One moderator command at a time (they change the shared corpus), and only a few waiting: a
     * moderator who keeps clicking is told the bot is busy rather than queueing work without end.
     */
    static ExecutorService moderatorPool() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(MODERATOR_QUEUE),
                Thread.ofPlatform().name("wafer-moderator").daemon().factory());
    }

    /**
     * Logs in and registers the commands. Fails with a message a person can act on (never
     * containing the token) when Discord refuses the token or cannot be reached.
     */
    public static WaferBot start(String token, DiscordSettings settings, Services services) {
        return start(token, settings, services, null);
    }

    /**
     * Starts as {@link #start(String, DiscordSettings, Services)}, remembering the answers posted in
     * servers so {@link #postCorrections} can update them.
     *
     * @param corrections the answer memory and change finder, or null for no corrections
     */
    public static WaferBot start(String token, DiscordSettings settings, Services services, Corrections corrections) {
        Messages.denyAllMentionsByDefault();
        AnswerExecutor answers = new AnswerExecutor(settings.threads(), settings.queue(), settings.perGuild(),
                new RateLimiter(settings.questionsPerMinute(), Duration.ofMinutes(1), services.clock()));
        ExecutorService moderatorPool = moderatorPool();
        RecentAnswers recent = new RecentAnswers(10_000);
        AnswerFlow flow = new AnswerFlow(services.answerer(), answers, recent, corrections);
        DigestPoster[] digest = new DigestPoster[1];
        ServerDigests[] serverDigests = new ServerDigests[1];
        FollowPoster[] followPoster = new FollowPoster[1];
        WaferBot[] started = new WaferBot[1];
        InteractionRouter router = new InteractionRouter(flow, services.timelines(), services.status(),
                services.moderatorActions(),
                new Moderators(settings.moderatorRole(), settings.moderatorGuilds()), moderatorPool, recent, services.votes(), services.clock(),
                () -> digest[0], services.servers(), () -> serverDigests[0],
                services.follows() == null ? null : new FollowCommands(services.follows(),
                        new Moderators(settings.moderatorRole(), settings.moderatorGuilds())),
                report -> Optional.ofNullable(started[0]).ifPresent(bot -> bot.afterRefresh(report)), services.review());
        MentionListener mentions = new MentionListener(flow, new Conversations(1_000), settings, services.servers(),
                services.review());

        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(token, INTENTS)
                .setShardsTotal(settings.shards().orElse(-1))
                .setSessionController(new GatewayOverride(settings.gatewayUrl()))
                .setEnableShutdownHook(false)
                .addEventListeners(router, mentions, new CommandRegistrar(settings.guild(), settings.moderatorGuilds()));
        if (services.servers() != null) {
            builder.addEventListeners(new ServerLeaveListener(services.servers(), services.follows()));
        }
        if (settings.apiUrl() != null) {
            builder.setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()));
        }
        if (!settings.shardIds().isEmpty()) {
            // A range of the shards: other processes run the rest, and Discord sends each server's events to one.
            builder.setShards(settings.shardIds());
        }
        try {
            ShardManager shards = builder.build();
            if (services.digests() != null) {
                digest[0] = new DigestPoster(shards, services.digests(), services.digestLedger(), services.clock());
                digest[0].configureFromEnvironment(settings.digestChannel(), settings.digestEvery());
            }
            if (services.digests() != null && services.servers() != null) {
                serverDigests[0] = new ServerDigests(shards, services.digests(), services.servers(), services.clock());
            }
            if (services.follows() != null) {
                followPoster[0] = new FollowPoster(shards);
            }
            started[0] = new WaferBot(shards, settings.shardIds(), answers, moderatorPool, digest[0], serverDigests[0],
                    services.follows(), followPoster[0], corrections == null ? null : new CorrectionPoster(shards, corrections));
            return started[0];
        } catch (RuntimeException e) {
            answers.close();
            moderatorPool.shutdownNow();
            if (refusedToken(e)) {
                // No cause attached: nothing that could carry the token travels further.
                throw new IllegalStateException("Discord refused the bot token. Copy a fresh one from the Developer "
                        + "Portal (Bot → Reset Token) into DISCORD_TOKEN or the --token-file.");
            }
            throw new IllegalStateException("Could not connect to Discord"
                    + (settings.apiUrl() == null ? "" : " at " + settings.apiUrl()) + ": " + describe(e)
                    + ". Check the network" + (settings.apiUrl() == null ? "" : " and WAFER_DISCORD_API_URL") + ".", e);
        }
    }

    /** Waits until every shard this process owns has connected and received its servers. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ShardState> states;
        while (!(states = shards()).stream().allMatch(ShardState::connected)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Discord did not finish connecting in " + timeout.toSeconds() + " s: "
                        + states.stream().filter(shard -> !shard.connected())
                        .map(shard -> "shard " + shard.shard() + " is " + shard.status()).collect(Collectors.joining(", ")));
            }
            Thread.sleep(20);
        }
    }

    /** "Wafer in 3 servers, 1 shard", or with a range "Wafer in 2 servers, shards 0-1 of 4" */
    public String describe() {
        String servers = shards.getShards().getFirst().getSelfUser().getName() + " in " + shards.getGuildCache().size()
                + " servers, ";
        if (owned.size() == total) {
            return servers + total + (total == 1 ? " shard" : " shards");
        }
        return servers + (owned.size() == 1 ? "shard " : "shards ") + ranges(owned) + " of " + total;
    }

    /** 0,1,2,5 as "0-2,5". */
    static String ranges(List<Integer> ids) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            int first = ids.get(i);
            while (i + 1 < ids.size() && ids.get(i + 1) == ids.get(i) + 1) {
                i++;
            }
            text.append(text.isEmpty() ? "" : ",").append(first).append(ids.get(i) == first ? "" : "-" + ids.get(i));
        }
        return text.toString();
    }

    @Override
    public void close() {
        LOG.info("Shutting down: finishing the answers in flight");
        if (!answers.shutdown(GRACE)) {
            LOG.warn("Some answers were still running after {} s", GRACE.toSeconds());
        }
        digestClock.shutdownNow();
        moderatorPool.shutdown();
        try {
            if (!moderatorPool.awaitTermination(GRACE.toSeconds(), TimeUnit.SECONDS)) {
                moderatorPool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        shards.shutdown();
    }

    private static boolean refusedToken(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidTokenException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
