package dev.wafer.corpus.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.store.LuceneArticleStore;
import dev.wafer.corpus.store.WriteLock;
import dev.wafer.corpus.solr.ClusterException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedRefresherTest {

    private static final String RSS = "application/rss+xml; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";

    @TempDir
    Path folder;

    private FixtureWeb web;
    private LuceneArticleStore store;
    private FeedListFile feeds;
    private FeedRefresher refresher;
    private FetchSettings settings;

    @BeforeEach
    void startWeb() {
        web = new FixtureWeb();
        web.serve("/feeds/rss2.xml", 200, RSS, web.fill(FixtureWeb.text("rss2.xml")).getBytes(StandardCharsets.UTF_8),
                        Map.of("ETag", "\"rss2-v1\""), 0)
                .serveFile("/feeds/atom.xml", "application/atom+xml", "atom.xml")
                .serve("/feeds/rss1.rdf", 200, "application/rdf+xml",
                        web.fill(FixtureWeb.text("rss1.rdf")).getBytes(StandardCharsets.UTF_8), Map.of("Content-Encoding", "gzip"), 0)
                .serveFile("/feeds/truncated.xml", RSS, "truncated.xml")
                .serveFile("/feeds/page.html", HTML, "page-not-feed.html")
                .serve("/feeds/broken", 500, "text/plain", "database on fire".getBytes(StandardCharsets.UTF_8), Map.of(), 0)
                .serve("/feeds/slow", 200, RSS, "<rss version=\"2.0\"><channel><title>Slow</title></channel></rss>"
                        .getBytes(StandardCharsets.UTF_8), Map.of(), 3_000)
                .serve("/feeds/huge.xml", 200, RSS, hugeFeed(), Map.of(), 0)
                .serveFile("/chipledger/tsmc-cowos", HTML, "tsmc-cowos.html")
                // A wrong charset: the header says UTF-8, the bytes are Windows-1252 (as the page's meta says).
                .serve("/chipledger/hbm4", 200, HTML, FixtureWeb.bytes("hbm4-cp1252.html"), Map.of(), 0)
                .serveFile("/mirror/tsmc-cowos-copy", HTML, "tsmc-cowos-mirror.html")
                .serveFile("/wire/nvidia-blackwell", HTML, "nvidia-blackwell.html")
                .serveFile("/fabnotes/asml-euv", HTML, "asml-euv.html");
        store = LuceneArticleStore.open(folder.resolve("articles"));
        feeds = new FeedListFile(folder.resolve("feeds.json"));
        settings = FetchSettings.defaults().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1))
                .withMaxBytes(256 * 1024).withHostDelay(Duration.ZERO).withAllowPrivateNetworks(true);
        refresher = new FeedRefresher(new WebFetcher(settings), feeds, store, store::upsert, Clock.systemUTC());
        for (String feed : List.of("rss2.xml", "atom.xml", "rss1.rdf", "truncated.xml", "page.html", "broken", "slow", "huge.xml")) {
            feeds.add(web.url("/feeds/" + feed), false);
        }
        DefaultFeeds.URLS.forEach(feeds::remove);
    }

    @AfterEach
    void stopWeb() {
        web.close();
        store.close();
    }

    @Test
    void everyKindOfFeedIsReadAndEveryBrokenOneIsReportedInPlainWords() {
        RefreshReport report = refresher.refresh(List.of());

        Map<String, FeedReport> byFeed = byFeed(report);
        assertThat(byFeed.get("rss2.xml")).isEqualTo(new FeedReport(web.url("/feeds/rss2.xml"), true, 2, 0, 0, 2, null));
        assertThat(byFeed.get("atom.xml")).isEqualTo(new FeedReport(web.url("/feeds/atom.xml"), true, 1, 0, 1, 0, null));
        assertThat(byFeed.get("rss1.rdf")).isEqualTo(new FeedReport(web.url("/feeds/rss1.rdf"), true, 1, 0, 0, 1, null));
        assertThat(byFeed.get("truncated.xml").error()).startsWith("the feed is not valid RSS or Atom");
        assertThat(byFeed.get("page.html").error())
                .isEqualTo("this address serves a web page, not an RSS or Atom feed; the page names its feed: "
                        + web.url("/feeds/rss2.xml"));
        assertThat(byFeed.get("broken").error()).startsWith("the server answered HTTP 500");
        assertThat(byFeed.get("slow").error()).isEqualTo("timed out: no data for 1 s");
        assertThat(byFeed.get("huge.xml").error()).startsWith("the response is larger than 256 KB");
        assertThat(report.added()).isEqualTo(4);
        assertThat(report.allSucceeded()).isFalse();
        assertThat(store.all()).hasSize(4);
    }

    @Test
    void articlesAreCleanCanonicalCorrectlyDecodedAndDatedOnlyWhenTheSourceSaysSo() {
        refresher.refresh(List.of());

        Article tsmc = store.findByUrl(web.url("/chipledger/tsmc-cowos")).orElseThrow();
        assertThat(tsmc.url()).isEqualTo(web.url("/chipledger/tsmc-cowos")); // utm_* dropped, rel=canonical honoured
        assertThat(tsmc.publisher()).isEqualTo("Chip Ledger");
        assertThat(tsmc.published()).isEqualTo(Instant.parse("2025-10-14T08:30:00Z"));
        assertThat(tsmc.body()).contains("chip-on-wafer-on-substrate", "pricing for advanced packaging would rise")
                .doesNotContain("cookies", "Advertisement", "Related stories", "newsletter", "All rights reserved",
                        "Most popular", "Share on", "dataLayer");
        assertThat(tsmc.alsoReportedBy()).containsExactly("Foundry Mirror");

        Article hbm = store.findByUrl(web.url("/chipledger/hbm4")).orElseThrow();
        assertThat(hbm.body()).contains("customers’ next-generation", "about €1,000 more");
        assertThat(hbm.published()).isEqualTo(Instant.parse("2025-10-12T21:00:00Z")); // from JSON-LD

        Article nvidia = store.findByUrl(web.url("/wire/nvidia-blackwell")).orElseThrow();
        assertThat(nvidia.published()).isEqualTo(Instant.parse("2025-10-15T09:00:00Z"));

        Article asml = store.findByUrl(web.url("/fabnotes/asml-euv")).orElseThrow();
        assertThat(asml.published()).as("no date in feed or page: unknown, never guessed").isNull();
        assertThat(asml.publisher()).isEqualTo("Fab Notes");
    }

    @Test
    void aFeedItemDatedOutsideTheWebsLifetimeIsStoredUndated() {
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Chip Ledger</title><link>{{base}}/chipledger/</link>
                <item><title>TSMC doubles CoWoS packaging capacity for AI accelerators</title>
                  <link>{{base}}/chipledger/tsmc-cowos</link>
                  <description>The foundry converts an older fab to advanced packaging for Nvidia GPUs.</description>
                  <pubDate>Mon, 01 Jan 0001 00:00:00 GMT</pubDate></item>
                <item><title>Nvidia Blackwell GPUs ship to cloud providers</title>
                  <link>{{base}}/wire/nvidia-blackwell</link>
                  <description>The AI accelerator reaches the first cloud customers.</description>
                  <pubDate>Sat, 01 Jan 200000000 00:00:00 GMT</pubDate></item>
                </channel></rss>
                """;
        web.serve("/feeds/hostile.xml", RSS, feed.strip());
        // Pages that carry no date of their own, so the feed's date is the only one offered.
        web.serve("/chipledger/tsmc-cowos", HTML, "<html><head><title>TSMC doubles CoWoS</title></head><body><article><h1>TSMC"
                + " doubles CoWoS packaging capacity</h1><p>" + "TSMC is converting an older fab to CoWoS packaging for AI"
                + " accelerators from Nvidia and AMD. ".repeat(12) + "</p></article></body></html>");
        web.serve("/wire/nvidia-blackwell", HTML, "<html><head><title>Blackwell ships</title></head><body><article><h1>Nvidia"
                + " Blackwell GPUs ship</h1><p>" + "Nvidia's Blackwell AI accelerator GPUs reach cloud providers this quarter. "
                .repeat(12) + "</p></article></body></html>");
        feeds.add(web.url("/feeds/hostile.xml"), true);

        FeedReport report = refresher.refresh(List.of(web.url("/feeds/hostile.xml"))).feeds().get(0);

        assertThat(report.ok()).as(report.toString()).isTrue();
        assertThat(report.added()).isEqualTo(2);
        assertThat(store.findByUrl(web.url("/chipledger/tsmc-cowos")).orElseThrow().published()).isNull();
        assertThat(store.findByUrl(web.url("/wire/nvidia-blackwell")).orElseThrow().published()).isNull();
    }

    @Test
    void aRefreshWhileAnotherProcessWritesTheSharedCorpusIsRefusedBeforeFetchingAnything() {
        AtomicBoolean otherWriterDone = new AtomicBoolean();
        WriteLock someoneElseWrites = task -> {
            if (!otherWriterDone.get()) {
                throw new IllegalStateException("Another Wafer process (2211@bot-2) has been writing the shared corpus"
                        + " since 04:02:11 UTC (a feed refresh); this was not run. Try again when it finishes.");
            }
            return () -> { };
        };
        FeedRefresher second = new FeedRefresher(new WebFetcher(settings), feeds, store, store::upsert,
                Clock.systemUTC(), someoneElseWrites);

        assertThatThrownBy(() -> second.refresh(List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2211@bot-2");

        assertThat(web.requests).isEmpty();
        assertThat(store.stats().articles()).isZero();
        otherWriterDone.set(true);
        assertThat(second.refresh(List.of(web.url("/feeds/rss2.xml"))).added())
                .as("once the other writer is done, this refresher runs: the refusal left it unlocked").isPositive();
    }

    @Test
    void aSecondRefreshAsksConditionallyAndAddsNothingTwice() {
        refresher.refresh(List.of(web.url("/feeds/rss2.xml"), web.url("/feeds/atom.xml")));
        long pagesFetched = web.count("/chipledger/tsmc-cowos");

        RefreshReport again = refresher.refresh(List.of(web.url("/feeds/rss2.xml"), web.url("/feeds/atom.xml")));

        assertThat(again.added()).isZero();
        assertThat(web.requests).filteredOn(seen -> seen.path().equals("/feeds/rss2.xml"))
                .last().satisfies(seen -> assertThat(seen.headers()).containsEntry("if-none-match", "\"rss2-v1\""));
        assertThat(byFeed(again).get("atom.xml").duplicates()).isEqualTo(2);
        assertThat(web.count("/chipledger/tsmc-cowos")).isEqualTo(pagesFetched);
        assertThat(store.all()).hasSize(3);
        assertThat(feeds.find(web.url("/feeds/rss2.xml")).orElseThrow())
                .satisfies(feed -> {
                    assertThat(feed.lastStatus()).isEqualTo("ok");
                    assertThat(feed.articlesContributed()).isEqualTo(2);
                    assertThat(feed.etag()).isEqualTo("\"rss2-v1\"");
                });
    }

    @Test
    void aPageReachedThroughAnAggregatorIsCreditedToTheOutletThePageNames() throws Exception {
        // Three sites, one story each: the feed gathers other outlets' news, so its own title names none of them.
        try (FixtureWeb other = new FixtureWeb(InetAddress.getByName("127.0.0.2"), 0)) {
            String otherSite = "http://127.0.0.2:" + other.port();
            other.serveFile("/copyright", HTML, "outlet-copyright.html").serveFile("/unnamed", HTML, "outlet-unnamed.html");
            web.serveFile("/outlet/title", HTML, "outlet-title.html").serveFile("/outlet/masthead", HTML, "outlet-masthead.html");
            web.serve("/feeds/gathered.xml", RSS, rss("Chip Headlines Roundup", web.url("/outlet/title"),
                    web.mirror() + "/outlet/masthead", otherSite + "/copyright", otherSite + "/unnamed"));
            feeds.add(web.url("/feeds/gathered.xml"), true);

            refresher.refresh(List.of(web.url("/feeds/gathered.xml")));

            assertThat(store.findByUrl(web.url("/outlet/title")).orElseThrow().publisher()).isEqualTo("Wafer Street Journal");
            assertThat(store.findByUrl(web.mirror() + "/outlet/masthead").orElseThrow().publisher()).isEqualTo("Gate Oxide Daily");
            assertThat(store.findByUrl(otherSite + "/copyright").orElseThrow().publisher()).isEqualTo("Photomask Media Group");
            assertThat(store.findByUrl(otherSite + "/unnamed").orElseThrow().publisher())
                    .as("a page that names nobody, through an aggregator: its host, never the aggregator's title")
                    .isEqualTo("127.0.0.2");
        }
    }

    @Test
    void aPageThatNamesNobodyIsCreditedToItsOwnSitesFeed() {
        web.serveFile("/outlet/unnamed", HTML, "outlet-unnamed.html");
        web.serve("/feeds/own.xml", RSS, rss("Lithography Notes", web.url("/outlet/unnamed")));
        feeds.add(web.url("/feeds/own.xml"), true);

        refresher.refresh(List.of(web.url("/feeds/own.xml")));

        assertThat(store.findByUrl(web.url("/outlet/unnamed")).orElseThrow().publisher()).isEqualTo("Lithography Notes");
    }

    private static String rss(String title, String... links) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < links.length; i++) {
            items.append("<item><title>Accelerator moves to two-nanometre process, part ").append(i + 1).append("</title><link>")
                    .append(links[i]).append("</link><pubDate>Tue, 14 Oct 2025 08:30:00 GMT</pubDate></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title + "</title>" + items + "</channel></rss>";
    }

    @Test
    void aFeedMarkedAllTopicsKeepsItsOffTopicItems() {
        feeds.add(web.url("/feeds/rss2.xml"), true);

        RefreshReport report = refresher.refresh(List.of(web.url("/feeds/rss2.xml")));

        assertThat(report.feeds().get(0).offTopic()).isZero();
        assertThat(report.added()).isEqualTo(4);
    }

    @Test
    void failedFeedsAreRememberedWithTheirReason() {
        refresher.refresh(List.of(web.url("/feeds/broken")));

        Feed broken = feeds.find(web.url("/feeds/broken")).orElseThrow();
        assertThat(broken.lastStatus()).isEqualTo("failed");
        assertThat(broken.lastError()).contains("HTTP 500");
        assertThat(broken.lastFetched()).isNotNull();
    }

    @Test
    void aClusterThatRefusesOneFeedsArticlesFailsThatFeedWithItsReasonAndTheOthersGoOn() {
        AtomicBoolean refused = new AtomicBoolean();
        FeedRefresher refreshing = new FeedRefresher(new WebFetcher(settings), feeds, store, articles -> {
            if (refused.compareAndSet(false, true)) {
                throw new ClusterException("Solr refused /wafer_articles/update: HTTP 500 disk full");
            }
            return store.upsert(articles);
        }, Clock.systemUTC());

        RefreshReport report = refreshing.refresh(List.of(web.url("/feeds/rss2.xml"), web.url("/feeds/atom.xml")));

        assertThat(report.feeds()).extracting(FeedReport::ok).containsExactly(false, true);
        assertThat(report.feeds().get(0).error()).isEqualTo("Solr refused /wafer_articles/update: HTTP 500 disk full");
        assertThat(report.feeds().get(1).added()).as("its own story, and the one the refused feed also carried")
                .isEqualTo(2);
        assertThat(store.all()).hasSize(2);
        assertThat(feeds.find(web.url("/feeds/rss2.xml")).orElseThrow().lastError())
                .as("the refused feed is remembered as failed, so the next refresh reads it again")
                .isEqualTo("Solr refused /wafer_articles/update: HTTP 500 disk full");
    }

    @Test
    void aModeratorsLinkIsAddedOnceAndASyndicatedCopyIsRecordedOnTheOriginal() {
        PageImport first = refresher.addUrl(web.url("/chipledger/tsmc-cowos?utm_campaign=x#top"));
        PageImport again = refresher.addUrl(web.url("/chipledger/tsmc-cowos"));
        PageImport copy = refresher.addUrl(web.mirror() + "/mirror/tsmc-cowos-copy");

        assertThat(first.outcome()).isEqualTo(PageImport.Outcome.ADDED);
        assertThat(again.outcome()).isEqualTo(PageImport.Outcome.ALREADY_STORED);
        assertThat(copy.outcome()).isEqualTo(PageImport.Outcome.SYNDICATED_COPY);
        assertThat(copy.article().id()).isEqualTo(first.article().id());
        assertThat(store.all()).singleElement().satisfies(article ->
                assertThat(article.alsoReportedBy()).containsExactly("Foundry Mirror"));
        assertThatThrownBy(() -> refresher.addUrl(web.url("/nowhere")))
                .isInstanceOf(FetchException.class).hasMessageEndingWith("the server answered HTTP 404 (Not Found)");
    }

    @Test
    void robotsTxtIsHonoured() {
        web.serve("/robots.txt", "text/plain", "User-agent: wafer\nDisallow: /private/\n")
                .serveFile("/private/feed.xml", RSS, "rss2.xml");

        RefreshReport report = refresher.refresh(List.of(web.url("/private/feed.xml")));

        assertThat(report.feeds().get(0).error()).isEqualTo("not fetched: robots.txt of 127.0.0.1 does not allow Wafer"
                + " to fetch /private/feed.xml");
        assertThat(web.count("/private/feed.xml")).isZero();
    }

    @Test
    void aFeedThatTricklesPastItsDeadlineFailsAndTheOtherFeedsGoOn() {
        // One byte every 200 ms never trips the 1 s read timeout; only the fetch's deadline ends it.
        web.trickle("/feeds/drip.xml", RSS, "<rss version=\"2.0\"><channel><title>Drip</title></channel></rss>", 200);
        FeedRefresher bounded = new FeedRefresher(new WebFetcher(settings.withDeadlines(Duration.ofMillis(1500),
                Duration.ofMinutes(5))), feeds, store, store::upsert, Clock.systemUTC());

        RefreshReport report = bounded.refresh(List.of(web.url("/feeds/drip.xml"), web.url("/feeds/rss2.xml")));

        assertThat(byFeed(report).get("drip.xml").error()).startsWith("took longer than 1500 ms in all; Wafer gave up");
        assertThat(byFeed(report).get("rss2.xml")).isEqualTo(new FeedReport(web.url("/feeds/rss2.xml"), true, 2, 0, 0, 2, null));
        assertThat(store.all()).hasSize(2);
    }

    @Test
    void aRefreshOverItsBudgetKeepsWhatItReadAndTheNextRefreshReadsTheRest() {
        web.serve("/chipledger/tsmc-cowos", 200, HTML, web.fill(FixtureWeb.text("tsmc-cowos.html")).getBytes(StandardCharsets.UTF_8),
                Map.of(), 800);
        FeedRefresher hurried = new FeedRefresher(new WebFetcher(settings.withDeadlines(Duration.ofSeconds(5),
                Duration.ofMillis(400))), feeds, store, store::upsert, Clock.systemUTC());

        FeedReport cut = hurried.refresh(List.of(web.url("/feeds/rss2.xml"))).feeds().get(0);

        assertThat(cut.ok()).isFalse();
        assertThat(cut.added()).isEqualTo(1);
        assertThat(cut.error()).startsWith("the refresh's budget of 400 ms ran out after 1 of 4 items")
                .endsWith("what was read is stored, the next refresh reads the rest");
        assertThat(feeds.find(web.url("/feeds/rss2.xml")).orElseThrow().etag())
                .as("validators not kept, so the next refresh reads the feed again").isNull();

        FeedReport rest = refresher.refresh(List.of(web.url("/feeds/rss2.xml"))).feeds().get(0);

        assertThat(rest).isEqualTo(new FeedReport(web.url("/feeds/rss2.xml"), true, 1, 0, 1, 2, null));
        assertThat(store.all()).hasSize(2);
    }

    private Map<String, FeedReport> byFeed(RefreshReport report) {
        return report.feeds().stream().collect(Collectors.toMap(
                feed -> feed.url().substring(feed.url().lastIndexOf('/') + 1), Function.identity()));
    }

    private static byte[] hugeFeed() {
        byte[] body = new byte[2 * 1024 * 1024];
        Arrays.fill(body, (byte) ' ');
        byte[] head = "<rss version=\"2.0\"><channel><title>Huge</title>".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, body, 0, head.length);
        return body;
    }
}
