package dev.wafer.retrieval.index;

import dev.wafer.retrieval.cache.Remembered;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits English news text into sentences. News prose is full of "U.S.", "Inc.", "Dec. 2" and
 * "$5.5 billion", which naive splitting on periods gets wrong; a break is made only after ., ! or ?
 * followed by space and an upper-case letter, digit or quote, and never after a known abbreviation
 * or a single initial.
 */
public final class Sentences {

    /** Also "…limitations.(Financial Times) Next" — aggregators glue a source tag to the full stop. */
    private static final Pattern CANDIDATE_END = Pattern.compile(
            "[.!?…](?:\\([^()]{1,60}\\))?[\"'”’)\\]]*\\s+(?=[\\p{Lu}\\d\"“‘(\\[])");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "co", "ltd", "llc", "plc", "no",
            "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "gov", "sen", "rep", "gen", "col", "lt", "capt", "approx", "est",
            "dept", "fig", "mt", "ft", "a.m", "p.m", "ph.d");
    /** Company suffixes end a name, and often the sentence: "… Manufacturing Corp. The fab …". */
    private static final Set<String> COMPANY_SUFFIXES = Set.of("inc", "corp", "co", "ltd", "llc", "plc");
    /** Words that open a new sentence rather than continue a company's name. */
    private static final Pattern SENTENCE_OPENER = Pattern.compile(
            "\\s*[\"“‘]?(?:The|It|Its|This|That|These|Those|They|He|She|We|But|And|In|On|At|A|An)\\b");

    /**
     * Passages split recently. One answer splits each of its passages to choose sentences, to check what
     * its facts rest on and to label their sourcing, and the next answers cite much the same news. Texts up
     * to {@value #REMEMBERED_LENGTH} characters (a passage, not a whole article) are kept: a few MB at most.
     */
    private static final int REMEMBERED = 2_048;
    private static final int REMEMBERED_LENGTH = 4_000;
    private static final Remembered<String, List<String>> SPLIT = Remembered.upTo(REMEMBERED);

    private Sentences() {
    }

    /** The sentences of {@code text}, in order; the list cannot be changed. */
    public static List<String> split(String text) {
        return text.length() > REMEMBERED_LENGTH ? read(text) : SPLIT.get(text, Sentences::read);
    }

    private static List<String> read(String text) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n|\\n")) {
            splitParagraph(paragraph.strip().replaceAll("\\s+", " "), sentences);
        }
        return List.copyOf(sentences);
    }

    private static void splitParagraph(String paragraph, List<String> into) {
        if (paragraph.isEmpty()) {
            return;
        }
        int start = 0;
        Matcher end = CANDIDATE_END.matcher(paragraph);
        while (end.find()) {
            if (isAbbreviationBefore(paragraph, end.start())) {
                continue;
            }
            add(paragraph.substring(start, end.end()), into);
            start = end.end();
        }
        add(paragraph.substring(start), into);
    }

    private static boolean isAbbreviationBefore(String text, int periodIndex) {
        if (text.charAt(periodIndex) != '.') {
            return false;
        }
        int wordStart = periodIndex;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, periodIndex).toLowerCase(Locale.ROOT);
        if (COMPANY_SUFFIXES.contains(word) && SENTENCE_OPENER.matcher(text).region(periodIndex + 1, text.length()).lookingAt()) {
            return false;
        }
        // A single letter ("J. Smith") or a known abbreviation, possibly dotted ("U.S").
        return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
    }

    private static void add(String sentence, List<String> into) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) {
            into.add(trimmed);
        }
    }
}
