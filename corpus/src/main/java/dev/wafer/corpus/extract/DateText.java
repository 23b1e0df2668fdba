package dev.wafer.corpus.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date out of a short piece of text — a meta tag's value, a {@code datetime} attribute, a
 * byline such as "Published 3 November 2023, 10:14" or "Veröffentlicht am 03.11.2023". Numeric
 * forms whose day and month could be swapped (11/03/2023) are not guessed at: a wrong day is worse
 * than none.
 */
final class DateText {

    /** How much of a text is read for the date it opens with: a date is written near the start. */
    static final int READ_LENGTH = 400;

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH_NAME = "(\\p{L}{3,12})\\.?"; // "października" is the longest
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");
    /**
     * Around a numeric date, a dash or tilde to another day makes it a span ("2020/7/11-12", "5.10. - 8.10.2023"),
     * an event's or a report's: a day joined without spaces, or a day and month after a spaced dash. A dash to a
     * time ("21.01.2022 - 13:30", "- 13.30 Uhr") or to a count ("- 3 min read", "- 2 Kommentare") does not.
     */
    private static final String NOT_SPAN_AFTER = "(?!(?:[-–~～]\\d{1,2}(?![\\d:.])|\\s?[-–~～]\\s?\\d{1,2}\\.\\d{1,2}\\.))";
    private static final String NOT_SPAN_BEFORE = "(?<!(?:\\d\\.|\\d{4})\\s?[-–~～]\\s?)";
    private static final Pattern YMD_SLASH = Pattern.compile(
            NOT_SPAN_BEFORE + "(?<![\\d./])((?:19|20)\\d{2})[/.](\\d{1,2})[/.](\\d{1,2})(?![\\d/])" + NOT_SPAN_AFTER);
    /**
     * "17/02/2022" or "02/17/2022": read only when one side is over 12 or both are the same ("08/08/2017"), so day
     * and month cannot be mistaken.
     */
    private static final Pattern SLASHED = Pattern.compile(
            NOT_SPAN_BEFORE + "(?<![\\d./])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?![\\d/])" + NOT_SPAN_AFTER);
    private static final Pattern DMY_DOTTED = Pattern.compile(
            NOT_SPAN_BEFORE + "(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d{2})(?!\\d)" + NOT_SPAN_AFTER);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s+(?:de\\s+)?" + MONTH_NAME + ",?\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d{2})(?!\\d)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<!\\p{L})" + MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CJK = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:\\d{4,6})?$");
    /**
     * Bylines shorten the year ("31.10.23", "9 Marzo 21"): a dotted day, month and year of two digits each (a
     * version "1.2.19" writes one digit), and a day, a month's name and a two-digit year that no word, number or
     * minutes follow ("14 March 20 people" is a count, and in "3 Nov 14:05" or "2 Jun 10.30 Uhr" the number is the
     * hour, not a year).
     */
    private static final Pattern DMY_DOTTED_SHORT_YEAR = Pattern.compile(
            NOT_SPAN_BEFORE + "(?<![\\d.])(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\d.])" + NOT_SPAN_AFTER);
    private static final Pattern DAY_MONTH_SHORT_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\.?\\s+" + MONTH_NAME + "\\s+(\\d{2})(?!\\d)(?!\\s?[:.h]\\d)(?!\\s*[\\p{L}\\d])",
            Pattern.UNICODE_CHARACTER_CLASS);

    private DateText() {
    }

    /** The earliest-written date in the text, in whichever form it is written. */
    static Optional<StatedDate> first(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.length() > READ_LENGTH) {
            value = value.substring(0, READ_LENGTH);
        }
        try {
            return Optional.of(StatedDate.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()));
        } catch (DateTimeParseException ignored) {
            // not RSS's form; try the others
        }
        Matcher compact = COMPACT.matcher(value);
        if (compact.matches()) {
            return day(compact.group(1), compact.group(2), compact.group(3));
        }
        StatedDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher iso = ISO.matcher(value);
        if (iso.find()) {
            Optional<StatedDate> found = isoDate(iso);
            if (found.isPresent()) {
                best = found.get();
                bestAt = iso.start();
            }
        }
        for (Pattern numeric : new Pattern[] {YMD_SLASH, CJK}) {
            Matcher m = numeric.matcher(value);
            if (m.find() && m.start() < bestAt) {
                Optional<StatedDate> found = day(m.group(1), m.group(2), m.group(3));
                if (found.isPresent()) {
                    best = found.get();
                    bestAt = m.start();
                }
            }
        }
        Matcher slashed = SLASHED.matcher(value);
        if (slashed.find() && slashed.start() < bestAt) {
            int first = Integer.parseInt(slashed.group(1));
            int second = Integer.parseInt(slashed.group(2));
            // Day and month the same ("08/08/2017") read one way whichever comes first.
            boolean dayFirst = first > 12 && second <= 12 || first == second;
            Optional<StatedDate> found = dayFirst ? day(slashed.group(3), slashed.group(2), slashed.group(1))
                    : second > 12 && first <= 12 ? day(slashed.group(3), slashed.group(1), slashed.group(2))
                    : Optional.empty();
            if (found.isPresent()) {
                best = found.get();
                bestAt = slashed.start();
            }
        }
        Matcher dotted = DMY_DOTTED.matcher(value);
        if (dotted.find() && dotted.start() < bestAt) {
            Optional<StatedDate> found = day(dotted.group(3), dotted.group(2), dotted.group(1));
            if (found.isPresent()) {
                best = found.get();
                bestAt = dotted.start();
            }
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(value);
        while (dmy.find() && dmy.start() < bestAt) {
            Integer month = MONTHS.get(monthKey(dmy.group(2)));
            if (month != null) {
                Optional<StatedDate> found = day(dmy.group(3), month.toString(), dmy.group(1));
                if (found.isPresent()) {
                    best = found.get();
                    bestAt = dmy.start();
                    break;
                }
            }
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(value);
        while (mdy.find() && mdy.start() < bestAt) {
            Integer month = MONTHS.get(monthKey(mdy.group(1)));
            if (month != null) {
                Optional<StatedDate> found = day(mdy.group(3), month.toString(), mdy.group(2));
                if (found.isPresent()) {
                    best = found.get();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The earliest-written date in a byline or a date label, where a shortened year ("31.10.23", "9 Marzo 21")
     * is the publisher's usual way of writing the day; read only when no date with a full year is there. Running
     * text is not read this way: "1.2.23" there may be a version or a section number.
     */
    static Optional<StatedDate> firstInByline(String text) {
        return firstInByline(text, LocalDate.now(ZoneOffset.UTC).getYear());
    }

    /** As {@link #firstInByline(String)}, with the year a two-digit year may not pass given (so tests can pin it). */
    static Optional<StatedDate> firstInByline(String text, int thisYear) {
        Optional<StatedDate> full = first(text);
        if (full.isPresent() || text == null) {
            return full;
        }
        // A match that is no day ("31.02.23") does not hide a real one later in the line.
        Matcher dotted = DMY_DOTTED_SHORT_YEAR.matcher(text);
        while (dotted.find()) {
            Optional<StatedDate> found = day(fullYear(dotted.group(3), thisYear), dotted.group(2), dotted.group(1));
            if (found.isPresent()) {
                return found;
            }
        }
        Matcher named = DAY_MONTH_SHORT_YEAR.matcher(text);
        while (named.find()) {
            Integer month = MONTHS.get(monthKey(named.group(2)));
            if (month != null) {
                Optional<StatedDate> found = day(fullYear(named.group(3), thisYear), month.toString(), named.group(1));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** "23" is 2023, and a two-digit year past {@code thisYear} is of the last century ("98" is 1998). */
    private static String fullYear(String twoDigits, int thisYear) {
        int year = 2000 + Integer.parseInt(twoDigits);
        return Integer.toString(year > thisYear ? year - 100 : year);
    }

    private static Optional<StatedDate> isoDate(Matcher iso) {
        Optional<StatedDate> day = day(iso.group(1), iso.group(2), iso.group(3));
        if (day.isEmpty() || iso.group(4) == null || iso.group(7) == null) {
            return day; // without an offset the written day is the page's day
        }
        try {
            String zone = iso.group(7);
            ZoneOffset offset = switch (zone) {
                case "Z", "UTC", "GMT" -> ZoneOffset.UTC;
                default -> ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            };
            int second = iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6));
            return Optional.of(StatedDate.of(OffsetDateTime.of(day.get().day().atTime(Integer.parseInt(iso.group(4)),
                    Integer.parseInt(iso.group(5)), second), offset)));
        } catch (DateTimeException | NumberFormatException e) {
            return day;
        }
    }

    private static Optional<StatedDate> day(String year, String month, String day) {
        try {
            return Optional.of(StatedDate.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String monthKey(String name) {
        // A short form the table lacks ("Sept", "Febr") counts when it begins a month's full name.
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        if (MONTHS.containsKey(key) || key.length() < 3) {
            return key;
        }
        return MONTHS.keySet().stream().filter(full -> full.length() > key.length() && full.startsWith(key))
                .findFirst().orElse(key);
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            // English, German, French, Spanish, Italian, Portuguese, Dutch — full names and the usual short forms —,
            // Swedish, Polish, Russian and Ukrainian (as a date writes them: "15 августа", "7 października"), and the
            // Arabic names of the Egyptian and Gulf press, with and without hamza.
            {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari",
                "stycznia", "января", "январь", "січня", "يناير"},
            {"february", "feb", "februar", "feber", "février", "févr", "fevrier", "fév", "febrero", "febbraio", "fevereiro", "fev", "februari",
                "lutego", "февраля", "февраль", "лютого", "فبراير"},
            {"march", "mar", "märz", "mär", "mars", "marzo", "março", "maart", "mrt", "marca", "марта", "март", "березня", "مارس"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "апреля", "апрель", "квітня", "أبريل", "ابريل", "إبريل"},
            {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "мая", "май", "травня", "مايو"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "июня", "июнь", "червня", "يونيو", "يونيه"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "июля", "июль", "липня", "يوليو", "يوليه"},
            {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "sierpnia", "августа", "август", "серпня",
                "أغسطس", "اغسطس"},
            {"september", "sep", "sept", "septembre", "septiembre", "set", "settembre", "setembro", "września", "сентября", "сентябрь",
                "вересня", "سبتمبر"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "października", "октября",
                "октябрь", "жовтня", "أكتوبر", "اكتوبر"},
            {"november", "nov", "novembre", "noviembre", "novembro", "listopada", "ноября", "ноябрь", "листопада", "نوفمبر"},
            {"december", "dec", "dezember", "dez", "décembre", "déc", "decembre", "diciembre", "dic", "dicembre", "dezembro", "grudnia",
                "декабря", "декабрь", "грудня", "ديسمبر"},
        };
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                months.put(name, i + 1);
            }
        }
        return Map.copyOf(months);
    }
}
