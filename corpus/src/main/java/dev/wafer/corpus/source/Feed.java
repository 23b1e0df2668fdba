package dev.wafer.corpus.source;

import dev.wafer.corpus.ArticleIds;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A feed Wafer reads, with what it remembers between refreshes.
 *
 * @param url                 the feed's address
 * @param allTopics           true to take every item; false to keep only AI-chip / semiconductor news
 * @param etag                validator from the last successful fetch, sent back as If-None-Match
 * @param lastModified        validator from the last successful fetch, sent back as If-Modified-Since
 * @param lastFetched         when it was last fetched (successfully or not), or null if never
 * @param lastStatus          "ok" or "failed" after the last fetch, or null if never fetched
 * @param lastError           why the last fetch failed, or null
 * @param articlesContributed articles this feed has added to the corpus over all refreshes
 * @param lastSuccess         when it was last read without error, or null
 * @param lastFailure         when it last failed, or null
 * @param failingSince        the first failure of the current run of failures, or null while it works
 */
public record Feed(String url, boolean allTopics, String etag, String lastModified, Instant lastFetched,
                   String lastStatus, String lastError, long articlesContributed, Instant lastSuccess,
                   Instant lastFailure, Instant failingSince) {

    public static final String OK = "ok";
    public static final String FAILED = "failed";
    /** The user:password@ of an address. */
    private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/?#@]*@");
    /**
     * A query parameter whose name says it carries a secret: api keys, tokens, signatures, passwords
     * (the names feed services and signed URLs use).
     */
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)([?&;](?:[\\w.-]*(?:key|token|secret|passw(?:or)?d|pwd|sig|signature|auth|credential|session)[\\w.-]*))=[^&#;]*");

    /**
     * The address as Wafer shows it anywhere (status, feed lists, metrics, logs): credentials and
     * secret-looking query values replaced by {@code ***}, so a shared screen or scrape leaks neither.
     */
    public static String shown(String url) {
        if (url == null) {
            return null;
        }
        String withoutUser = USER_INFO.matcher(url).replaceFirst("***@");
        return SECRET_PARAMETER.matcher(withoutUser).replaceAll("$1=***");
    }

    public Feed {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url must not be blank");
        }
        url = url.strip();
    }

    public static Feed of(String url, boolean allTopics) {
        return new Feed(url, allTopics, null, null, null, null, null, 0, null, null, null);
    }

    /** True when {@code other} names the same feed, ignoring tracking parameters, case of host, fragment. */
    public boolean sameAs(String other) {
        return ArticleIds.canonicalUrl(url).equals(ArticleIds.canonicalUrl(other));
    }

    public Feed succeeded(Instant at, String newEtag, String newLastModified, int added) {
        return new Feed(url, allTopics, newEtag, newLastModified, at, OK, null, articlesContributed + added, at,
                lastFailure, null);
    }

    public Feed notModified(Instant at) {
        return new Feed(url, allTopics, etag, lastModified, at, OK, null, articlesContributed, at, lastFailure, null);
    }

    public Feed failed(Instant at, String error) {
        return new Feed(url, allTopics, etag, lastModified, at, FAILED, error, articlesContributed, lastSuccess, at,
                failingSince == null ? at : failingSince);
    }

    /**
     * Some items were stored, then the refresh's time ran out: counted as a failure, and the old
     * validators are kept so the next refresh reads the feed again and picks up the rest.
     */
    public Feed partlyRead(Instant at, String error, int added) {
        return new Feed(url, allTopics, etag, lastModified, at, FAILED, error, articlesContributed + added, lastSuccess,
                at, failingSince == null ? at : failingSince);
    }

    public Feed withAllTopics(boolean all) {
        return new Feed(url, all, etag, lastModified, lastFetched, lastStatus, lastError, articlesContributed, lastSuccess,
                lastFailure, failingSince);
    }

    /** True when it has been failing, without a success in between, for longer than {@code span} before {@code now}. */
    public boolean failingLongerThan(java.time.Duration span, Instant now) {
        return failingSince != null && failingSince.plus(span).isBefore(now);
    }
}
