package dev.wafer.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder where Wafer keeps everything it owns. One place names every path inside it, so the
 * store, the passage index and later the feed list and votes never disagree about the layout.
 */
public record DataFolder(Path root) {

    public DataFolder {
        if (root == null) {
            throw new IllegalArgumentException("root must not be null");
        }
        root = root.toAbsolutePath().normalize();
    }

    /** Creates the folder if needed; fails with a message naming the folder if that is impossible. */
    public static DataFolder open(Path root) {
        DataFolder folder = new DataFolder(root);
        try {
            Files.createDirectories(folder.root());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + folder.root()
                    + ": " + e.getMessage() + ". Choose another with --data DIR or WAFER_DATA.", e);
        }
        return folder;
    }

    /** The article store: the source of truth. */
    public Path articles() {
        return root.resolve("articles");
    }

    /** The passage index: derived from the store, rebuildable at any time. */
    public Path passages() {
        return root.resolve("passages");
    }

    /** Optional settings file: {@code WAFER_*} keys, as in the environment (which wins). */
    public Path config() {
        return root.resolve("wafer.properties");
    }

    public Path feeds() {
        return root.resolve("feeds.json");
    }

    /** The news digest's channel, schedule and what it has posted. */
    public Path digest() {
        return root.resolve("digest.json");
    }

    /** The stories people follow, where, and what each follow has posted. */
    public Path follows() {
        return root.resolve("follows.json");
    }

    /** Each Discord server's own settings, one file per server; never part of the shared corpus. */
    public Path servers() {
        return root.resolve("servers");
    }

    public Path votes() {
        return root.resolve("votes");
    }

    /** Where the process holding this folder takes commands from other shells (a Unix domain socket). */
    public Path controlSocket() {
        return root.resolve("wafer.sock");
    }

    public Path logs() {
        return root.resolve("logs");
    }
}
