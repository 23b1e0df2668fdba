package dev.wafer.corpus.store;

import java.nio.file.Path;

/** A file or Lucene index in the data folder could not be read or written. The message names it. */
public class StoreException extends CorpusException {

    private static final long serialVersionUID = 1L;

    private final transient Path location;

    /**
     * {@code message} as the person reads it, followed by the location and the cause's own words
     * ("Cannot write to the index; nothing was changed (/data/articles): No space left on device").
     */
    public static StoreException of(Path location, String message, Throwable cause) {
        return new StoreException(location, message + " (" + location + ")"
                + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }

    /** For a message that already says everything, location included; the cause is kept for --verbose. */
    protected StoreException(Path location, String fullMessage, Throwable cause) {
        super(fullMessage, String.valueOf(location), cause);
        this.location = location;
    }

    public Path location() {
        return location;
    }
}
