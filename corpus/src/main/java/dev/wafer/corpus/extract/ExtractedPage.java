package dev.wafer.corpus.extract;

import java.time.Instant;

/**
 * The article found in an HTML page. Any field but {@code body} may be null when the page does not
 * say it; callers decide what to fall back to.
 */
public record ExtractedPage(String title, String publisher, String author, Instant published,
                            String canonicalUrl, String body) {
}
