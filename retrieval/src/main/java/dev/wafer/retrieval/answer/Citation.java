package dev.wafer.retrieval.answer;

import dev.wafer.corpus.source.StarterCorpus;
import dev.wafer.retrieval.search.ScoredPassage;
import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.sourcing.Sourcing;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A numbered source of an answer: {@code [n]} in the answer text refers to it.
 *
 * @param n         the number used in the answer, from 1
 * @param title     the article's headline
 * @param publisher the outlet
 * @param url       a web URL, or a reference such as {@code file:NAME} when there is none
 * @param published publication date, or null when the article is undated
 * @param sourcing  what the cited claim rests on in that article, or null when not read
 */
public record Citation(int n, String title, String publisher, String url, Instant published, Sourcing sourcing) {

    public Citation {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
    }

    /** A citation whose sourcing has not been read. */
    public Citation(int n, String title, String publisher, String url, Instant published) {
        this(n, title, publisher, url, published, null);
    }

    public Citation withSourcing(Sourcing read) {
        return new Citation(n, title, publisher, url, published, read);
    }

    public Optional<Sourcing> sourcingRead() {
        return Optional.ofNullable(sourcing);
    }

    /** The citation of a retrieved source, numbered {@code n}. */
    public static Citation of(int n, ScoredPassage source) {
        return new Citation(n, source.passage().title(), source.passage().publisher(), source.passage().url(),
                source.passage().published());
    }


    public Optional<Instant> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** {@code 2025-08-14}, or "undated". */
    public String dateLabel() {
        return Passage.dateLabel(published);
    }

    /**
     * True when the source is one of Wafer's own briefs of a report (the bundled starter corpus), not the
     * outlet's article: its words are Wafer's, so it is never shown as the outlet's quote.
     */
    public boolean isBrief() {
        return StarterCorpus.isBrief(url);
    }

    /** Who the source is, as a reader should take it: "Reuters", or "Wafer's brief of a report by Reuters". */
    public String sourceLabel() {
        return isBrief() ? "Wafer's brief of a report by " + publisher : publisher;
    }

    public boolean hasWebUrl() {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }
}
