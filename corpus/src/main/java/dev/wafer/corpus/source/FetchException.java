package dev.wafer.corpus.source;

/**
 * A web address could not be fetched. The message names the address and the reason in words a
 * moderator can act on ("returned HTTP 500", "timed out after 20 s", "is larger than 5 MB").
 */
public class FetchException extends RuntimeException {

    private final String url;
    private final int status;

    public FetchException(String url, String reason) {
        this(url, reason, -1, null);
    }

    public FetchException(String url, String reason, int status, Throwable cause) {
        super(url + ": " + reason, cause);
        this.url = url;
        this.status = status;
    }

    public String url() {
        return url;
    }

    /** The HTTP status, or -1 when the failure happened before one arrived. */
    public int status() {
        return status;
    }

    /** The reason without the address, for places that show the address already. */
    public String reason() {
        return getMessage().substring(url.length() + 2);
    }
}
