package dev.wafer.bot.format;

import dev.wafer.bot.app.Corrections;
import dev.wafer.retrieval.answer.Citation;
import dev.wafer.retrieval.correction.CitedClaim;
import dev.wafer.retrieval.correction.Correction;
import dev.wafer.retrieval.index.Passage;

/** An "Update:" to an old answer, as its thread shows it and as {@code wafer corrections} lists it. */
public final class CorrectionText {

    /** A quoted sentence this long at most, so both claims and both sources fit one message. */
    static final int MAX_QUOTE = 600;

    private CorrectionText() {
    }

    /**
     * One message under 2,000 characters: what changed, the claim as cited then and the newer report,
     * each with its source as a masked link without a preview, nothing that can ping.
     */
    public static String discord(Correction correction) {
        Citation then = then(correction.claim());
        Citation now = now(correction);
        String text = "**Update:** newer news changes this answer (" + correction.kind().label() + ").\n"
                + "Then: " + DiscordText.plain(quote(correction.claim().sentence())) + " [1]\n"
                + "Now: " + DiscordText.plain(quote(correction.sentence())) + " [2]\n"
                + DiscordText.source(then) + "\n" + DiscordText.source(now);
        return text.length() <= DiscordText.MAX_MESSAGE ? text : text.substring(0, DiscordText.MAX_MESSAGE - 1) + "…";
    }

    /** Where it would go and what it would say, for the command line. */
    public static String plain(Corrections.Pending update) {
        Correction correction = update.correction();
        CitedClaim claim = correction.claim();
        return "Server " + update.answer().guild() + ", thread " + update.answer().channel() + ", answer "
                + update.answer().message() + " (" + Passage.dateLabel(update.answer().postedAt()) + ", \""
                + update.answer().question() + "\") — " + correction.kind().label() + "\n"
                + "  then: " + claim.sentence() + " — " + claim.outlet() + ", " + Passage.dateLabel(claim.published())
                + " — " + claim.url() + "\n"
                + "  now:  " + correction.sentence() + " — " + correction.outlet() + ", "
                + Passage.dateLabel(correction.published()) + " — " + correction.url() + "\n";
    }

    private static Citation then(CitedClaim claim) {
        return new Citation(1, claim.title(), claim.outlet(), claim.url(), claim.published());
    }

    private static Citation now(Correction correction) {
        return new Citation(2, correction.title(), correction.outlet(), correction.url(), correction.published());
    }

    private static String quote(String sentence) {
        String flat = sentence.replaceAll("\\s+", " ").strip();
        return "“" + (flat.length() <= MAX_QUOTE ? flat : flat.substring(0, MAX_QUOTE - 1).strip() + "…") + "”";
    }
}
