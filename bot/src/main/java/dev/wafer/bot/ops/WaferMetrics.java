package dev.wafer.bot.ops;

import dev.wafer.corpus.source.Feed;
import dev.wafer.corpus.source.FeedReport;
import dev.wafer.corpus.source.RefreshReport;
import dev.wafer.corpus.solr.SolrTraffic;
import dev.wafer.retrieval.answer.Answer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What an operator graphs: questions, answer and search latency (histograms), abstentions, language
 * model fallbacks by reason, refresh results per feed, articles, Discord gateway latency and shard
 * status, and on a shared corpus the Solr cluster's requests — kept by Micrometer and written in
 * Prometheus's text format for {@code /metrics}.
 */
public final class WaferMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter questions = Counter.builder("wafer.questions").description("Questions answered").register(registry);
    private final Counter abstentions = Counter.builder("wafer.abstentions")
            .description("Questions the news did not cover (declined)").register(registry);
    private final Timer answers = Timer.builder("wafer.answer").description("Time from question to answer")
            .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(60))
            .register(registry);
    private final Timer searches = Timer.builder("wafer.search").description("Time spent finding an answer's sources")
            .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
            .register(registry);

    /** Records one answer as a user got it. */
    public void answered(Answer answer) {
        questions.increment();
        if (answer.abstained()) {
            abstentions.increment();
        }
        answers.record(answer.took());
        searches.record(answer.searchTook());
        answer.fallback().ifPresent(reason -> Counter.builder("wafer.llm.fallbacks")
                .description("Answers given extractively although a language model is configured")
                .tag("reason", reasonKind(reason)).register(registry).increment());
    }

    /**
     * Records a refresh: each feed's outcome and what it added, labelled with the feed's address as
     * shown (credentials and keys redacted). The first {@value #MAX_FEED_LABELS} feeds get a label of
     * their own and the rest are counted together as {@code feed="other"}: a scrape stays a few KB however
     * many feeds are configured, and the feeds a moderator watches most (configured first) stay distinct.
     */
    public void refreshed(RefreshReport report) {
        for (FeedReport feed : report.feeds()) {
            String label = feedLabel(Feed.shown(feed.url()));
            Counter.builder("wafer.refresh.feeds").description("Feed reads by outcome").tag("feed", label)
                    .tag("status", feed.status()).register(registry).increment();
            Counter.builder("wafer.refresh.articles.added").tag("feed", label).register(registry).increment(feed.added());
        }
    }

    /** Feeds with a label of their own in /metrics; beyond this, "other". */
    static final int MAX_FEED_LABELS = 100;
    static final String OTHER_FEEDS = "other";
    private final Set<String> labelledFeeds = ConcurrentHashMap.newKeySet();

    private String feedLabel(String shown) {
        if (labelledFeeds.contains(shown)) {
            return shown;
        }
        synchronized (labelledFeeds) {
            if (labelledFeeds.size() < MAX_FEED_LABELS) {
                labelledFeeds.add(shown);
                return shown;
            }
        }
        return OTHER_FEEDS;
    }

    /** Gauges read when scraped: the corpus size, and Discord's gateway ping and shard states once the bot runs. */
    public void watchArticles(Supplier<Number> articles) {
        Gauge.builder("wafer.articles", () -> articles.get().doubleValue()).description("Stored articles").register(registry);
    }

    /**
     * The Solr cluster as this process meets it, read when scraped: requests by how they ended, their
     * time (waiting on other nodes included), and the tries a node could not answer — the first sign of a
     * node going down, long before a question is lost.
     */
    public void watchCluster(SolrTraffic traffic) {
        for (SolrTraffic.Outcome outcome : SolrTraffic.Outcome.values()) {
            FunctionCounter.builder("wafer.solr.requests", traffic, seen -> seen.requests(outcome))
                    .description("Requests to the Solr cluster by how they ended")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry);
        }
        FunctionTimer.builder("wafer.solr.request", traffic, SolrTraffic::requests, SolrTraffic::seconds, TimeUnit.SECONDS)
                .description("Time Solr requests took, trying other nodes included").register(registry);
        FunctionCounter.builder("wafer.solr.node.trouble", traffic, SolrTraffic::nodeTrouble)
                .description("Tries a Solr node could not answer (down, refusing, a shard copy not live), sent on to the next")
                .register(registry);
    }

    /**
     * Gauges for each shard this process owns (all of them, or its range), read when scraped: whether it
     * is connected, its gateway heartbeat's round trip, and its servers (Discord allows at most 2,500 a
     * shard); and the heartbeat averaged over the connected ones.
     */
    public void watchDiscord(DiscordShards discord) {
        Gauge.builder("wafer.discord.gateway.ping", () -> discord.shards().stream().filter(ShardState::connected)
                        .mapToLong(ShardState::pingMillis).filter(ping -> ping >= 0).average().orElse(-1))
                .description("Discord gateway heartbeat latency, averaged over the connected shards (-1: none measured)")
                .baseUnit("milliseconds").register(registry);
        for (ShardState owned : discord.shards()) {
            String shard = String.valueOf(owned.shard());
            Gauge.builder("wafer.discord.shard.connected", () -> shard(discord, owned.shard()).connected() ? 1 : 0)
                    .description("1 while the shard is connected to Discord's gateway").tag("shard", shard).register(registry);
            Gauge.builder("wafer.discord.shard.gateway.ping", () -> shard(discord, owned.shard()).pingMillis())
                    .description("The shard's gateway heartbeat latency (-1 before the first)").baseUnit("milliseconds")
                    .tag("shard", shard).register(registry);
            Gauge.builder("wafer.discord.shard.guilds", () -> shard(discord, owned.shard()).guilds())
                    .description("Servers on the shard (Discord allows at most 2,500)").tag("shard", shard).register(registry);
        }
    }

    private static ShardState shard(DiscordShards discord, int id) {
        return discord.shards().stream().filter(state -> state.shard() == id).findFirst()
                .orElseThrow(() -> new IllegalStateException("shard " + id + " is no longer listed"));
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    /** Fallback reasons grouped into a few stable label values (the full reason is in the log). */
    static String reasonKind(String reason) {
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("did not answer within")) {
            return "timeout";
        }
        if (lower.contains("rate-limited")) {
            return "rate_limited";
        }
        if (lower.contains("could not be reached")) {
            return "unreachable";
        }
        if (lower.contains("citation checks")) {
            return "checks";
        }
        if (lower.contains("api key")) {
            return "auth";
        }
        return "error";
    }
}
