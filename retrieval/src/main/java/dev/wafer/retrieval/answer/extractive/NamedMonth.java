package dev.wafer.retrieval.answer.extractive;

import dev.wafer.retrieval.search.QuestionHints;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month a question dates its subject by ("the october 2023 export curbs", "Nvidia's May 2025
 * guidance"). A source published before that month cannot tell of it, and one published months after
 * it that never names the month tells of something else: "take effect on 12 March" in a 2025 tariff
 * story does not answer when the October 2023 curbs took effect.
 *
 * @param month the month named, with its year
 */
record NamedMonth(YearMonth month) {

    /**
     * Reports of a month's events keep coming for a while without naming it ("last month's rules"):
     * sources published this many months after the named one count as of its time. Set on the ChipQA dev
     * set, where the reports of one month's rule change ran within six weeks of it.
     */
    private static final int MONTHS_REPORTED_AFTER = 2;

    /** A month name then a year, with no day before or between ("October 2023", "oct. 2023"; not "10 October 2023"). */
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\p{N}]\\s)(?<![\\p{L}\\p{N}])"
            + "(january|february|march|april|may|june|july|august|september|october|november|december|"
            + "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?\\s+((?:19|20)\\d{2})(?![\\p{N}])",
            Pattern.CASE_INSENSITIVE);

    /** The one month {@code question} dates its subject by; none when it names no month, or several. */
    static Optional<NamedMonth> in(String question) {
        Matcher matcher = MONTH_YEAR.matcher(question);
        YearMonth found = null;
        while (matcher.find()) {
            YearMonth month = YearMonth.of(Integer.parseInt(matcher.group(2)), QuestionHints.monthOf(matcher.group(1)));
            if (found != null && !found.equals(month)) {
                return Optional.empty();
            }
            found = month;
        }
        return Optional.ofNullable(found).map(NamedMonth::new);
    }

    /** True when a source published at {@code published}, with {@code text}, can tell of the named month's events. */
    boolean toldOfBy(Instant published, String text) {
        YearMonth when = YearMonth.from(published.atZone(ZoneOffset.UTC));
        if (when.isBefore(month)) {
            return false;
        }
        if (!when.isAfter(month.plusMonths(MONTHS_REPORTED_AFTER))) {
            return true;
        }
        String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return Pattern.compile("(?<![\\p{L}])(?:" + name + "|" + name.substring(0, 3) + "\\.?)(?![\\p{L}])")
                .matcher(text).find();
    }
}
