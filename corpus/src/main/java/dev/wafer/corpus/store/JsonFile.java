package dev.wafer.corpus.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A small JSON file in the data folder that people may read and that several processes may change:
 * every change is written to a temporary file of its own and moved over the old one atomically (a
 * crash leaves the old contents or the new, never half), and every read-modify-write holds a lock on
 * {@code NAME.lock} — a file lock, so a change in one process cannot lose another's.
 *
 * @param <T> the type the file holds
 */
public final class JsonFile<T> {

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

    private final Path file;
    private final Class<T> type;
    private final String what;
    private final Object lock;

    /** @param what what the file is, for messages: "the feed list" */
    public JsonFile(Path file, Class<T> type, String what) {
        this.file = file.toAbsolutePath().normalize();
        this.type = type;
        this.what = what;
        this.lock = LOCKS.computeIfAbsent(this.file, key -> new Object());
    }

    public Path file() {
        return file;
    }

    public boolean exists() {
        return Files.exists(file);
    }

    /** Runs {@code work} holding this process's monitor and the file lock that excludes other processes. */
    public <R> R locked(Supplier<R> work) {
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
                throw StoreException.of(file, "Cannot lock " + what + " (" + lockFile.getFileName() + ")", e);
            }
        }
    }

    /**
     * The contents; the file must exist.
     *
     * @param whatToDo the next step when it cannot be read: "fix it, or delete it to start again"
     */
    public T read(String whatToDo) {
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw StoreException.of(file, capitalised(what) + " is not readable JSON; " + whatToDo, e);
        }
    }

    /** Replaces the contents: written and forced to disk under another name, then moved over the file. */
    public void write(T contents) {
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(JSON.writeValueAsBytes(contents)));
                channel.force(true); // on disk before it replaces the old contents
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw StoreException.of(file, "Cannot save " + what, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a stray temporary file is harmless; the file itself is intact
                }
            }
        }
    }

    /** Removes the file and its lock file; nothing is left behind. */
    public void delete() {
        locked(() -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw StoreException.of(file, "Cannot delete " + what, e);
            }
            return null;
        });
        try {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".lock"));
        } catch (IOException ignored) {
            // an empty lock file is harmless
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
