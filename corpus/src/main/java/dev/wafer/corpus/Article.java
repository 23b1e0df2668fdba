package dev.wafer.corpus;

import dev.wafer.corpus.extract.PublishedDates;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One news article as Wafer stores it.
 *
 * @param id           stable identity: derived from the canonical URL, or from the content when there
 *                     is no URL (see {@link ArticleIds})
 * @param url          where the article lives: an http(s) URL, or a reference such as {@code file:NAME}
 *                     for imported files
 * @param title        the headline
 * @param publisher    the outlet that published it
 * @param author       the byline, or {@code null}
 * @param published    when it was published, or {@code null} when unknown; an unknown date is shown as
 *                     "undated", never guessed
 * @param body         the cleaned article text, paragraphs separated by blank lines
 * @param importedAt   when Wafer stored it
 * @param alsoReportedBy other outlets that carried the same story (syndicated copies collapsed here)
 */
public record Article(
        String id,
        String url,
        String title,
        String publisher,
        String author,
        Instant published,
        String body,
        Instant importedAt,
        List<String> alsoReportedBy) {

    private static final Logger LOG = LoggerFactory.getLogger(Article.class);

    public Article {
        id = requireText(id, "id");
        url = requireText(url, "url");
        title = requireText(title, "title");
        publisher = requireText(publisher, "publisher");
        author = author == null || author.isBlank() ? null : author.strip();
        body = requireText(body, "body");
        Objects.requireNonNull(importedAt, "importedAt");
        alsoReportedBy = alsoReportedBy == null ? List.of() : List.copyOf(alsoReportedBy);
    }

    /**
     * An article as read from a source, before it is stored: the id is derived from the url or the
     * content, and a web url is kept in canonical form so no reader is shown a tracking link. Every
     * source (feeds, pages, files) passes here, so this is where a publication date no web article can
     * have (before 1995 or after tomorrow, e.g. a feed's 0001-01-01 placeholder) is dropped: the article
     * is kept undated and the drop is logged as a warning, which import and refresh print.
     */
    public static Article of(String url, String title, String publisher, String author,
                             Instant published, String body, Instant importedAt) {
        String kept = url != null && (url.startsWith("http://") || url.startsWith("https://"))
                ? ArticleIds.canonicalUrl(url) : url;
        Instant date = published;
        if (published != null && !PublishedDates.plausible(published)) {
            LOG.warn("{}: publication date {} is not between {} and tomorrow; stored undated", kept, published,
                    PublishedDates.EARLIEST);
            date = null;
        }
        return new Article(ArticleIds.forArticle(url, body), kept, title, publisher, author, date, body,
                importedAt, List.of());
    }

    public Optional<Instant> publishedDate() {
        return Optional.ofNullable(published);
    }

    public Optional<String> authorName() {
        return Optional.ofNullable(author);
    }

    /** True when the url is a web address a reader can open (as opposed to {@code file:} references). */
    public boolean hasWebUrl() {
        return url.startsWith("http://") || url.startsWith("https://");
    }

    public Article withAlsoReportedBy(List<String> outlets) {
        return new Article(id, url, title, publisher, author, published, body, importedAt, outlets);
    }

    public Article withImportedAt(Instant time) {
        return new Article(id, url, title, publisher, author, published, body, time, alsoReportedBy);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }
}
