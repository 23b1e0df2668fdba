package dev.wafer.bot.format;

import dev.wafer.bot.app.FeedChange;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.source.Feed;
import dev.wafer.corpus.source.PageImport;
import dev.wafer.corpus.source.RefreshReport;
import dev.wafer.retrieval.index.Passage;
import java.util.List;
import java.util.Optional;

/**
 * What a moderator's Discord command did, in words. Addresses sit in angle brackets so Discord does
 * not unfold a preview of each; titles and errors from the web are escaped like any source text.
 */
public final class ModeratorReplies {

    private ModeratorReplies() {
    }

    public static String refreshed(RefreshReport report) {
        long failed = report.feeds().stream().filter(feed -> !feed.ok()).count();
        StringBuilder text = new StringBuilder("Refreshed " + report.feeds().size() + " feeds in "
                + report.took().toSeconds() + " s: " + report.added() + " new articles, " + report.updated() + " updated");
        text.append(failed == 0 ? "." : "; " + failed + " feed" + (failed == 1 ? "" : "s") + " failed:");
        report.feeds().stream().filter(feed -> !feed.ok())
                .forEach(feed -> text.append("\n<").append(Feed.shown(feed.url())).append("> — ").append(DiscordText.plain(feed.error())));
        return text.toString();
    }

    public static String feedAdded(FeedChange change) {
        return (change.added() ? "Added the feed <" : "Already reading <") + Feed.shown(change.url()) + ">. "
                + (change.allTopics() ? "Every item is kept" : "Only AI-chip and semiconductor items are kept")
                + "; /refresh fetches it now.";
    }

    public static String feedRemoved(String url) {
        return "Removed the feed <" + url + ">. The articles it brought in stay; /article forget removes one.";
    }

    /** One line per feed: its address, last status and what it contributed. */
    public static String feeds(List<Feed> feeds) {
        if (feeds.isEmpty()) {
            return "No feeds yet. Add one with /feed add.";
        }
        StringBuilder text = new StringBuilder("Feeds:");
        for (Feed feed : feeds) {
            String status = feed.lastStatus() == null ? "never fetched" : feed.lastStatus() + " " + Passage.dateLabel(feed.lastFetched());
            text.append("\n<").append(Feed.shown(feed.url())).append("> · ").append(status).append(" · ").append(feed.articlesContributed())
                    .append(" articles").append(feed.allTopics() ? " · all topics" : "");
        }
        return text.toString();
    }

    public static String pageAdded(PageImport result) {
        Article article = result.article();
        return result.outcome().description() + ": \"" + DiscordText.plain(article.title()) + "\" — "
                + DiscordText.plain(article.publisher()) + ", " + Passage.dateLabel(article.published()) + ".";
    }

    public static String forgotten(String url, Optional<Article> article) {
        return article.map(found -> "Forgotten: \"" + DiscordText.plain(found.title()) + "\" (" + DiscordText.plain(found.publisher())
                + "). It will not be cited again.").orElse("No stored article has the address <" + url.strip() + ">.");
    }
}
