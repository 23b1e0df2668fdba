package dev.wafer.retrieval.correction;

import dev.wafer.retrieval.claim.SameClaim;
import dev.wafer.retrieval.figure.Figure;
import dev.wafer.retrieval.figure.Figures;
import dev.wafer.retrieval.sourcing.Sourcing;
import dev.wafer.retrieval.sourcing.SourcingClassifier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a later sentence changes an earlier one: the same subject and event (the same names, and
 * {@link SameClaim} once figures, dates, attribution and the change's own verb are set aside), and
 * then one of four changes — another figure of the same kind and period, a reversal verb the earlier
 * sentence lacked, another date with a verb that moves it, or the subject's denial as the sourcing
 * classifier reads it.
 *
 * <p>A wrong "Update:" in a thread is worse than none, so every test leans to "no change": a name of
 * the earlier sentence missing from the later one (another company, product or place), another period
 * ("second quarter" vs "third quarter", 2025 vs 2026), or a later sentence that restates the earlier
 * figure, all mean the two are merely related. The cue lists and these guards were written against
 * {@code correction/story-pairs.tsv} in the retrieval tests (chip-news story pairs: same story updated
 * vs merely related), where precision is held at 0.95 or more.
 */
public final class ChangeDetector {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Verbs that state a figure changed; "now expects" and "corrected" too. */
    private static final Pattern REVISION = Pattern.compile("\\b(?:raised|raises|raising|lowered|lowers|lowering|"
            + "cut|cuts|trimmed|trims|revised|revises|revising|increased|increases|reduced|reduces|boosted|boosts|"
            + "upped|corrected|corrects|correcting|slashed|slashes|scaled\\s+back|now\\s+(?:expects?|sees|plans?|"
            + "forecasts?|targets?|estimates?))\\b", FLAGS);
    /** Verbs that undo a decision or a plan (or restart what was stopped). */
    private static final Pattern REVERSAL = Pattern.compile("\\b(?:reversed|reverses|reversing|scrapped|scraps|"
            + "cancell?ed|cancels|called\\s+off|calls\\s+off|abandoned|abandons|withdrew|withdraws|withdrawn|"
            + "dropped\\s+(?:its|the|their)\\s+plans?|resumed|resumes|restarted|restarts|revoked|revokes|"
            // "lifted its forecast" raises a figure; only a lifted ban, curb or order undoes a decision
            + "(?:lifted|lifts|lifting)\\s+(?:(?:the|its|a|their)\\s+)?(?:\\w+\\s+)?(?:ban|bans|curbs?|restrictions?|embargo|sanctions?|order|suspension)|"
            + "rescinded|rescinds|suspended|suspends|backtracked|u-turn|no\\s+longer)\\b", FLAGS);
    /** Verbs that move a date. */
    private static final Pattern MOVE = Pattern.compile("\\b(?:delayed|delays|pushed\\s+back|pushes\\s+back|"
            + "postponed|postpones|pulled\\s+forward|pulls\\s+forward|brought\\s+forward|brings\\s+forward|moved|moves|"
            + "slipped|slips|rescheduled|reschedules|now\\s+expected|later\\s+than\\s+planned|earlier\\s+than\\s+planned)\\b",
            FLAGS);
    /** The frame of a denial, set aside so what remains is the claim denied. */
    private static final Pattern DENIAL_FRAME = Pattern.compile("\\b(?:denied|denies|deny|denying|dismissed|dismisses|"
            + "rejected|rejects|refuted|refutes)\\s+(?:(?:the|a|an|any|such|media)\\s+)*(?:(?:reports?|claims?|rumou?rs?|"
            + "speculation|story|stories)\\s+)?(?:that\\s+)?", FLAGS);
    /**
     * A period or a date: a year, a month (with its year), a quarter or half, fiscal or not.
     * Two sentences naming different ones speak of different periods, or of a moved date.
     */
    private static final Pattern PERIOD = Pattern.compile("\\b(?:(?:fiscal\\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)"
            + "\\s+(?:fiscal\\s+)?(?:quarter|half)|q[1-4]|h[12]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
            + "(?:\\s+\\d{1,2})?|(?:19|20)\\d{2}|(?:this|next|last)\\s+(?:year|quarter|month))\\b", FLAGS);
    /** Who said or reported it, at the end of a sentence: ", people familiar with the matter said." */
    private static final Pattern ATTRIBUTION = Pattern.compile(",[^,]*\\b(?:said|says|reported|reports|according\\s+to|"
            + "confirmed|told|repeated|added)\\b[^,]*$|,\\s*according\\s+to\\b.*$", FLAGS);
    /** Words that carry no subject or event ("will", "said that"): left out before the words are compared. */
    private static final Set<String> FUNCTION_WORDS = Set.of("will", "would", "that", "with", "said", "says", "have",
            "having", "been", "from", "this", "their", "they", "which", "after", "about", "also", "expects", "expected",
            "plans", "plan", "planned", "still", "company", "start", "part", "reports", "report", "media", "size",
            "amount", "target", "first", "rate");
    /** A name: a capitalised word or a model number such as H20 or MI350, not at the start only. */
    private static final Pattern NAME = Pattern.compile("\\b(?:\\p{Lu}[\\p{L}\\p{N}-]*|\\p{L}+\\d[\\p{L}\\p{N}]*)");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "It", "Its", "In", "On", "At", "By", "For",
            "After", "Before", "As", "This", "That", "Beijing's", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday");

    private final SourcingClassifier sourcing;

    public ChangeDetector(SourcingClassifier sourcing) {
        this.sourcing = java.util.Objects.requireNonNull(sourcing, "sourcing");
    }

    /** How {@code later} changes {@code earlier}, or empty when it does not (or is about something else). */
    public Optional<ChangeKind> change(String earlier, String later) {
        String before = claim(earlier);
        String after = claim(later);
        if (!names(after).containsAll(names(before)) || names(before).isEmpty()) {
            return Optional.empty(); // another company, product or place
        }
        if (!sameEvent(before, after)) {
            return Optional.empty();
        }
        boolean denied = sourcing.classify(later, "").kind() == Sourcing.Kind.DENIED;
        if (denied && sourcing.classify(earlier, "").kind() != Sourcing.Kind.DENIED) {
            return Optional.of(ChangeKind.DENIED);
        }
        if (denied) {
            return Optional.empty();
        }
        Set<String> periodsBefore = periods(before);
        Set<String> periodsAfter = periods(after);
        if (newly(REVERSAL, before, after)) {
            return Optional.of(ChangeKind.REVERSED);
        }
        if (!periodsBefore.isEmpty() && !periodsAfter.isEmpty() && !periodsAfter.containsAll(periodsBefore)
                && newly(MOVE, before, after)) {
            return Optional.of(ChangeKind.MOVED);
        }
        List<Figure> figuresBefore = Figures.in(before);
        List<Figure> figuresAfter = Figures.in(after);
        boolean samePeriod = periodsBefore.equals(periodsAfter) || periodsAfter.isEmpty();
        if (samePeriod && Figures.disagree(figuresBefore, figuresAfter)
                && (newly(REVISION, before, after) || !Figures.share(figuresBefore, figuresAfter))
                && !restated(figuresBefore, figuresAfter, before, after)) {
            return Optional.of(ChangeKind.REVISED);
        }
        return Optional.empty();
    }

    /** The later sentence gives the earlier figure as well without a revision verb: "separately from the $20bn plan". */
    private static boolean restated(List<Figure> before, List<Figure> after, String earlier, String later) {
        return Figures.share(before, after) && !newly(REVISION, earlier, later);
    }

    /**
     * The names a later text must mention for any of its sentences to change {@code earlier}: a cheap
     * first look, so an article about other companies is not read sentence by sentence.
     */
    public Set<String> subject(String earlier) {
        return names(claim(earlier));
    }

    /** The names {@code text} mentions, folded as {@link #subject} folds them. */
    public Set<String> mentioned(String text) {
        return names(text);
    }

    /** The claim without who reported it. */
    private static String claim(String sentence) {
        return ATTRIBUTION.matcher(sentence.strip()).replaceFirst("").strip();
    }

    /** Same subject and event once figures, dates and the change's own words are set aside. */
    private static boolean sameEvent(String before, String after) {
        return SameClaim.test(event(before), event(after));
    }

    private static String event(String claim) {
        String text = claim;
        for (Figure figure : Figures.in(claim)) {
            text = text.replace(figure.text(), " ");
        }
        text = PERIOD.matcher(text).replaceAll(" ");
        for (Pattern cue : List.of(DENIAL_FRAME, REVISION, REVERSAL, MOVE)) {
            text = cue.matcher(text).replaceAll(" ");
        }
        StringBuilder kept = new StringBuilder();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                kept.append(word).append(' ');
            }
        }
        return kept.toString().strip();
    }

    /** True when {@code later} says it with {@code cue} and {@code earlier} did not. */
    private static boolean newly(Pattern cue, String earlier, String later) {
        return cue.matcher(later).find() && !cue.matcher(earlier).find();
    }

    private static Set<String> periods(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher period = PERIOD.matcher(text);
        while (period.find()) {
            found.add(period.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
        return found;
    }

    /** The names a claim is about, possessives folded ("TSMC's" is TSMC); the first word only if it is one elsewhere too. */
    private static Set<String> names(String claim) {
        Set<String> found = new LinkedHashSet<>();
        Matcher name = NAME.matcher(claim);
        while (name.find()) {
            String word = name.group().replaceAll("['’]s$", "");
            if (!NOT_NAMES.contains(word) && !PERIOD.matcher(word).matches()) {
                found.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }
}
