package dev.wafer.corpus.extract;

import java.time.Instant;

/**
 * The article found in an HTML page. Any field but {@code body} may be null when the page does not
 * say it; callers decide what to fall back to.
 *
 * @param publisherFrom     where the page named its publisher; null only when {@code publisher} is
 * @param publishedAsStated the publication date with the page's own offset, null when undated
 */
public record ExtractedPage(String title, String publisher, PublisherSource publisherFrom, String author, StatedDate publishedAsStated,
                            String canonicalUrl, String body) {

    /** The publication moment (a day alone counts from its start in UTC), null when undated. */
    public Instant published() {
        return publishedAsStated == null ? null : publishedAsStated.toInstant();
    }
}
