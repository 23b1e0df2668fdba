package dev.wafer.corpus.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the publication dates news sources write: ISO 8601 with or without offset or time, RFC 1123
 * (RSS), and the "Aug 14, 2025" / "14 August 2025" forms of bylines. A date without a zone is taken
 * as UTC. Anything else is unknown — never "now".
 */
public final class PublishedDates {

    private static final List<DateTimeFormatter> DATE_ONLY = List.of(
            pattern("MMM d, uuuu"), pattern("MMMM d, uuuu"), pattern("d MMM uuuu"), pattern("d MMMM uuuu"),
            pattern("MMM. d, uuuu"), pattern("uuuu/MM/dd"), pattern("EEEE, MMMM d, uuuu"), pattern("EEE, MMM d, uuuu"));

    private PublishedDates() {
    }

    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        if (value.length() >= 10) {
            try {
                return Optional.of(LocalDate.parse(value.substring(0, 10)).atStartOfDay().toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        for (DateTimeFormatter format : DATE_ONLY) {
            try {
                return Optional.of(LocalDate.parse(value, format).atStartOfDay().toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /**
     * The first date written anywhere in {@code text}, in any of the forms {@link DateText} knows
     * (ISO with or without time and offset, RFC 1123, day-month-year and month-day-year with month
     * names in several languages, dotted German dates, CJK dates), if it is a possible publication
     * date: not before 1995 and not after tomorrow.
     */
    public static Optional<StatedDate> find(String text) {
        return DateText.first(text).filter(PublishedDates::plausible);
    }

    /**
     * Like {@link #find}, for text a page prints as a byline or a date label, where a two-digit year is common
     * ("31.10.23"): read there only, since in running text such a number may be a version or a section.
     */
    static Optional<StatedDate> findInByline(String text) {
        return DateText.firstInByline(text).filter(PublishedDates::plausible);
    }

    /** The first day a news article on the web can have been published: the web news sites began in 1995. */
    public static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    /** A publication date the web can have had: from 1995 until tomorrow (time zones run ahead). */
    public static boolean plausible(StatedDate date) {
        return plausible(date.day());
    }

    /** Like {@link #plausible(StatedDate)}, for a moment (read as a day in UTC). */
    public static boolean plausible(Instant moment) {
        return plausible(LocalDate.ofInstant(moment, ZoneOffset.UTC));
    }

    private static boolean plausible(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1));
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .parseDefaulting(ChronoField.HOUR_OF_DAY, 0).toFormatter(Locale.ENGLISH);
    }
}
