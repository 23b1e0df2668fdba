package dev.wafer.corpus.store.solr;

/**
 * The search cluster that holds a shared corpus could not be reached, or refused a request. The
 * message says which and what to check; it is shown to the person as it is.
 */
public class ClusterException extends RuntimeException {

    public ClusterException(String message) {
        super(message);
    }

    public ClusterException(String message, Throwable cause) {
        super(message, cause);
    }
}
