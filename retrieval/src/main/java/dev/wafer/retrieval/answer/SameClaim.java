package dev.wafer.retrieval.answer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two sentences say the same thing: mostly the same longer words, and — when both state
 * figures — at least one figure in common, since "$4.5 billion" and "$5.5 billion" in otherwise
 * identical sentences are two claims, not one. Used to count outlets reporting one claim, to find
 * sources that disagree, and to tie a story's reports into one event on a timeline.
 */
public final class SameClaim {

    private static final double OVERLAP = 0.5;
    /** A figure, not the digits of a name such as "H20" or "Blackwell B200". */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\d.,])\\d+(?:[.,]\\d+)*");

    private SameClaim() {
    }

    public static boolean test(String a, String b) {
        Set<String> figuresA = figures(a);
        Set<String> figuresB = figures(b);
        if (!figuresA.isEmpty() && !figuresB.isEmpty() && figuresA.stream().noneMatch(figuresB::contains)) {
            return false;
        }
        Set<String> wordsA = words(a);
        Set<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(wordsA);
        shared.retainAll(wordsB);
        return (double) shared.size() / Math.min(wordsA.size(), wordsB.size()) >= OVERLAP
                && (double) shared.size() / Math.max(wordsA.size(), wordsB.size()) >= OVERLAP * 0.8;
    }

    /** The figures a sentence states, thousands separators removed. */
    public static Set<String> figures(String sentence) {
        Set<String> found = new HashSet<>();
        Matcher figure = FIGURE.matcher(sentence);
        while (figure.find()) {
            found.add(figure.group().replace(",", ""));
        }
        return found;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 3) {
                words.add(word);
            }
        }
        return words;
    }
}
