package dev.wafer.corpus.source;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.wafer.corpus.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The feed list, kept as {@code feeds.json} in the data folder so a moderator can read it. Every
 * change is written to a temporary file and moved over the old one atomically: a crash leaves the
 * old list or the new one, never half of one. A folder without the file starts with
 * {@link DefaultFeeds}; a list emptied by the moderator stays empty.
 *
 * <p>Every read-modify-write holds a lock on {@code feeds.json.lock} — a file lock, so a refresh in one
 * process and a moderator's command in another cannot lose each other's change — and writes through a
 * temporary file of its own name, so two writers never share one.
 */
public final class FeedListFile {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);
    /**
     * One monitor per file within this process; the file lock then excludes other processes (a JVM
     * may hold a file's lock only once, so threads must queue here first).
     */
    private static final ConcurrentHashMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private record Contents(int version, List<Feed> feeds) {
    }

    private final Path file;
    private final Object lock;

    public FeedListFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.lock = LOCKS.computeIfAbsent(this.file, key -> new Object());
    }

    public Path file() {
        return file;
    }

    /** The feeds in the order they were added; the defaults on first use. */
    public List<Feed> load() {
        return locked(this::loadHeld);
    }

    private List<Feed> loadHeld() {
        if (!Files.exists(file)) {
            write(DefaultFeeds.feeds());
        }
        return read();
    }

    public Optional<Feed> find(String url) {
        return load().stream().filter(feed -> feed.sameAs(url)).findFirst();
    }

    /** Adds a feed; returns false when it was already there (its topic setting is then updated). */
    public boolean add(String url, boolean allTopics) {
        return locked(() -> {
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
        return locked(() -> {
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
        locked(() -> {
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

    /** Runs {@code work} holding this process's monitor and the file lock that excludes other processes. */
    private <T> T locked(Supplier<T> work) {
        synchronized (lock) {
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try {
                Files.createDirectories(file.getParent());
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                    FileLock held = channel.lock();
                    try {
                        return work.get();
                    } finally {
                        held.release();
                    }
                }
            } catch (IOException e) {
                throw StoreException.of(file, "Cannot lock the feed list (" + lockFile.getFileName() + ")", e);
            }
        }
    }

    private List<Feed> read() {
        try {
            Contents contents = JSON.readValue(file.toFile(), Contents.class);
            return contents.feeds() == null ? List.of() : List.copyOf(contents.feeds());
        } catch (IOException e) {
            throw StoreException.of(file, "The feed list is not readable JSON; fix it, or delete it to start"
                    + " again from the default feeds", e);
        }
    }

    private void write(List<Feed> feeds) {
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(JSON.writeValueAsBytes(new Contents(1, feeds))));
                channel.force(true); // on disk before it replaces the old list
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw StoreException.of(file, "Cannot save the feed list", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a stray temporary file is harmless; the list itself is intact
                }
            }
        }
    }
}
