package dev.wafer.retrieval.index;

/** The passage fields a lexical clause can match, each analysed with {@link PassageFields#analyzer()}. */
public enum SearchField {
    /** The passage's sentences. */
    TEXT,
    /** The article's headline. */
    TITLE,
    /** The outlet's name, so "according to Reuters" matches. */
    PUBLISHER
}
