package dev.wafer.bot;

import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.source.FeedRefresher;
import dev.wafer.corpus.source.FetchSettings;
import dev.wafer.corpus.source.RefreshReport;
import dev.wafer.corpus.source.WebFetcher;
import dev.wafer.corpus.source.FeedListFile;
import dev.wafer.corpus.store.LuceneArticleStore;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.index.IndexProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Times a refresh of 10 feeds × 20 items on loopback (a benchmark, not a test): once into the full
 * library (fetch, extract, dedupe, embed, commit), once into a bare article store to show what the
 * fetching side costs alone, and a second full refresh when nothing is new. Run with
 * {@code bin/refresh-benchmark}.
 */
public final class RefreshBenchmark {

    private RefreshBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Offline.enforce();
        int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        FetchSettings settings = FetchSettings.defaults().withHostDelay(Duration.ZERO).withAllowPrivateNetworks(true);
        try (LoopbackNewsSite site = new LoopbackNewsSite(feeds, items)) {
            Path storeOnly = Files.createTempDirectory("wafer-bench-store");
            try (LuceneArticleStore store = LuceneArticleStore.open(storeOnly.resolve("articles"))) {
                FeedRefresher refresher = new FeedRefresher(new WebFetcher(settings), feedList(storeOnly, site), store,
                        store::upsert, Clock.systemUTC());
                print("fetch + extract + dedupe + store (no embedding)", refresher.refresh(List.of()));
            }

            Path full = Files.createTempDirectory("wafer-bench-library");
            NewsLibrary.sharedEmbedder().get(); // model load is start-up cost, not refresh cost
            try (NewsLibrary library = NewsLibrary.open(DataFolder.open(full), NewsLibrary.Options.defaults().withStarter(false))) {
                FeedRefresher refresher = new FeedRefresher(new WebFetcher(settings), feedList(full, site), library.store(),
                        articles -> library.ingest(articles, IndexProgress.NONE), Clock.systemUTC());
                java.time.Instant before = java.time.Instant.now();
                print("full refresh (fetch, extract, dedupe, embed, commit)", refresher.refresh(List.of()));
                System.out.printf("    %d articles, %d passages%n", library.stats().articles(), library.passages().size());
                // What the news channel's digest costs after that refresh's last commit: select, group, format.
                long start = System.nanoTime();
                var digest = new dev.wafer.retrieval.digest.DigestBuilder(library.store()).newSince(before, java.util.Set.of());
                List<String> messages = dev.wafer.bot.format.DigestText.discord(digest);
                System.out.printf("%-55s %6d ms  (%d stories, %d messages; sending them is Discord's time)%n",
                        "digest after the refresh (select, group, format)", (System.nanoTime() - start) / 1_000_000,
                        digest.stories().size(), messages.size());
                print("second refresh, nothing new", refresher.refresh(List.of()));
            }
        }
    }

    private static FeedListFile feedList(Path folder, LoopbackNewsSite site) {
        FeedListFile feeds = new FeedListFile(folder.resolve("feeds.json"));
        feeds.load().forEach(feed -> feeds.remove(feed.url()));
        site.feedUrls().forEach(url -> feeds.add(url, false));
        return feeds;
    }

    private static void print(String label, RefreshReport report) {
        System.out.printf("%-55s %6d ms  (%d feeds, %d added, %d failed)%n", label, report.took().toMillis(),
                report.feeds().size(), report.added(), report.feeds().stream().filter(feed -> !feed.ok()).count());
    }
}
