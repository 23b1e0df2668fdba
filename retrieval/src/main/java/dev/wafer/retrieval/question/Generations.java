package dev.wafer.retrieval.question;

import dev.wafer.retrieval.cache.Remembered;
import dev.wafer.retrieval.index.ContentTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered generations of one named thing, however news writes the number: "Gaudi 3", "Big Fund III",
 * "the third 'Big Fund'", "Phase 2", "the first fund … and the second". A sentence about the second fund
 * does not answer a question about the third, and "big fund 3 vs big fund 2" compares two of them.
 * Model numbers written as one token ("H100", "MI300X") are {@link ModelNames}; this reads the ones
 * written as a name and a separate number.
 */
public final class Generations {

    /** One generation: the thing's name as the index stems it ("fund", "gaudi") and its number. */
    public record Generation(String family, int number) {
    }

    /** A generation as a text writes it, with where it starts and ends. */
    public record Mention(Generation generation, int start, int end) {
    }

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10));
    private static final Map<String, Integer> ROMAN = Map.ofEntries(Map.entry("ii", 2), Map.entry("iii", 3),
            Map.entry("iv", 4), Map.entry("vi", 6), Map.entry("vii", 7), Map.entry("viii", 8), Map.entry("ix", 9),
            Map.entry("xi", 11), Map.entry("xii", 12));
    /** "Gaudi 3", "Fund III", "gaudi 3" in a chat question: a name, then its number. */
    private static final Pattern NAME_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{L}[\\p{L}-]+)\\s+(\\d{1,2}|[IVXivx]{2,4})(?![\\p{L}\\p{N}%$€£¥])(?![.,]\\d)");
    /** What may follow a number that counts or measures rather than names: "raised 3 billion", "top 3 chips". */
    private static final Pattern QUANTITY_AFTER = Pattern.compile(
            "^\\s*(?:million|billion|trillion|bn|m\\b|per|percent|times|x\\b|years?|months?|weeks?|days?|hours?|"
            + "minutes?|quarters?|%|-)", Pattern.CASE_INSENSITIVE);
    /** "the third 'Big Fund'", "the first fund": an ordinal, then the name within two words. */
    private static final Pattern ORDINAL_NAME = Pattern.compile(
            "(?<![\\p{L}])(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[1-9](?:st|nd|rd|th))"
            + "(?:[\\s'‘’\"“”-]+(\\p{L}[\\p{L}-]*)){1,3}", Pattern.CASE_INSENSITIVE);
    /** "… the first fund, …, and the second, set up in 2019": an ordinal standing for the name just used. */
    private static final Pattern ELIDED_ORDINAL = Pattern.compile(
            "(?<![\\p{L}])the (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?=\\s*[,;:)]|\\s+one\\b|\\s+[$€£¥]?\\d)",
            Pattern.CASE_INSENSITIVE);
    /** Words after an ordinal that end the name it numbers, or show it numbers a time or a rank, not a thing. */
    private static final Set<String> NOT_A_NAME = Set.of("time", "times", "half", "quarter", "quarters", "largest",
            "biggest", "straight", "consecutive", "year", "month", "week", "day");
    /** Words before a number that make it an amount or a rank, not a name's number: "about 70", "top 5", "rose 3". */
    private static final Set<String> NOT_A_FAMILY = Set.of("about", "around", "nearly", "almost", "roughly", "over",
            "under", "than", "top", "some", "only", "just", "least", "most", "up", "down", "from", "per", "rose", "fell",
            "gained", "lost", "climbed", "dropped", "jumped", "slid", "grew", "added", "cut", "by", "to", "within",
            "past", "last", "next", "first", "page", "chapter", "step", "day", "week", "month", "year", "quarter", "q");
    private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "six");

    private Generations() {
    }

    /** The generations {@code text} names, in order. */
    public static List<Mention> in(String text) {
        List<Mention> found = new ArrayList<>();
        // News capitalises a name before its number ("Gaudi 3"; "plans 10 new lines" counts); a chat
        // question typed all in lower case ("big fund 3") does not.
        boolean lowerCase = text.equals(text.toLowerCase(Locale.ROOT));
        Matcher named = NAME_NUMBER.matcher(text);
        while (named.find()) {
            Optional<String> family = family(named.group(1));
            Optional<Integer> number = number(named.group(2));
            if (family.isPresent() && number.isPresent() && (lowerCase || Character.isUpperCase(named.group(1).charAt(0)))
                    && !QUANTITY_AFTER.matcher(text.substring(named.end())).find()
                    && (named.group(2).chars().allMatch(Character::isDigit) || isRoman(named.group(2), lowerCase))) {
                found.add(new Mention(new Generation(family.get(), number.get()), named.start(), named.end()));
            }
        }
        Matcher ordinal = ORDINAL_NAME.matcher(text);
        List<Mention> ordinals = new ArrayList<>();
        while (ordinal.find()) {
            Optional<String> family = ordinalFamily(ordinal.group());
            if (family.isPresent()) {
                ordinals.add(new Mention(new Generation(family.get(), ordinal(ordinal.group(1))), ordinal.start(),
                        ordinal.end()));
            }
        }
        found.addAll(ordinals);
        Matcher elided = ELIDED_ORDINAL.matcher(text);
        while (elided.find()) {
            int at = elided.start();
            Optional<String> lastFamily = ordinals.stream().filter(mention -> mention.start() < at).reduce((a, b) -> b)
                    .map(mention -> mention.generation().family());
            lastFamily.ifPresent(family -> found.add(new Mention(new Generation(family, ordinal(elided.group(1))), at,
                    elided.end())));
        }
        found.sort(java.util.Comparator.comparingInt(Mention::start));
        return found;
    }

    /** The generations {@code text} names, without where. */
    public static Set<Generation> named(String text) {
        return NAMED.get(text, read -> {
            Set<Generation> generations = new java.util.LinkedHashSet<>();
            in(read).forEach(mention -> generations.add(mention.generation()));
            return java.util.Collections.unmodifiableSet(generations);
        });
    }

    /** Sentences read recently: an answer weighs each candidate sentence against the question's generations twice. */
    private static final Remembered<String, Set<Generation>> NAMED = Remembered.upTo(4_096);

    /**
     * True when {@code sentence} names another generation of a thing {@code asked} names ("the second fund"
     * for "Big Fund III") and not the asked one: its figures are about something else.
     */
    public static boolean namesAnother(String sentence, Set<Generation> asked) {
        if (asked.isEmpty()) {
            return false;
        }
        Set<Generation> named = named(sentence);
        if (named.stream().anyMatch(asked::contains)) {
            return false;
        }
        return named.stream().anyMatch(generation -> asked.stream()
                .anyMatch(wanted -> wanted.family().equals(generation.family())));
    }

    /**
     * The ways news writes a generation's number, as the index stems them: "3", "iii", "third", "3rd" — so a
     * sentence on "the third phase" covers the "III" of "Big Fund III".
     */
    public static Set<String> writtenForms(int number) {
        Set<String> forms = new java.util.LinkedHashSet<>();
        forms.add(String.valueOf(number));
        ROMAN.forEach((roman, value) -> {
            if (value == number) {
                forms.add(roman);
            }
        });
        ORDINALS.forEach((word, value) -> {
            if (value == number) {
                forms.add(word);
            }
        });
        String suffix = number % 100 / 10 == 1 ? "th" : switch (number % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        forms.add(number + suffix);
        Set<String> stemmed = new java.util.LinkedHashSet<>();
        forms.forEach(form -> stemmed.addAll(ContentTerms.of(form)));
        return stemmed;
    }

    /** "III" is a number after a name in capitals; "iii" only where the whole text is typed in lower case. */
    private static boolean isRoman(String token, boolean lowerCase) {
        return token.equals(token.toUpperCase(Locale.ROOT)) || lowerCase;
    }

    /**
     * The name an ordinal numbers: a capitalised name right after it, to its last word ("the third 'Big
     * Fund' with" → fund), else the one word after it ("the first fund raised" → fund); "the third and
     * largest phase" and "the first two phases" number nothing.
     */
    private static Optional<String> ordinalFamily(String match) {
        String[] words = match.split("[\\s'‘’\"“”-]+");
        String last = null;
        for (int i = 1; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            boolean capitalised = Character.isUpperCase(words[i].charAt(0));
            if (NOT_A_NAME.contains(lower) || COUNTS.contains(lower) || ContentTerms.of(lower).isEmpty()
                    || last != null && !capitalised) {
                break;
            }
            last = words[i];
            if (!capitalised) {
                break;
            }
        }
        return last == null ? Optional.empty() : family(last);
    }

    private static Optional<String> family(String word) {
        if (NOT_A_FAMILY.contains(word.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Set<String> terms = ContentTerms.of(word);
        return terms.size() == 1 ? Optional.of(terms.iterator().next()) : Optional.empty();
    }

    private static Optional<Integer> number(String token) {
        if (token.chars().allMatch(Character::isDigit)) {
            int value = Integer.parseInt(token);
            return value >= 1 && value <= 99 ? Optional.of(value) : Optional.empty();
        }
        return Optional.ofNullable(ROMAN.get(token.toLowerCase(Locale.ROOT)));
    }

    private static int ordinal(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Integer spelled = ORDINALS.get(lower);
        return spelled != null ? spelled : Integer.parseInt(lower.substring(0, lower.length() - 2));
    }
}
