package dev.wafer.bot.format;

import dev.wafer.bot.app.FeedChange;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.source.Feed;
import dev.wafer.corpus.source.PageImport;
import dev.wafer.corpus.source.RefreshReport;
import dev.wafer.retrieval.index.Passage;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * What a moderator's Discord command did, in words. Addresses sit in angle brackets so Discord does
 * not unfold a preview of each; titles and errors from the web are escaped like any source text.
 */
public final class ModeratorReplies {

    private ModeratorReplies() {
    }

    /**
     * What a refresh brought, then one line per feed that failed. Many failing feeds (a network outage)
     * would make a reply Discord refuses, leaving the moderator with nothing: the lines that do not fit
     * are counted instead, and the console lists every feed's last error.
     */
    public static String refreshed(RefreshReport report) {
        List<String> failures = report.feeds().stream().filter(feed -> !feed.ok())
                .map(feed -> "<" + DiscordText.neutralise(Feed.shown(feed.url())) + "> — " + DiscordText.plain(feed.error())).toList();
        String summary = "Refreshed " + counted(report.feeds().size(), "feed") + " in " + report.took().toSeconds() + " s: "
                + counted(report.added(), "new article") + ", " + report.updated() + " updated";
        if (failures.isEmpty()) {
            return summary + ".";
        }
        return fitted(summary + "; " + counted(failures.size(), "feed") + " failed:", failures,
                more -> "… and " + more + " more; `wafer feeds list` shows every feed's last error.");
    }

    /** "1 feed", "3 feeds". */
    static String counted(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /**
     * {@code head} and as many of {@code lines} as fit in one Discord message, each on a line of its own;
     * when some do not fit, a last line says how many were left out ({@code more} words it).
     */
    static String fitted(String head, List<String> lines, IntFunction<String> more) {
        StringBuilder text = new StringBuilder(head);
        for (int i = 0; i < lines.size(); i++) {
            int left = lines.size() - i - 1;
            int room = DiscordText.MAX_MESSAGE - text.length() - 1 - lines.get(i).length()
                    - (left == 0 ? 0 : 1 + more.apply(left).length());
            if (room < 0) {
                return text.append('\n').append(more.apply(lines.size() - i)).toString();
            }
            text.append('\n').append(lines.get(i));
        }
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

    /** One line per feed: its address, last status and what it contributed; as many as one message holds. */
    public static String feeds(List<Feed> feeds) {
        if (feeds.isEmpty()) {
            return "No feeds yet. Add one with /feed add.";
        }
        List<String> lines = feeds.stream().map(feed -> "<" + DiscordText.neutralise(Feed.shown(feed.url())) + "> · "
                + (feed.lastStatus() == null ? "never fetched" : feed.lastStatus() + " " + Passage.dateLabel(feed.lastFetched()))
                + " · " + counted(feed.articlesContributed(), "article") + (feed.allTopics() ? " · all topics" : "")).toList();
        return fitted("Feeds:", lines, more -> "… and " + more + " more; `wafer feeds list` lists them all.");
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
