package dev.wafer.retrieval.question;

import dev.wafer.retrieval.figure.Figures;
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
public final class ModelNames {

    /**
     * Letters then a number ("H20", "MI300X", "HBM3E", "GPT-4"), or a process node ("2nm", "18A"). Not
     * ordinals ("13th"), sizes ("16-inch"), times ("04T21") or plain numbers and years.
     */
    private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:\\p{L}+-?\\d[\\p{L}\\p{N}]*|\\d+(?:nm|A)|N\\+\\d)"
            + "(?![\\p{L}\\p{N}])");

    private static final Pattern FAMILY = Pattern.compile("([\\p{L}-]*?)\\d[\\d.]*([\\p{L}]*).*");

    private ModelNames() {
    }

    /** The model numbers in {@code text}, in lower case. */
    public static Set<String> in(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (!Figures.hasDigit(text)) {
            return found; // every model number and node is written with a digit
        }
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
    public static boolean namesAnotherOfTheSameKind(String sentence, Set<String> asked) {
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

    /**
     * "2nm" and "4nm" are one family ("#nm"); so are "h20" and "h100" ("h#"), "mi300x" and "mi325x" ("mi#"),
     * "hbm3e" and "hbm4" ("hbm#"): the letters before the number name the family, or, when there are none,
     * the unit after it.
     */
    private static String family(String model) {
        Matcher parts = FAMILY.matcher(model);
        if (!parts.matches()) {
            return model;
        }
        return parts.group(1).isEmpty() ? "#" + parts.group(2) : parts.group(1) + "#";
    }
}
