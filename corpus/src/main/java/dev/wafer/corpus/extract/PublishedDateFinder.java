package dev.wafer.corpus.extract;

import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * Finds when a page's article was published, trusting the sources in the order publishers keep them
 * accurate: their metadata (Open Graph {@code article:published_time}, JSON-LD {@code datePublished},
 * {@code itemprop}, Dublin Core, Parse.ly, Sailthru, citation tags), then a date in the page's own
 * address, then the visible byline or the kicker above the headline, then the page's own entry in a list of posts,
 * then a date line.
 * Modification, copyright and comment dates are never taken, nor dates in related-link boxes; when no
 * source is clear the page stays undated, because a wrong date misdates every claim cited from the page.
 *
 * <p>Each source is read by its own class — {@link MetadataDates}, {@link AddressDates}, {@link PrintedDates},
 * all drawing the same borders with {@link PagePlaces} — and this class is only the decision between them.
 */
final class PublishedDateFinder {

    private PublishedDateFinder() {
    }

    /** The article's publication date, or none when no source is clear; {@code pageUrl} may be null. */
    static Optional<StatedDate> find(Document page, String pageUrl) {
        Optional<StatedDate> metadata = MetadataDates.find(page);
        Optional<StatedDate> inAddress = AddressDates.fromUrl(page, pageUrl);
        if (metadata.isPresent()) {
            // The date printed right under the headline is the one the publisher shows its readers; where
            // it differs from the metadata (a CMS's import date, a UTC day), it was right two times in
            // three on the dev pages — unless the address carries the metadata's day too. A dated element
            // elsewhere in the header was not: it loses to metadata. Only a date on a byline-length line may
            // overrule metadata: a date inside a sentence under the headline (a standfirst recalling "November
            // 3, 2013", a photo caption's "March 5, 2019") is a day the story mentions, not its publication.
            // When the header shows the metadata's day as well (a "modified" stamp printed first, then the
            // published one), the header confirms the metadata instead of contradicting it. A header with no
            // date may have its date line just above the headline (a kicker): that is printed for readers too.
            // Only a date with its full year may overrule: a two-digit year is a guess at the century and at
            // whether the number is a year at all, and metadata is the better witness than a guess.
            Optional<String> bylines = PrintedDates.headerText(page);
            Optional<StatedDate> printed = bylines.flatMap(PublishedDates::find)
                    .or(() -> PrintedDates.kicker(page, PublishedDates::find))
                    .filter(PublishedDates::plausible);
            boolean addressAgrees = inAddress.isPresent() && inAddress.get().day().equals(metadata.get().day());
            boolean headerAgrees = bylines.isPresent() && shows(bylines.get(), metadata.get().day());
            if (printed.isPresent() && !printed.get().day().equals(metadata.get().day()) && !addressAgrees && !headerAgrees) {
                return printed;
            }
            return Optional.of(publishersDay(metadata.get(), inAddress, page));
        }
        return inAddress.or(() -> PrintedDates.fromByline(page)).or(() -> PrintedDates.kicker(page))
                .or(() -> PrintedDates.ownListEntry(page)).or(() -> PrintedDates.dateLine(page));
    }

    /** Whether any date written in the text falls on the day. */
    private static boolean shows(String text, LocalDate day) {
        // Every date form DateText reads is written with ASCII digits, and it reads the first DateText.READ_LENGTH characters after
        // the leading spaces: a word with no digit that near is no date's start, and the patterns need not run there.
        int[] nextDigit = new int[text.length() + 1];
        nextDigit[text.length()] = Integer.MAX_VALUE;
        for (int at = text.length() - 1; at >= 0; at--) {
            char c = text.charAt(at);
            nextDigit[at] = c >= '0' && c <= '9' ? at : nextDigit[at + 1];
        }
        for (int at = 0; at < text.length(); at++) {
            boolean wordStart = at == 0 || Character.isWhitespace(text.charAt(at - 1));
            if (!wordStart) {
                continue;
            }
            int start = at;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (nextDigit[start] >= start + DateText.READ_LENGTH) {
                continue;
            }
            if (DateText.first(text.substring(at)).filter(date -> date.day().equals(day)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Many sites write their metadata in UTC, which near midnight is another day than the one the
     * publisher printed. When the page itself states the local day — in its address, its byline,
     * or the same moment with its own offset elsewhere — that day is the publication day.
     */
    private static StatedDate publishersDay(StatedDate metadata, Optional<StatedDate> inAddress, Document page) {
        if (metadata.moment() == null || metadata.moment().getOffset().getTotalSeconds() != 0) {
            return metadata;
        }
        return MetadataDates.withLocalOffset(page, metadata)
                .or(() -> inAddress.or(() -> PrintedDates.fromByline(page))
                        .filter(date -> Math.abs(date.day().toEpochDay() - metadata.day().toEpochDay()) == 1))
                .orElse(metadata);
    }
}
