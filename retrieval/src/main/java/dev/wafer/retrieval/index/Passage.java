package dev.wafer.retrieval.index;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A run of consecutive sentences from one article, small enough to embed and to quote, carrying the
 * article's identity so every hit can be cited.
 *
 * @param id          {@code articleId:ordinal}
 * @param articleId   the article it came from
 * @param ordinal     its position in the article, from 0
 * @param text        the sentences
 * @param title       the article's headline
 * @param publisher   the article's outlet
 * @param published   the article's publication date, or null when unknown
 * @param url         the article's url or file reference
 */
public record Passage(String id, String articleId, int ordinal, String text, String title, String publisher,
                      Instant published, String url) {

    public Passage {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
    }

    public static String idOf(String articleId, int ordinal) {
        return articleId + ":" + ordinal;
    }

    public Optional<Instant> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** The article's date as a reader sees it: {@code 2025-08-14}, or "undated". */
    public String dateLabel() {
        return dateLabel(published);
    }

    public static String dateLabel(Instant published) {
        return published == null ? "undated" : published.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /**
     * The passage as indexed, embedded and shown to an answerer: headline, outlet and date lines, then
     * the sentences. Questions name outlets and dates ("according to TechCrunch", "in October"), so
     * those words belong in what is matched.
     */
    public String contextText() {
        return header(title, publisher, published) + text;
    }

    public static String header(String title, String publisher, Instant published) {
        return "Title: " + title + "\nPublisher: " + publisher + "\nPublished: " + dateLabel(published) + "\n";
    }
}
