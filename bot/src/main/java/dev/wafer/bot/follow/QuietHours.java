package dev.wafer.bot.follow;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hours of the day, in UTC, when a follow's updates wait: from {@code start} up to {@code end}, across
 * midnight when {@code end} is earlier ("22-07" holds updates from 22:00 to 07:00 UTC).
 */
public record QuietHours(int start, int end) {

    private static final Pattern TYPED = Pattern.compile("\\s*(\\d{1,2})(?::00)?\\s*-\\s*(\\d{1,2})(?::00)?\\s*(?:utc)?\\s*",
            Pattern.CASE_INSENSITIVE);

    public QuietHours {
        if (start < 0 || start > 23 || end < 0 || end > 23) {
            throw new IllegalArgumentException("quiet: hours run from 0 to 23 (UTC), as in 22-07.");
        }
        if (start == end) {
            throw new IllegalArgumentException("quiet: give two different hours, as in 22-07 (UTC).");
        }
    }

    /** "22-07" or "22:00-07:00" (UTC); a clear error otherwise. */
    public static QuietHours parse(String typed) {
        Matcher hours = TYPED.matcher(typed == null ? "" : typed);
        if (!hours.matches()) {
            throw new IllegalArgumentException("quiet: takes two hours in UTC, as in 22-07 (from 22:00 to 07:00 UTC).");
        }
        return new QuietHours(Integer.parseInt(hours.group(1)), Integer.parseInt(hours.group(2)));
    }

    /** Whether updates wait at {@code moment}. */
    public boolean holds(Instant moment) {
        int hour = moment.atZone(ZoneOffset.UTC).getHour();
        return start < end ? hour >= start && hour < end : hour >= start || hour < end;
    }

    /** "22:00–07:00 UTC" */
    public String describe() {
        return String.format("%02d:00–%02d:00 UTC", start, end);
    }
}
