package dev.wafer.bot.app;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.source.Feed;
import dev.wafer.corpus.source.FeedRefresher;
import dev.wafer.corpus.source.PageImport;
import dev.wafer.corpus.source.RefreshReport;
import dev.wafer.retrieval.NewsLibrary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The moderator operations over one news library and its feed refresher. */
public final class NewsModeratorActions implements ModeratorActions {

    private final NewsLibrary library;
    private final FeedRefresher refresher;
    private final Consumer<RefreshReport> refreshed;

    public NewsModeratorActions(NewsLibrary library, FeedRefresher refresher) {
        this(library, refresher, report -> { });
    }

    /** @param refreshed told of each refresh a moderator asked for, as the scheduled ones are */
    public NewsModeratorActions(NewsLibrary library, FeedRefresher refresher, Consumer<RefreshReport> refreshed) {
        this.library = Objects.requireNonNull(library, "library");
        this.refresher = Objects.requireNonNull(refresher, "refresher");
        this.refreshed = Objects.requireNonNull(refreshed, "refreshed");
    }

    /** The moderator operations over {@code services}' library, with its one feed refresher; refreshes are metered. */
    public static NewsModeratorActions of(WaferServices services) {
        return new NewsModeratorActions(services.library(), services.feedRefresher(), services.metrics()::refreshed);
    }

    @Override
    public RefreshReport refresh(List<String> feeds) {
        RefreshReport report = refresher.refresh(feeds.stream().map(WebAddress::of).toList());
        refreshed.accept(report);
        return report;
    }

    @Override
    public FeedChange addFeed(String url, boolean allTopics) {
        String address = WebAddress.of(url);
        return new FeedChange(address, refresher.feedList().add(address, allTopics), allTopics);
    }

    @Override
    public String removeFeed(String url) {
        String address = WebAddress.of(url);
        if (!refresher.feedList().remove(address)) {
            throw new IllegalArgumentException("No feed " + address + " is in the list; the feed list shows them.");
        }
        return address;
    }

    @Override
    public List<Feed> feeds() {
        return refresher.feedList().load();
    }

    @Override
    public PageImport addArticle(String url) {
        // A page that cannot be fetched is a FetchException, whose message names the address and the reason.
        return refresher.addUrl(WebAddress.of(url));
    }

    @Override
    public Optional<Article> forget(String url) {
        // Not only web addresses: an imported file's "file:" reference or an article id is forgotten too.
        String reference = url == null ? "" : url.strip();
        if (reference.isEmpty()) {
            throw new IllegalArgumentException("Give the article's address (or its file: reference).");
        }
        return library.forget(reference);
    }
}
