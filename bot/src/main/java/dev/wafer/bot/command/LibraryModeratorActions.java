package dev.wafer.bot.command;

import dev.wafer.corpus.ArticleIds;
import dev.wafer.retrieval.NewsLibrary;
import java.util.List;

/**
 * The moderator operations this build can do with the news library alone. Feeds, refresh and
 * fetching a page by URL belong to the feed service, which is not part of this build: those
 * answer {@link ModeratorActions.Unavailable}.
 */
public final class LibraryModeratorActions implements ModeratorActions {

    private final NewsLibrary library;

    public LibraryModeratorActions(NewsLibrary library) {
        this.library = library;
    }

    @Override
    public String refresh() {
        throw new Unavailable("Refreshing the feeds");
    }

    @Override
    public String addFeed(String url) {
        throw new Unavailable("Adding a feed");
    }

    @Override
    public String removeFeed(String url) {
        throw new Unavailable("Removing a feed");
    }

    @Override
    public List<String> listFeeds() {
        throw new Unavailable("Listing the feeds");
    }

    @Override
    public String addArticle(String url) {
        throw new Unavailable("Adding an article by URL");
    }

    @Override
    public String forget(String url) {
        String canonical = webUrl(url);
        return library.forget(canonical)
                .map(article -> "Forgotten: \"" + article.title() + "\" (" + article.publisher()
                        + "). It will not be cited again.")
                .orElse("No stored article has the URL " + canonical + ".");
    }

    @Override
    public String feedHealth() {
        return "feeds not available in this build";
    }

    private static String webUrl(String url) {
        String trimmed = url == null ? "" : url.strip();
        if (!trimmed.startsWith("https://") && !trimmed.startsWith("http://")) {
            throw new IllegalArgumentException("Give the article's web address, starting with https://");
        }
        return ArticleIds.canonicalUrl(trimmed);
    }
}
