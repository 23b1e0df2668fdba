package dev.wafer.retrieval.answer;

import java.util.regex.Pattern;

/**
 * Whether a question asks the bot what to buy ("can you recommend a good chip set?", "which GPU should I
 * buy?"). News reports what companies made, sold and charged; it recommends nothing to buy, so such a
 * question is declined however close its words sit to an article.
 */
final class PurchaseAdvice {

    private static final Pattern ASKS = Pattern.compile("\\b(?:can|could|would|will) (?:you|u) (?:please )?"
            + "(?:recommend|suggest)\\b|\\b(?:recommend|suggest) me\\b|\\bany (?:recommendations?|suggestions?) for\\b"
            + "|\\b(?:where|what|which \\w+) (?:can|do|should) i (?:buy|order|get)\\b|\\bshould i (?:buy|get|order)\\b"
            + "|\\bworth buying\\b|\\bbest \\w+(?: \\w+)? to buy\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PurchaseAdvice() {
    }

    /** True when {@code question} asks what the asker should buy. */
    static boolean asked(String question) {
        return ASKS.matcher(question).find();
    }
}
