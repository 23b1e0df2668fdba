package dev.wafer.retrieval.answer;

import dev.wafer.retrieval.search.QuestionHints;
import dev.wafer.retrieval.search.ScoredPassage;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The days a question names ("on August 14, 2025", "on 2025-08-14", "on October 18th") when the corpus
 * holds no article published on any of them. A person asking what was reported that day wants that
 * day's news; when there is none, the honest answer says so — unless a later report tells of the day.
 *
 * @param dated   the named days with a year
 * @param undated the named days without one, which count in any year the corpus spans
 */
record NamedDays(List<LocalDate> dated, List<MonthDay> undated) {

    NamedDays {
        dated = List.copyOf(dated);
        undated = List.copyOf(undated);
    }

    static NamedDays in(String question) {
        QuestionHints hints = QuestionHints.of(question, Set.of());
        return new NamedDays(hints.days(), hints.undatedDays());
    }

    boolean isEmpty() {
        return dated.isEmpty() && undated.isEmpty();
    }

    /**
     * True when days are named and the corpus holds articles from none of them.
     *
     * @param held  whether any article was published on a day
     * @param years the years the corpus's articles span, where an undated day is looked for
     */
    boolean noneHeld(Predicate<LocalDate> held, List<Integer> years) {
        if (isEmpty()) {
            return false;
        }
        for (LocalDate day : dated) {
            if (held.test(day)) {
                return false;
            }
        }
        for (MonthDay day : undated) {
            for (int year : years) {
                if (day.isValidYear(year) && held.test(day.atYear(year))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when one of the passages tells of a named day in words ("August 14", "14 Aug.", "2025-08-14"). */
    boolean toldOfIn(List<ScoredPassage> passages) {
        List<Pattern> patterns = new ArrayList<>();
        for (LocalDate day : dated) {
            patterns.add(written(MonthDay.from(day)));
            patterns.add(Pattern.compile(Pattern.quote(day.toString())));
        }
        undated.forEach(day -> patterns.add(written(day)));
        return passages.stream().anyMatch(passage -> patterns.stream()
                .anyMatch(pattern -> pattern.matcher(passage.passage().text()).find()));
    }

    /** "2025-08-14", "October 18" and "2025-08-14 or October 18", as the answer names them. */
    String label() {
        List<String> names = new ArrayList<>();
        dated.forEach(day -> names.add(day.toString()));
        undated.forEach(day -> names.add(day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth()));
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
    }

    private static Pattern written(MonthDay day) {
        String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String shortMonth = day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        String name = "(?:" + month + "|" + shortMonth + "\\.?)";
        int date = day.getDayOfMonth();
        return Pattern.compile("\\b" + name + "\\s+" + date + "(?!\\d)|(?<!\\d)" + date + "(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
                + name + "\\b", Pattern.CASE_INSENSITIVE);
    }
}
