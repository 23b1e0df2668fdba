package dev.wafer.retrieval.language;

/**
 * A rendering that failed. The message is one line a person can act on ("the language model at … could
 * not be reached"); it carries no cause, since a model server's error may echo the request and its key.
 */
public final class TranslationException extends RuntimeException {

    public TranslationException(String reason) {
        super(reason);
    }
}
