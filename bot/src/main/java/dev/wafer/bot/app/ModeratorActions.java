package dev.wafer.bot.app;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.source.Feed;
import dev.wafer.corpus.source.PageImport;
import dev.wafer.corpus.source.RefreshReport;
import java.util.List;
import java.util.Optional;

/**
 * What moderators may do to the news Wafer answers from, whichever front end asks: the command line's
 * {@code feeds}, {@code refresh}, {@code add-url} and {@code forget}, and Discord's moderator commands.
 * Each returns what happened as data, for the front end to word; a mistake the moderator can fix is an
 * {@link IllegalArgumentException}, what cannot be done right now an {@link IllegalStateException},
 * each with a message that says what to do.
 */
public interface ModeratorActions {

    /** Fetches the given feeds, or every listed feed when {@code feeds} is empty. */
    RefreshReport refresh(List<String> feeds);

    /** Adds a feed, or updates whether it keeps all topics when it is listed already. */
    FeedChange addFeed(String url, boolean allTopics);

    /**
     * Stops reading a feed; the articles it brought stay.
     *
     * @return the address removed
     * @throws IllegalArgumentException when no such feed is listed
     */
    String removeFeed(String url);

    /** Every listed feed with its last fetch, status and contribution. */
    List<Feed> feeds();

    /** Fetches one article page and adds it (no topic filter: a moderator chose it). */
    PageImport addArticle(String url);

    /** Removes an article so it is never cited again; empty when no stored article has that address. */
    Optional<Article> forget(String url);
}
