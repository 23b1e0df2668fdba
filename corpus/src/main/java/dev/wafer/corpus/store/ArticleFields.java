package dev.wafer.corpus.store;

import java.util.List;

/**
 * The article store's schema: every field name, in one place read by the embedded store, the Solr store
 * and (checked by a test) the Solr configset's {@code schema.xml}. The kinds are chosen for the look-ups a
 * store makes; nothing here is searched by text, which is the passage index's job.
 */
public final class ArticleFields {

    /** Article id; a keyword (Lucene {@code KeywordField}, Solr {@code string}): the key for upserts. */
    public static final String ID = "id";
    /** The address as given; stored only. */
    public static final String URL = "url";
    /** The address in canonical form; a keyword, not stored: finding an article by any variant of its URL. */
    public static final String CANONICAL_URL = "canonical_url";
    /** Headline; stored only. */
    public static final String TITLE = "title";
    /** Outlet; stored only. */
    public static final String PUBLISHER = "publisher";
    /** Byline; stored only, absent when unknown. */
    public static final String AUTHOR = "author";
    /** Publication time in epoch millis; a point field (its points give the oldest and newest at once). */
    public static final String PUBLISHED = "published";
    /** The article's text; stored only. */
    public static final String BODY = "body";
    /** First import time in epoch millis; a point field: a digest's new stories are a range on it. */
    public static final String IMPORTED_AT = "imported_at";
    /** Other outlets that ran the same story; stored only, one value per outlet. */
    public static final String ALSO_REPORTED_BY = "also_reported_by";
    /** {@link ArticleStore#fingerprint} of the stored version; stored only: tells a real change. */
    public static final String FINGERPRINT = "fingerprint";

    /** Every field an article document has, in the order above. */
    public static final List<String> ALL = List.of(ID, URL, CANONICAL_URL, TITLE, PUBLISHER, AUTHOR, PUBLISHED, BODY,
            IMPORTED_AT, ALSO_REPORTED_BY, FINGERPRINT);

    private ArticleFields() {
    }
}
