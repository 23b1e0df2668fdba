package dev.wafer.corpus.source;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.ArticleIds;
import dev.wafer.corpus.extract.ExtractedPage;
import dev.wafer.corpus.extract.FeedItem;
import dev.wafer.corpus.extract.FeedParseException;
import dev.wafer.corpus.extract.FeedParser;
import dev.wafer.corpus.extract.HtmlArticleExtractor;
import dev.wafer.corpus.extract.NearDuplicates;
import dev.wafer.corpus.extract.ParsedFeed;
import dev.wafer.corpus.extract.PublisherSource;
import dev.wafer.corpus.extract.TopicFilter;
import dev.wafer.corpus.store.ArticleStore;
import dev.wafer.corpus.store.WriteLock;
import dev.wafer.corpus.store.CorpusException;
import dev.wafer.corpus.store.UpsertResult;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the corpus fresh from feeds and single pages.
 *
 * <p>A refresh reads the feeds in parallel (a few at a time; requests to one host stay spaced by the
 * fetcher), and for each feed: drops off-topic items by headline and summary, skips items already
 * stored, fetches each new item's page for its full text, canonical address and date, and then — one
 * feed at a time — collapses syndicated copies onto the stored story and hands the rest to the
 * {@link ArticleSink} in one atomic commit. A refresh killed midway therefore leaves every feed
 * before the kill committed and nothing of the one in progress; the next refresh picks up the rest.
 * Network work happens outside the commit, so questions are never held up by a slow site.
 *
 * <p>A refresh has a time budget ({@link FetchSettings#refreshBudget()}), and every fetch its own
 * deadline: a feed still reading items when the budget runs out stores what it has read and is
 * reported failed, so one slow or hostile site never holds the refresh lock (and with it scheduled
 * refreshes and moderators' commands) for long.
 */
public final class FeedRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(FeedRefresher.class);
    /** Items beyond this many per feed are left for later: a feed dumping its archive cannot flood a refresh. */
    static final int MAX_ITEMS_PER_FEED = 50;
    /** A page yielding less text than this is not the article; the feed's own text is used if longer. */
    private static final int MIN_PAGE_BODY_CHARS = 200;
    private static final int PARALLEL_FEEDS = 4;

    private final WebFetcher fetcher;
    private final FeedListFile feeds;
    private final ArticleStore store;
    private final ArticleSink sink;
    private final Clock clock;
    private final WriteLock writers;
    private final ReentrantLock running = new ReentrantLock();
    private final Object commitLock = new Object();
    private NearDuplicates stories;

    public FeedRefresher(WebFetcher fetcher, FeedListFile feeds, ArticleStore store, ArticleSink sink, Clock clock) {
        this(fetcher, feeds, store, sink, clock, WriteLock.NONE);
    }

    /** @param writers held for a whole refresh, so a second one elsewhere on a shared corpus is refused, not interleaved */
    public FeedRefresher(WebFetcher fetcher, FeedListFile feeds, ArticleStore store, ArticleSink sink, Clock clock,
                         WriteLock writers) {
        this.fetcher = fetcher;
        this.feeds = feeds;
        this.store = store;
        this.sink = sink;
        this.clock = clock;
        this.writers = writers;
    }

    public FeedListFile feedList() {
        return feeds;
    }

    /**
     * Refreshes the given feeds, or every configured feed when {@code urls} is empty. A URL that is not
     * in the feed list is read once with the topic filter on and not remembered.
     *
     * @throws IllegalStateException when another refresh is running, or no feed is configured
     */
    public RefreshReport refresh(List<String> urls) {
        if (!running.tryLock()) {
            throw new IllegalStateException("A refresh is already running; its articles appear when it finishes");
        }
        try {
            WriteLock.Held held = writers.acquire("a feed refresh");
            try {
                return run(targets(urls));
            } finally {
                held.close();
            }
        } finally {
            running.unlock();
        }
    }

    /** Fetches {@code targets} side by side and commits them in order, within the refresh budget. */
    private RefreshReport run(List<Feed> targets) {
        long start = System.nanoTime();
        long budgetEnds = start + fetcher.settings().refreshBudget().toNanos();
        synchronized (commitLock) {
            stories = knownStories();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_FEEDS, targets.size()),
                Thread.ofPlatform().name("wafer-fetch-", 1).daemon().factory());
        try {
            List<Future<Prepared>> prepared = new ArrayList<>();
            for (Feed feed : targets) {
                prepared.add(pool.submit(() -> prepare(feed, budgetEnds)));
            }
            // Fetching runs in parallel; commits follow the feed list's order, so when two feeds carry
            // the same story, the earlier feed's copy is the one kept, every time.
            List<FeedReport> done = new ArrayList<>();
            for (int i = 0; i < prepared.size(); i++) {
                // A fetch under way when the budget ends may run to its own deadline, and no longer.
                long waitUntil = budgetEnds + fetcher.settings().fetchDeadline().toNanos();
                done.add(commit(targets.get(i), await(prepared.get(i), targets.get(i), waitUntil)));
            }
            return new RefreshReport(done, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Fetches one article page and adds it, with no topic filter (a moderator chose it).
     *
     * @throws FetchException when the page cannot be fetched or holds no article text
     */
    public PageImport addUrl(String url) {
        Optional<Article> stored = store.findByUrl(url);
        if (stored.isPresent()) {
            return new PageImport(PageImport.Outcome.ALREADY_STORED, stored.get());
        }
        FetchResult page = fetcher.fetch(url, null, null);
        ExtractedPage extracted = HtmlArticleExtractor.extract(page.body(), page.url());
        if (extracted.body() == null || extracted.body().length() < MIN_PAGE_BODY_CHARS / 2 || extracted.title() == null) {
            throw new FetchException(url, "no article text found on this page; is it an article rather than a front page?");
        }
        String address = canonicalAddress(extracted, page.url());
        Optional<Article> canonicalStored = store.findByUrl(address);
        if (canonicalStored.isPresent()) {
            return new PageImport(PageImport.Outcome.ALREADY_STORED, canonicalStored.get());
        }
        Article article = Article.of(address, extracted.title(), publisherOf(extracted, null, address),
                extracted.author(), extracted.published(), extracted.body(), clock.instant());
        synchronized (commitLock) {
            // The store as it is now: since the last refresh, articles may have been imported or forgotten.
            Batch batch = new Batch(knownStories());
            boolean copy = batch.offer(article);
            batch.commit();
            if (copy) {
                return new PageImport(PageImport.Outcome.SYNDICATED_COPY, batch.original(article));
            }
            return new PageImport(PageImport.Outcome.ADDED, store.get(article.id()).orElse(article));
        }
    }

    private List<Feed> targets(List<String> urls) {
        List<Feed> configured = feeds.load();
        if (urls.isEmpty()) {
            if (configured.isEmpty()) {
                throw new IllegalStateException("No feeds are configured; add one with: wafer feeds add URL");
            }
            return configured;
        }
        List<Feed> targets = new ArrayList<>();
        for (String url : urls) {
            targets.add(configured.stream().filter(feed -> feed.sameAs(url)).findFirst().orElseGet(() -> Feed.of(url, false)));
        }
        return targets;
    }

    /**
     * A feed fetched and its new items read, ready to commit; or why it failed.
     *
     * @param fetched  the feed document (its validators are stored after the commit), null on failure
     * @param updates  ids of stored articles the feed says have changed
     * @param cutShort why reading stopped before the feed's last new item (the refresh's time ran out), or null
     */
    private record Prepared(FetchResult fetched, List<Article> candidates, Set<String> updates, int offTopic,
                            int duplicates, String error, String cutShort) {

        static Prepared failed(String error) {
            return new Prepared(null, List.of(), Set.of(), 0, 0, error, null);
        }
    }

    private Prepared await(Future<Prepared> prepared, Feed feed, long waitUntilNanos) {
        try {
            return prepared.get(Math.max(0, waitUntilNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            prepared.cancel(true);
            return Prepared.failed("did not finish within the refresh's budget of " + minutes(fetcher.settings().refreshBudget())
                    + " (" + FetchSettings.REFRESH_BUDGET_ENV + "); nothing of it was stored, the next refresh tries again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Prepared.failed("interrupted");
        } catch (ExecutionException e) {
            LOG.warn("Refreshing {} failed unexpectedly", Feed.shown(feed.url()), e.getCause());
            return Prepared.failed("unexpected error: " + e.getCause());
        }
    }

    private Prepared prepare(Feed feed, long budgetEnds) {
        try {
            FetchResult fetched = fetcher.fetch(feed.url(), feed.etag(), feed.lastModified());
            if (fetched.notModified()) {
                return new Prepared(fetched, List.of(), Set.of(), 0, 0, null, null);
            }
            return read(feed, fetched, FeedParser.parse(fetched.body(), fetched.url()), budgetEnds);
        } catch (FetchException | FeedParseException | CorpusException e) {
            // A failure elsewhere (a redirect's target) names that address, shown as every feed address is.
            String reason = e instanceof FetchException fetch
                    ? (fetch.url().equals(feed.url()) ? "" : Feed.shown(fetch.url()) + ": ") + fetch.reason()
                    : e.getMessage();
            return Prepared.failed(reason);
        }
    }

    private Prepared read(Feed feed, FetchResult fetched, ParsedFeed parsed, long budgetEnds) {
        int offTopic = 0;
        int duplicates = 0;
        List<Article> candidates = new ArrayList<>();
        Set<String> updates = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        List<FeedItem> items = parsed.items().subList(0, Math.min(MAX_ITEMS_PER_FEED, parsed.items().size()));
        String cutShort = null;
        for (int index = 0; index < items.size(); index++) {
            FeedItem item = items.get(index);
            if (System.nanoTime() - budgetEnds > 0 || Thread.currentThread().isInterrupted()) {
                cutShort = "the refresh's budget of " + minutes(fetcher.settings().refreshBudget()) + " ran out after "
                        + index + " of " + items.size() + " items (" + FetchSettings.REFRESH_BUDGET_ENV
                        + "); what was read is stored, the next refresh reads the rest";
                break;
            }
            if (item.link() == null || !seen.add(ArticleIds.canonicalUrl(item.link()))) {
                continue;
            }
            if (!feed.allTopics() && !TopicFilter.isOnTopic(item.title(), item.summary())) {
                offTopic++;
                continue;
            }
            Optional<Article> stored = store.findByUrl(item.link());
            boolean changed = stored.isPresent() && item.updated() != null && item.updated().isAfter(stored.get().importedAt());
            if (stored.isPresent() && !changed) {
                duplicates++;
                continue;
            }
            Optional<Article> article = read(item, outletName(parsed));
            if (article.isEmpty()) {
                continue;
            }
            Optional<Article> storedCanonical = stored.isPresent() ? stored : store.findByUrl(article.get().url());
            if (storedCanonical.isPresent() && !changed) {
                duplicates++;
                continue;
            }
            Article fresh = storedCanonical.map(old -> article.get().withAlsoReportedBy(old.alsoReportedBy())).orElse(article.get());
            if (storedCanonical.isPresent()) {
                updates.add(fresh.id());
            }
            candidates.add(fresh);
        }
        return new Prepared(fetched, candidates, updates, offTopic, duplicates, null, cutShort);
    }

    private static String minutes(Duration duration) {
        if (duration.toMillis() % 60_000 == 0) {
            return duration.toMinutes() + " min";
        }
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** Commits one feed's new articles atomically, then records the feed's state. */
    private FeedReport commit(Feed feed, Prepared prepared) {
        Instant now = clock.instant();
        if (prepared.error() != null) {
            LOG.info("Feed {} failed: {}", Feed.shown(feed.url()), prepared.error());
            feeds.update(feed.url(), stored -> stored.failed(now, prepared.error()));
            return FeedReport.failed(feed.url(), prepared.error());
        }
        FetchResult fetched = prepared.fetched();
        if (fetched.notModified()) {
            feeds.update(feed.url(), stored -> stored.notModified(now));
            return new FeedReport(feed.url(), true, 0, 0, 0, 0, null);
        }
        int duplicates = prepared.duplicates();
        UpsertResult result;
        Batch batch;
        synchronized (commitLock) {
            batch = new Batch(stories);
            // Whichever backend holds the corpus, a read or write it refuses fails this feed alone: the
            // feed is remembered as failed with the reason, and the next feeds are still committed.
            try {
                for (Article candidate : prepared.candidates()) {
                    if (!prepared.updates().contains(candidate.id()) && store.get(candidate.id()).isPresent()) {
                        duplicates++; // an earlier feed in this refresh carried it too
                    } else if (batch.offer(candidate)) {
                        duplicates++;
                    }
                }
                result = batch.commit();
            } catch (CorpusException e) {
                batch.abandon();
                LOG.warn("Feed {} not stored: {}", Feed.shown(feed.url()), e.getMessage());
                feeds.update(feed.url(), stored -> stored.failed(now, e.getMessage()));
                return FeedReport.failed(feed.url(), e.getMessage());
            }
        }
        int added = (int) result.added().stream().filter(batch::isNew).count();
        int updated = (int) result.updated().stream().filter(prepared.updates()::contains).count();
        duplicates += (int) prepared.updates().stream().filter(id -> !result.updated().contains(id)).count();
        if (prepared.cutShort() != null) {
            LOG.info("Feed {} cut short: {}", Feed.shown(feed.url()), prepared.cutShort());
            feeds.update(feed.url(), stored -> stored.partlyRead(now, prepared.cutShort(), added));
            return new FeedReport(feed.url(), false, added, updated, duplicates, prepared.offTopic(), prepared.cutShort());
        }
        feeds.update(feed.url(), stored -> stored.succeeded(now, fetched.etag(), fetched.lastModified(), added));
        return new FeedReport(feed.url(), true, added, updated, duplicates, prepared.offTopic(), null);
    }

    /** The item's article: its page's text when the page can be fetched and read, else the feed's own text. */
    private Optional<Article> read(FeedItem item, String feedTitle) {
        ExtractedPage page = null;
        String pageUrl = item.link();
        try {
            FetchResult fetched = fetcher.fetch(item.link(), null, null);
            page = HtmlArticleExtractor.extract(fetched.body(), fetched.url());
            pageUrl = fetched.url();
        } catch (FetchException e) {
            LOG.info("Page {} not read ({}); using the feed's text", item.link(), e.reason());
        }
        String pageBody = page == null || page.body() == null ? "" : page.body();
        String body = pageBody.length() >= MIN_PAGE_BODY_CHARS || pageBody.length() > item.summary().length()
                ? pageBody : item.summary();
        String title = item.title() != null ? item.title() : page == null ? null : page.title();
        if (body.isBlank() || title == null) {
            LOG.info("Item {} has no text in its page or the feed; skipped", item.link());
            return Optional.empty();
        }
        String address = page == null ? item.link() : canonicalAddress(page, pageUrl);
        Instant published = item.published() != null ? item.published()
                : page != null && page.published() != null ? page.published() : item.updated();
        String author = item.author() != null ? item.author() : page == null ? null : page.author();
        return Optional.of(Article.of(address, title, publisherOf(page, feedTitle, address),
                author, published, body, clock.instant()));
    }

    /** The page's own canonical address (rel=canonical, og:url) when it is a web address, else where it was fetched. */
    private static String canonicalAddress(ExtractedPage page, String fetchedUrl) {
        String canonical = page.canonicalUrl();
        if (canonical != null && (canonical.startsWith("https://") || canonical.startsWith("http://"))) {
            return ArticleIds.canonicalUrl(canonical);
        }
        return ArticleIds.canonicalUrl(fetchedUrl);
    }

    /**
     * Who published an item's page: the name the page gives itself; when it gives none but its host, the feed's
     * title (a small site's feed is named for it); else the host.
     */
    private static String publisherOf(ExtractedPage page, String feedTitle, String url) {
        boolean named = page != null && page.publisher() != null && page.publisherFrom() != PublisherSource.HOST;
        if (named) {
            return page.publisher();
        }
        if (feedTitle != null && !feedTitle.isBlank()) {
            return feedTitle.strip();
        }
        if (page != null && page.publisher() != null) {
            return page.publisher();
        }
        String host = hostOf(url);
        return host == null ? "Unknown publisher" : host;
    }

    /**
     * The feed's title as the name of the outlet behind its items, or null for an aggregator: a feed whose items
     * link to many sites names itself, not the outlets that wrote them.
     */
    static String outletName(ParsedFeed feed) {
        Map<String, Integer> hosts = new HashMap<>();
        int linked = 0;
        for (FeedItem item : feed.items()) {
            String host = item.link() == null ? null : hostOf(item.link());
            if (host != null) {
                hosts.merge(host, 1, Integer::sum);
                linked++;
            }
        }
        int mostFromOneHost = hosts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        // Three sites or more, none with more than half of the items: the feed gathers other outlets' stories.
        boolean aggregator = hosts.size() >= 3 && mostFromOneHost * 2 <= linked;
        return aggregator ? null : feed.title();
    }

    private static String hostOf(String link) {
        try {
            String host = URI.create(link.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null; // a malformed link names no site
        }
    }

    private NearDuplicates knownStories() {
        NearDuplicates known = new NearDuplicates();
        for (Article article : store.all()) {
            known.add(article.id(), article.body());
        }
        return known;
    }

    /**
     * Articles about to be committed together. A syndicated copy is not stored itself: the original
     * (stored, or earlier in the batch) is re-stored with the copy's outlet added to its
     * {@code alsoReportedBy}.
     */
    private final class Batch {
        private final NearDuplicates known;
        private final Map<String, Article> byId = new LinkedHashMap<>();
        private final Set<String> fresh = new LinkedHashSet<>();
        private final Map<String, String> originalOf = new LinkedHashMap<>();

        Batch(NearDuplicates known) {
            this.known = known;
        }

        /** Adds the article; returns true when it is a copy of a known story (and was collapsed onto it). */
        boolean offer(Article article) {
            Optional<NearDuplicates.Match> match = known.find(article.body())
                    .filter(found -> !found.id().equals(article.id()));
            if (match.isPresent()) {
                Article original = byId.containsKey(match.get().id()) ? byId.get(match.get().id())
                        : store.get(match.get().id()).orElse(null);
                if (original != null) {
                    originalOf.put(article.id(), original.id());
                    if (!sameOutlet(original.publisher(), article.publisher())
                            && original.alsoReportedBy().stream().noneMatch(outlet -> sameOutlet(outlet, article.publisher()))) {
                        List<String> outlets = new ArrayList<>(original.alsoReportedBy());
                        outlets.add(article.publisher());
                        byId.put(original.id(), original.withAlsoReportedBy(outlets));
                    }
                    LOG.info("{} is a copy of {} (similarity {}); collapsed", article.url(), original.url(),
                            String.format(Locale.ROOT, "%.2f", match.get().similarity()));
                    return true;
                }
            }
            byId.put(article.id(), article);
            fresh.add(article.id());
            known.add(article.id(), article.body());
            return false;
        }

        Article original(Article copy) {
            String id = originalOf.get(copy.id());
            return byId.containsKey(id) ? byId.get(id) : store.get(id).orElseThrow();
        }

        boolean isNew(String id) {
            return fresh.contains(id);
        }

        /** Hands the batch to the sink in one commit; if that fails, its texts stop counting as known stories. */
        UpsertResult commit() {
            if (byId.isEmpty()) {
                return new UpsertResult(List.of(), List.of(), List.of());
            }
            try {
                return sink.ingest(List.copyOf(byId.values()));
            } catch (RuntimeException e) {
                abandon();
                throw e;
            }
        }

        /** The batch will not be stored: its texts stop counting as known stories. */
        void abandon() {
            fresh.forEach(known::remove);
        }
    }

    private static boolean sameOutlet(String first, String second) {
        return first.strip().equalsIgnoreCase(second.strip());
    }
}
