package dev.wafer.retrieval.answer;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Product and process names with a number in them — "H20", "MI300X", "B200", "2nm", "HBM3E" — which
 * in chip news are what a question is about: a sentence about the 4nm line does not answer a question
 * about 2nm, nor one about the H100 a question about the H20.
 */
final class ModelNumbers {

    /** Letters and digits together in one word (not a plain number or year). */
    private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}-]*\\p{L})(?=[\\p{L}\\p{N}-]*\\p{N})"
            + "[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)?(?![\\p{L}\\p{N}])");

    private ModelNumbers() {
    }

    /** The model numbers in {@code text}, in lower case. */
    static Set<String> in(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return found;
    }

    /**
     * True when {@code sentence} names another model of the same family as one {@code asked} ("4nm" for
     * "2nm", "h100" for "h20") and none of the asked ones: it is about something else.
     */
    static boolean namesAnotherOfTheSameKind(String sentence, Set<String> asked) {
        if (asked.isEmpty()) {
            return false;
        }
        Set<String> named = in(sentence);
        if (named.stream().anyMatch(asked::contains)) {
            return false;
        }
        Set<String> families = new LinkedHashSet<>();
        asked.forEach(model -> families.add(family(model)));
        return named.stream().anyMatch(model -> families.contains(family(model)));
    }

    /** "2nm" and "4nm" are one family ("#nm"), as are "h20" and "h100" ("h#") and "mi300x" and "mi325x". */
    private static String family(String model) {
        return model.replaceAll("\\d+", "#");
    }
}
