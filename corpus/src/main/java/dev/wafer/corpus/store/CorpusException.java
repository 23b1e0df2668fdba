package dev.wafer.corpus.store;

/**
 * The corpus could not be read or written where it lives: an index in the data folder, or the search
 * cluster that holds a shared corpus. The message says what failed, where, and what to check, and is
 * shown to the person as it is; {@link #where()} names the place alone, for logs and reports. Callers
 * catch this one type whichever backend they hold.
 */
public abstract class CorpusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String where;

    protected CorpusException(String message, String where, Throwable cause) {
        super(message, cause);
        this.where = where;
    }

    /** Where the corpus is that failed: a folder, or a cluster's nodes and collection. */
    public String where() {
        return where;
    }
}
