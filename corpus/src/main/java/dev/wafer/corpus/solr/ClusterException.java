package dev.wafer.corpus.solr;

import dev.wafer.corpus.store.CorpusException;

/**
 * The search cluster that holds a shared corpus could not be reached, or refused a request. The
 * message says which and what to check; it is shown to the person as it is.
 */
public class ClusterException extends CorpusException {

    private static final long serialVersionUID = 1L;

    public ClusterException(String message) {
        this(message, null);
    }

    public ClusterException(String message, Throwable cause) {
        super(message, "the Solr cluster", cause);
    }
}
