package dev.wafer.retrieval.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of answer a question asks for, read from its wording: an amount ("how much", "what
 * share"), a date ("when"), a name ("who", "which company"), a reason ("why"), or anything else —
 * and whether it asks for the newest state of things ("latest", "still", "so far", or a present-tense
 * question about something that keeps changing, such as prices, rules, rankings or sales).
 *
 * @param kind         the kind of fact that answers it
 * @param wantsLatest  true when newer sources should outrank older ones
 */
public record QuestionIntent(Kind kind, boolean wantsLatest) {

    /** The kind of fact a question asks for. */
    public enum Kind { AMOUNT, DATE, NAME, REASON, OTHER }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern AMOUNT = Pattern.compile("\\bhow (?:much|many|large|big|high|low|far)\\b"
            + "|\\b(?:what|which) (?:share|percentage|percent|proportion|price|amount|number|sum|figure|value|revenue|"
            + "valuation|cost|charge|market (?:value|cap|share))\\b|\\bby how much\\b", FLAGS);
    private static final Pattern DATE = Pattern.compile("^\\W*when\\b|\\bwhen (?:did|does|do|will|was|were|is|are)\\b"
            + "|\\b(?:what|which) (?:date|day|year|month|quarter|time)\\b|\\bsince when\\b", FLAGS);
    private static final Pattern REASON = Pattern.compile("^\\W*why\\b|\\bwhy (?:did|does|do|is|are|was|were|has|have)\\b"
            + "|\\bwhat (?:caused|causes|led to|leads to|is behind|was behind|prompted|drove|drives|explains)\\b"
            + "|\\bfor what reason\\b|\\b(?:the|what) reasons?\\b", FLAGS);
    private static final Pattern NAME = Pattern.compile("^\\W*who(?:se|m)?\\b|\\bwho (?:is|was|are|were|did|has|had|will)\\b"
            + "|^\\W*which\\b(?! (?:year|month|day|date|quarter)\\b)"
            + "|\\b(?:which|what) (?:\\w+ ){0,2}(?:company|companies|firm|person|individual|chip|chipmaker|model|product|"
            + "country|organi[sz]ation|group|start-?up|team|player|executive|ceo|maker|supplier|customer|brand|platform|"
            + "agency|regulator|lab|foundry|fab|bank|fund|investor|government|official|minister|founder|city|state|"
            + "entity|entities|outlet|technology|service|app|device|console|accelerator|gpu|processor|memory|club|star|"
            + "celebrity|figure|figures|filmmaker|director|athlete|artist|band|singer|network|website|studio|publisher|"
            + "establishments?|type of \\w+|kind of \\w+|individuals|people)\\b", FLAGS);
    private static final Pattern LATEST = Pattern.compile("\\b(?:latest|current|currently|now|nowadays|still|yet|"
            + "this year|so far|to date|as of|most recent|recently|newest|today|anymore|any more|these days)\\b", FLAGS);
    /** Things that keep changing, asked about in the present tense: their newest report is the answer. */
    private static final Pattern CHANGING = Pattern.compile("\\b(?:is|are|does|do|has|have)\\b.*\\b(?:prices?|pricing|"
            + "rules?|restrictions?|ban|bans|export controls?|licen[cs]es?|rankings?|ranked|shipments?|sales|"
            + "market (?:value|cap|share)|valuation|outlook|guidance|forecast|status|supply|shortage|capacity|lead times?)\\b",
            FLAGS);
    private static final Pattern PAST_YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    public static QuestionIntent of(String question) {
        String text = question.strip();
        Kind kind = AMOUNT.matcher(text).find() ? Kind.AMOUNT
                : DATE.matcher(text).find() ? Kind.DATE
                : REASON.matcher(text).find() ? Kind.REASON
                : NAME.matcher(text).find() ? Kind.NAME
                : Kind.OTHER;
        boolean latest = LATEST.matcher(text).find()
                || (CHANGING.matcher(text).find() && !PAST_YEAR.matcher(text).find()
                && !text.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:did|was|were|had)\\b.*"));
        return new QuestionIntent(kind, latest);
    }
}
