package dev.wafer.bot.command;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.ArticleIds;
import dev.wafer.corpus.source.Feed;
import dev.wafer.corpus.source.FeedRefresher;
import dev.wafer.corpus.source.FetchException;
import dev.wafer.corpus.source.PageImport;
import dev.wafer.corpus.source.RefreshReport;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.index.Passage;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The moderator operations over the same services the command line uses: the feed list, the feed
 * refresher and the news library.
 */
public final class NewsModeratorActions implements ModeratorActions {

    private final NewsLibrary library;
    private final FeedRefresher refresher;

    public NewsModeratorActions(NewsLibrary library, FeedRefresher refresher) {
        this.library = Objects.requireNonNull(library, "library");
        this.refresher = Objects.requireNonNull(refresher, "refresher");
    }

    @Override
    public String refresh() {
        RefreshReport report = refresher.refresh(List.of());
        long failed = report.feeds().stream().filter(feed -> !feed.ok()).count();
        StringBuilder text = new StringBuilder("Refreshed " + report.feeds().size() + " feeds in "
                + report.took().toSeconds() + " s: " + report.added() + " new articles, " + report.updated() + " updated");
        text.append(failed == 0 ? "." : "; " + failed + " feed" + (failed == 1 ? "" : "s") + " failed:");
        report.feeds().stream().filter(feed -> !feed.ok())
                .forEach(feed -> text.append("\n<").append(feed.url()).append("> — ").append(feed.error()));
        return text.toString();
    }

    @Override
    public String addFeed(String url) {
        String address = webUrl(url);
        boolean added = refresher.feedList().add(address, false);
        return (added ? "Added the feed " : "Already reading ") + address
                + ". Only AI-chip and semiconductor items are kept; /refresh fetches it now.";
    }

    @Override
    public String removeFeed(String url) {
        String address = webUrl(url);
        if (!refresher.feedList().remove(address)) {
            throw new IllegalArgumentException("No feed " + address + " in the list; /feed list shows them.");
        }
        return "Removed the feed " + address + ". The articles it brought in stay; /article forget removes one.";
    }

    /** One line per feed: its address, last status and what it contributed. */
    @Override
    public List<String> listFeeds() {
        // Angle brackets keep Discord from unfurling a preview of every feed.
        return refresher.feedList().load().stream().map(feed -> "<" + feed.url() + "> · " + describe(feed)).toList();
    }

    @Override
    public String addArticle(String url) {
        String address = webUrl(url);
        PageImport result;
        try {
            result = refresher.addUrl(address);
        } catch (FetchException e) {
            throw new IllegalStateException("Could not add that page: " + e.getMessage());
        }
        Article article = result.article();
        String what = result.outcome().description();
        return what + ": \"" + article.title() + "\" — " + article.publisher() + ", " + Passage.dateLabel(article.published()) + ".";
    }

    @Override
    public String forget(String url) {
        String address = webUrl(url);
        return library.forget(address)
                .map(article -> "Forgotten: \"" + article.title() + "\" (" + article.publisher() + "). It will not be cited again.")
                .orElse("No stored article has the URL " + address + ".");
    }

    @Override
    public String feedHealth() {
        List<Feed> feeds = refresher.feedList().load();
        if (feeds.isEmpty()) {
            return "no feeds configured";
        }
        Instant last = feeds.stream().map(Feed::lastFetched).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        if (last == null) {
            return feeds.size() + " feeds, never refreshed";
        }
        long failing = feeds.stream().filter(feed -> Feed.FAILED.equals(feed.lastStatus())).count();
        return feeds.size() + " feeds, last refresh " + Passage.dateLabel(last) + " "
                + last.toString().substring(11, 16) + " UTC, " + (failing == 0 ? "all healthy" : failing + " failing");
    }

    private static String describe(Feed feed) {
        String status = feed.lastStatus() == null ? "never fetched" : feed.lastStatus() + " " + Passage.dateLabel(feed.lastFetched());
        return status + " · " + feed.articlesContributed() + " articles" + (feed.allTopics() ? " · all topics" : "");
    }

    private static String webUrl(String url) {
        String trimmed = url == null ? "" : url.strip();
        if (!trimmed.startsWith("https://") && !trimmed.startsWith("http://")) {
            throw new IllegalArgumentException("Give a web address starting with https://");
        }
        return ArticleIds.canonicalUrl(trimmed);
    }
}
