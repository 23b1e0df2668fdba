package dev.wafer.corpus.source;

import dev.wafer.corpus.store.JsonFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The feed list, kept as {@code feeds.json} in the data folder so a moderator can read it. Every
 * change is written to a temporary file and moved over the old one atomically: a crash leaves the
 * old list or the new one, never half of one. A folder without the file starts with
 * {@link DefaultFeeds}; a list emptied by the moderator stays empty.
 *
 * <p>Every read-modify-write holds the file's lock ({@link JsonFile}), so a refresh in one process and
 * a moderator's command in another cannot lose each other's change.
 */
public final class FeedListFile {

    private record Contents(int version, List<Feed> feeds) {
    }

    private final JsonFile<Contents> file;

    public FeedListFile(Path file) {
        this.file = new JsonFile<>(file, Contents.class, "the feed list");
    }

    public Path file() {
        return file.file();
    }

    /** The feeds in the order they were added; the defaults on first use. */
    public List<Feed> load() {
        return file.locked(this::loadHeld);
    }

    private List<Feed> loadHeld() {
        if (!file.exists()) {
            write(DefaultFeeds.feeds());
        }
        Contents contents = file.read("fix it, or delete it to start again from the default feeds");
        return contents.feeds() == null ? List.of() : List.copyOf(contents.feeds());
    }

    public Optional<Feed> find(String url) {
        return load().stream().filter(feed -> feed.sameAs(url)).findFirst();
    }

    /** Adds a feed; returns false when it was already there (its topic setting is then updated). */
    public boolean add(String url, boolean allTopics) {
        return file.locked(() -> {
            List<Feed> feeds = new ArrayList<>(loadHeld());
            for (int i = 0; i < feeds.size(); i++) {
                if (feeds.get(i).sameAs(url)) {
                    feeds.set(i, feeds.get(i).withAllTopics(allTopics));
                    write(feeds);
                    return false;
                }
            }
            feeds.add(Feed.of(url, allTopics));
            write(feeds);
            return true;
        });
    }

    /** Removes a feed; returns false when there was none with that address. */
    public boolean remove(String url) {
        return file.locked(() -> {
            List<Feed> feeds = new ArrayList<>(loadHeld());
            boolean removed = feeds.removeIf(feed -> feed.sameAs(url));
            if (removed) {
                write(feeds);
            }
            return removed;
        });
    }

    /** Replaces the stored state of one feed (re-read first, so other changes are kept); no-op if it was removed. */
    public void update(String url, UnaryOperator<Feed> change) {
        file.locked(() -> {
            List<Feed> feeds = new ArrayList<>(loadHeld());
            for (int i = 0; i < feeds.size(); i++) {
                if (feeds.get(i).sameAs(url)) {
                    feeds.set(i, change.apply(feeds.get(i)));
                    write(feeds);
                    break;
                }
            }
            return null;
        });
    }

    private void write(List<Feed> feeds) {
        file.write(new Contents(1, feeds));
    }
}
