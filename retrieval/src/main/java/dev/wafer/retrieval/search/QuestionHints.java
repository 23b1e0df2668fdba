package dev.wafer.retrieval.search;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question says about where and when its answer was published: the outlets it names ("as
 * reported by TechCrunch and The Verge") and the days it names ("on October 10, 2023"). News
 * questions often name several outlets because the answer is spread over their articles; searching
 * each named outlet on its own makes sure every one of them is represented among the results.
 *
 * @param outlets     publishers of the index that the question names, as stored
 * @param days        calendar days the question names
 * @param undatedDays days named without a year ("on October 18th"): the same day of any year
 */
public record QuestionHints(List<String> outlets, List<LocalDate> days, List<MonthDay> undatedDays) {

    public static final QuestionHints NONE = new QuestionHints(List.of(), List.of(), List.of());

    private static final Pattern FULL_DATE = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December|"
                    + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
    /** A month and day not followed by a year; "May 5" only with the month capitalised. */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December|"
                    + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4}|\\d|:)");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    /** Compiled once per outlet name: outlets are few and every question is matched against all of them. */
    private static final Map<String, Pattern> NAME_PATTERNS = new ConcurrentHashMap<>();

    public QuestionHints {
        outlets = List.copyOf(outlets);
        days = List.copyOf(days);
        undatedDays = List.copyOf(undatedDays);
    }

    public boolean isEmpty() {
        return outlets.isEmpty() && days.isEmpty() && undatedDays.isEmpty();
    }

    /** Reads the hints in {@code question}, recognising outlets among {@code publishers}. */
    public static QuestionHints of(String question, Collection<String> publishers) {
        return new QuestionHints(outletsNamed(question, publishers), daysNamed(question), undatedDaysNamed(question));
    }

    /**
     * Publishers named in the question. A publisher is named by its full name or by the part before a
     * section suffix ("The Independent - Sports", "Cnbc | World Business News Leader"), with or
     * without a leading "The", case-insensitively — but the question's words must start with a
     * capital, so "a fortune" or "wired earbuds" do not name Fortune or Wired.
     */
    static List<String> outletsNamed(String question, Collection<String> publishers) {
        Set<String> named = new LinkedHashSet<>();
        // A plain substring test first: most outlets are not named, and it is far cheaper than the pattern.
        String lower = question.toLowerCase(Locale.ROOT);
        for (String publisher : publishers) {
            for (String name : namesOf(publisher)) {
                if (lower.contains(name.toLowerCase(Locale.ROOT)) && mentions(question, name)) {
                    named.add(publisher);
                    break;
                }
            }
        }
        return new ArrayList<>(named);
    }

    private static Set<String> namesOf(String publisher) {
        Set<String> names = new LinkedHashSet<>();
        String full = publisher.strip();
        names.add(full);
        String shortName = full.split("\\s+[|:–-]\\s+|\\s*\\|\\s*", 2)[0].strip();
        names.add(shortName);
        for (String name : List.copyOf(names)) {
            if (name.regionMatches(true, 0, "the ", 0, 4)) {
                names.add(name.substring(4).strip());
            }
        }
        names.removeIf(name -> name.length() < 3);
        return names;
    }

    private static boolean mentions(String question, String name) {
        Pattern pattern = NAME_PATTERNS.computeIfAbsent(name, key -> Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(key) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        Matcher matcher = pattern.matcher(question);
        while (matcher.find()) {
            if (Character.isUpperCase(question.charAt(matcher.start()))
                    || SOURCE_BEFORE.matcher(question.substring(0, matcher.start())).find()
                    || SOURCE_AFTER.matcher(question.substring(matcher.end())).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * People type outlet names in lower case ("what did reuters say"); then the words around the name
     * must show it is a source, so "a fortune" or "wired earbuds" still name no outlet.
     */
    private static final Pattern SOURCE_BEFORE = Pattern.compile(
            "\\b(?:according to|reported by|did|does|per|via)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_AFTER = Pattern.compile(
            "^(?:['’]s)?\\s+(?:say|says|said|report|reports|reported|write|writes|wrote|article|articles|story|stories)\\b",
            Pattern.CASE_INSENSITIVE);

    static List<LocalDate> daysNamed(String question) {
        Set<LocalDate> days = new LinkedHashSet<>();
        Matcher full = FULL_DATE.matcher(question);
        while (full.find()) {
            Month month = monthOf(full.group(1));
            int day = Integer.parseInt(full.group(2));
            int year = Integer.parseInt(full.group(3));
            if (month != null && day >= 1 && day <= month.length(java.time.Year.isLeap(year))) {
                days.add(LocalDate.of(year, month, day));
            }
        }
        Matcher iso = ISO_DATE.matcher(question);
        while (iso.find()) {
            try {
                days.add(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            } catch (java.time.DateTimeException notADate) {
                // "2023-13-45" is not a day; ignore it.
            }
        }
        return new ArrayList<>(days);
    }

    static List<MonthDay> undatedDaysNamed(String question) {
        Set<MonthDay> days = new LinkedHashSet<>();
        Matcher matcher = MONTH_DAY.matcher(question);
        while (matcher.find()) {
            Month month = monthOf(matcher.group(1));
            int day = Integer.parseInt(matcher.group(2));
            if (month != null && day >= 1 && day <= month.maxLength()) {
                days.add(MonthDay.of(month, day));
            }
        }
        return new ArrayList<>(days);
    }

    /** The month a name or its abbreviation stands for ("October", "oct", "Sept."), or null. */
    public static Month monthOf(String word) {
        String prefix = word.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(prefix)) {
                return month;
            }
        }
        return null;
    }
}
