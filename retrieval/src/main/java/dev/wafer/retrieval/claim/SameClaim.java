package dev.wafer.retrieval.claim;

import dev.wafer.retrieval.cache.Remembered;
import dev.wafer.retrieval.figure.Figure;
import dev.wafer.retrieval.figure.Figures;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two sentences say the same thing: mostly the same longer words, and no figure of one unit
 * that differs ({@link Figures}: "$4.9bn" and "US$4,900 million" agree, "$4.5 billion" and "$5.5
 * billion" in otherwise identical sentences are two claims); bare numbers must share one. Used to count outlets reporting one claim, to find
 * sources that disagree, and to tie a story's reports into one event on a timeline.
 */
public final class SameClaim {

    private static final double OVERLAP = 0.5;
    /** A figure, not the digits of a name such as "H20" or "Blackwell B200". */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\d.,])\\d+(?:[.,]\\d+)*");

    /**
     * Sentences read recently: an answer compares each candidate with every other, a timeline each report
     * with the next, and the next answers weigh much the same news. Up to {@value #REMEMBERED_LENGTH}
     * characters each.
     */
    private static final int REMEMBERED = 4_096;
    private static final int REMEMBERED_LENGTH = 1_000;
    private static final Remembered<String, Claim> READ = Remembered.upTo(REMEMBERED);

    private SameClaim() {
    }

    public static boolean test(String a, String b) {
        return Claim.of(a).same(Claim.of(b));
    }

    /** A sentence read once for comparing with many others (its longer words and its figures). */
    public record Claim(Set<String> words, Set<String> figures, List<Figure> stated) {

        public static Claim of(String sentence) {
            return sentence.length() > REMEMBERED_LENGTH ? read(sentence) : READ.get(sentence, Claim::read);
        }

        private static Claim read(String sentence) {
            return new Claim(Collections.unmodifiableSet(SameClaim.words(sentence)),
                    Collections.unmodifiableSet(SameClaim.figures(sentence)), Figures.in(sentence));
        }

        /** See {@link SameClaim#shareAFigure(String, String)}. */
        public boolean sharesAFigure(Claim other) {
            if (Figures.share(stated, other.stated)) {
                return true;
            }
            return figures.stream().anyMatch(number -> other.figures.contains(number)
                    && number.matches("\\d{3,}(?:\\.\\d+)?") && !number.matches("(?:19|20)\\d{2}"));
        }

        public boolean same(Claim other) {
            if (figuresDiffer(other)) {
                return false;
            }
            if (words.isEmpty() || other.words.isEmpty()) {
                return false;
            }
            int shared = 0;
            for (String word : words) {
                shared += other.words.contains(word) ? 1 : 0;
            }
            return (double) shared / Math.min(words.size(), other.words.size()) >= OVERLAP
                    && (double) shared / Math.max(words.size(), other.words.size()) >= OVERLAP * 0.8;
        }

        /**
         * The two state figures that cannot be one claim: typed figures of one kind and unit that differ, or,
         * with no typed figure on either side, bare numbers with none in common.
         */
        public boolean figuresDiffer(Claim other) {
            return Figures.disagree(stated, other.stated)
                    || stated.isEmpty() && other.stated.isEmpty() && !figures.isEmpty() && !other.figures.isEmpty()
                    && figures.stream().noneMatch(other.figures::contains);
        }
    }

    /**
     * True when the two sentences state one figure: the same typed figure ("$4.9 billion", "US$4,900
     * million", "4.9bn-dollar"), or the same number of three digits or more that is no year, where the
     * words after it differ ("roughly 1,000 engineers", "1,000 systems engineers", "about 1,000 of ZT's
     * engineers").
     */
    public static boolean shareAFigure(String a, String b) {
        return Claim.of(a).sharesAFigure(Claim.of(b));
    }

    /** The figures a sentence states, thousands separators removed. */
    public static Set<String> figures(String sentence) {
        Set<String> found = new HashSet<>();
        if (!Figures.hasDigit(sentence)) {
            return found;
        }
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
