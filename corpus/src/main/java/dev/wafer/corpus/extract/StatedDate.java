package dev.wafer.corpus.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A publication date as the page states it: the publisher's calendar day and, when the page gives
 * a time, the moment with the page's own offset — so "2020-06-07T01:00+03:00" stays the 7th rather
 * than becoming the UTC 6th.
 *
 * @param day    the publisher's calendar day
 * @param moment the stated time with its offset, or null when the page gives only a day
 */
public record StatedDate(LocalDate day, OffsetDateTime moment) {

    public StatedDate {
        Objects.requireNonNull(day, "day");
        if (moment != null && !moment.toLocalDate().equals(day)) {
            throw new IllegalArgumentException("day " + day + " is not the day of moment " + moment);
        }
    }

    public static StatedDate of(LocalDate day) {
        return new StatedDate(day, null);
    }

    public static StatedDate of(OffsetDateTime moment) {
        return new StatedDate(moment.toLocalDate(), moment);
    }

    /** The moment, or the start of the day in UTC when only a day is known. */
    public Instant toInstant() {
        return moment != null ? moment.toInstant() : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** ISO-8601: a date-time with the page's offset, or a plain date. */
    public String iso() {
        return moment != null ? moment.toString() : day.toString();
    }

    @Override
    public String toString() {
        return iso();
    }
}
