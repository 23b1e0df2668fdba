package dev.wafer.retrieval.answer;

import dev.wafer.retrieval.figure.Figures;
import dev.wafer.retrieval.question.QuestionReading;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence carries the kind of fact a question asks for: for an amount, a figure of the
 * kind asked for ({@link dev.wafer.retrieval.question.FigureWanted}, read by {@link Figures}), a date for "when", a name the question does not already contain for "who/which", a
 * causal link for "why". Cheap surface cues, read once per candidate sentence.
 */
public final class AnswerCues {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern DATE = Pattern.compile("\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
            + "july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+\\d{1,2}\\b"
            + "|\\b\\d{1,2}\\s+(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|"
            + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b|\\b(?:in|by|since|from|until|during|early|late|mid-?)\\s+(?:19|20)\\d{2}\\b"
            + "|(?<![\\p{L}\\d.,$€£¥])(?:199\\d|20[0-3]\\d)(?![\\d%])(?!\\s?(?:billion|million|units|%))|\\bq[1-4]\\b|\\b(?:first|second|third|fourth) quarter\\b"
            + "|\\b(?:on|last|next|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)\\b",
            FLAGS);
    private static final Pattern REASON = Pattern.compile("\\b(?:because|due to|owing to|as a result|resulting from|"
            + "citing|cited|blamed|caused by|led to|amid|after|following|since|in order to|so that|driven by|thanks to|"
            + "on concerns|over concerns|reason|reasons|stemm(?:ed|ing) from)\\b", FLAGS);
    /** A capitalised word, or run of them, not at the start of the sentence. */
    private static final Pattern NAME = Pattern.compile("(?<=[\\s(“\"'])(\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'’-]*)*)");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "it", "its", "this", "that",
            "these", "those", "he", "she", "they", "we", "i", "but", "and", "or", "as", "for", "from", "by", "with",
            "his", "her", "their", "our", "if", "when", "while", "after", "before", "so", "yet", "mr", "ms", "mrs", "dr",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "us", "uk",
            "eu", "ceo", "cfo", "ai", "inc", "corp", "co", "ltd", "llc", "how", "why", "what", "who", "where", "which",
            "here", "there", "inside", "exclusive", "breaking", "watch", "live", "update", "analysis", "opinion", "review",
            "is", "are", "was", "will", "can", "could", "should", "would", "not", "no", "whereas", "although", "though",
            "because", "unlike", "despite", "meanwhile", "however", "also", "then", "moreover", "instead", "even",
            "only", "just", "top", "best", "maybe", "perhaps");

    private AnswerCues() {
    }

    public static boolean carries(QuestionReading question, String sentence) {
        return switch (question.asks()) {
            case AMOUNT -> question.figure().acceptsAny(Figures.in(sentence));
            case DATE -> DATE.matcher(sentence).find();
            case REASON -> REASON.matcher(sentence).find();
            case NAME -> namesSomethingNew(sentence, question.text());
            case OTHER -> false;
        };
    }

    /**
     * True when the question asks who holds a role and the sentence names someone new right beside the
     * role ("Chief executive Sid Sheth", "manufactured by GlobalFoundries").
     */
    public static boolean namesTheRole(QuestionReading question, String sentence) {
        return question.role().map(role -> role.beside(sentence).stream()
                .anyMatch(beside -> namesSomethingNew(" " + beside, question.searchText()))).orElse(false);
    }

    /** Words that are capitalised without naming anyone: pronouns, months, "CEO", "US". */
    public static boolean isCommonWord(String lowerCase) {
        return NOT_NAMES.contains(lowerCase);
    }

    /** True when the sentence names someone or something the question does not name already. */
    public static boolean namesSomethingNew(String sentence, String question) {
        String asked = question.toLowerCase(Locale.ROOT);
        Matcher name = NAME.matcher(sentence);
        while (name.find()) {
            // "ZT's US-based" is two names, each judged on its own.
            for (String part : name.group(1).split("['’]s\\s+")) {
                if (isNew(part.replaceAll("(?:['’]s|[.'’])+$", ""), asked)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isNew(String found, String asked) {
        String lower = found.toLowerCase(Locale.ROOT);
        // "Pat Gelsinger" is no new name in a question about "gelsinger", nor "US-based" a name at all.
        String last = lower.substring(lower.lastIndexOf(' ') + 1);
        return found.length() > 1 && !NOT_NAMES.contains(lower) && !NOT_NAMES.contains(lower.split("-")[0])
                && !asked.contains(lower) && !(last.length() > 2 && asked.contains(last));
    }
}
