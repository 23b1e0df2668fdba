package dev.wafer.corpus.store;

import java.nio.file.Path;

/** A Lucene index in the data folder could not be read or written. The message names the folder. */
public class StoreException extends RuntimeException {

    private final Path location;

    public StoreException(Path location, String message, Throwable cause) {
        this(location, message + " (" + location + ")"
                + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause, location);
    }

    /** For subclasses whose message already says everything; the cause is kept for --verbose. */
    protected StoreException(Path location, String fullMessage, Throwable cause, Path ignored) {
        super(fullMessage, cause);
        this.location = location;
    }

    public Path location() {
        return location;
    }
}
