package dev.wafer.corpus.extract;

/** A document could not be read as an RSS or Atom feed; the message says why in plain words. */
public class FeedParseException extends RuntimeException {

    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
