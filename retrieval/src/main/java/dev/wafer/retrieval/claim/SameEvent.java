package dev.wafer.retrieval.claim;

import dev.wafer.retrieval.cache.Remembered;
import dev.wafer.retrieval.figure.Figures;
import dev.wafer.retrieval.question.ChipLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two outlets tell one event in their own words: "SoftBank Group has acquired Graphcore, …",
 * "Graphcore, the British start-up, is now part of SoftBank" and "SoftBank Group's purchase of Graphcore,
 * confirmed on Friday, …" share few words but report one deal. A sentence is read as the events its
 * clauses state — a kind of news event (an acquisition, a sale, a funding round, a listing, a start of
 * production, a delay, job cuts, an appointment, an export curb), how far along it is (in talks, agreed or
 * planned, done, called off) and the names in that clause with the sentence's subject (the parties). Two
 * sentences tell one event when a clause of each states the same kind at a stage that can be one, they
 * name at least two parties alike (who did it and to what: "SoftBank" and "Graphcore", "Cerebras" and
 * "Nasdaq"), and neither clause names a party the other sentence never mentions while the other does the
 * same ("a fab in Idaho" / "in New York", "added SMIC" / "added YMTC"). Then figures that agree, or none,
 * make it one claim ({@link #same}); figures that differ make it one event told with conflicting figures
 * ({@link #conflict}).
 *
 * <p>Background is no event: what a company "had raised" or "was founded" with, "its 2020 acquisition of
 * Mellanox", the deal "a legal fight over" is about, and a quoted view of the news are told beside the
 * news, and two articles giving the same background do not corroborate what each reports. Pure reading
 * of the words: no model, nothing embedded.
 */
public final class SameEvent {

    /** Kinds of news event a chip community follows, each with the words that state one. */
    enum Kind {
        ACQUISITION("acquir(?:e|es|ed|ing)|acquisition|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|takeover"
                + "|take[sn]? over(?! as)|took over(?! as)|taking over(?! as)|snap(?:s|ped)? up"
                + "|(?:is|are|becomes?|became|will become|now) (?:now )?(?:part of|a (?:wholly[- ]owned )?subsidiary of"
                + "|(?:wholly[- ])?owned by)"
                + "|merger|merg(?:e|es|ed|ing) with",
                List.of("acqui", "buy", "bought", "purchas", "take", "took", "taking", "snap", "part of", "subsidiary",
                        "owned by", "merg")),
        /** Selling a business, a stake or a plant, not selling chips ("sells servers built around …"). */
        SALE("(?:sell(?:s|ing)?|sold|sale of|divest(?:s|ed|ing)?)(?= [^.,;]{0,50}\\b(?:stake|business|businesses|unit"
                + "|division|arm|operations?|factor(?:y|ies)|plants?|fabs?|subsidiary|company|shares in)\\b)"
                + "|divestiture|spin(?:s|ning)? off|spun off",
                List.of("sell", "sold", "sale", "divest", "spin", "spun")),
        FUNDING("funding|financing|round of|series [a-h]|investment (?:in|of)|invest(?:s|ed|ing)? (?:\\$|us\\$|€|£)"
                + "|rais(?:e|es|ed|ing) (?:about |roughly |some |nearly |almost |more than |as much as |up to |an? "
                + "|another |a further )?(?:\\$|us\\$|€|£|¥|\\d)",
                List.of("funding", "financing", "round of", "series", "invest", "rais")),
        /** Going public, not "the exchange's listing requirements". */
        LISTING("initial public offering|ipo|go(?:es|ing)? public|went public"
                + "|listing(?! (?:requirements|rules|standards|status|compliance))(?= (?:on|in)\\b|[.,;]|$)",
                List.of("public", "ipo", "listing")),
        MASS_PRODUCTION("(?:mass|volume|high-volume) production|produc(?:e|es|ed|ing) (?:in volume|at scale)",
                List.of("produc")),
        TRIAL_PRODUCTION("(?:trial|test|pilot|risk) production",
                List.of("production")),
        DELAY("delay(?:s|ed|ing)?|push(?:es|ed|ing)? back|postpon(?:e|es|ed|ing)",
                List.of("delay", "push", "postpon")),
        JOB_CUTS("(?:cut(?:s|ting)?|lay(?:s|ing)? off|laid off|eliminat(?:e|es|ed|ing)|shed(?:s|ding)?)"
                + "(?= [^.,;]{0,40}\\b(?:jobs?|workforce|staff|employees|workers|positions|headcount)\\b)|layoffs?",
                List.of("cut", "lay", "laid", "eliminat", "shed")),
        APPOINTMENT("(?:named|appointed|names|appoints|hired|hires|take[sn]? over as|took over as)"
                + "(?=[^.;]{0,60}\\b(?:chief executive|ceo|chief financial officer|cfo|chair(?:man|woman)?|president"
                + "|chief technology officer|cto)\\b)",
                List.of("name", "appoint", "hire", "take", "took")),
        DEPARTURE("retir(?:e|es|ed|ing)|resign(?:s|ed|ing)?|step(?:s|ped)? down|ousted|was fired",
                List.of("retir", "resign", "step", "ousted", "fired")),
        EXPORT_CURB("export (?:controls?|curbs?|rules?|restrictions?|bans?|licen[cs]es?)|entity list"
                + "|restrict(?:s|ed|ing)? (?:the )?exports?|ban(?:s|ned)? (?:the )?(?:export|sale)s?",
                List.of("export", "entity list", "restrict", "ban"));

        /** Package-private so that tests can check every form of the words against its cues. */
        final Pattern words;
        /**
         * Lower-case letters every match of {@link #words} holds, one of them at least: most clauses hold
         * none of a kind's, and looking for them is far cheaper than trying the words at every position.
         * {@code SameEventCuesTest} checks every form of the words against them.
         */
        private final List<String> cues;

        /** Two kinds that are two different pieces of news about one thing, never one told two ways. */
        boolean rival(Kind other) {
            return Set.of(this, other).equals(Set.of(MASS_PRODUCTION, TRIAL_PRODUCTION))
                    || Set.of(this, other).equals(Set.of(APPOINTMENT, DEPARTURE));
        }

        Kind(String words, List<String> cues) {
            this.words = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + words + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            this.cues = cues;
        }

        /** Whether the clause, in lower case, may state this kind: it holds one of its cues. */
        boolean mayBeIn(String lowerClause) {
            for (String cue : cues) {
                if (lowerClause.contains(cue)) {
                    return true;
                }
            }
            return false;
        }

    }

    /**
     * How far along an event is. A deal agreed and the same deal completed months later are two pieces of
     * news ("has agreed to buy" in April, "completed its acquisition" in December); a sentence naming the
     * event without saying ("SoftBank's purchase of Graphcore") can be either.
     */
    enum Stage {
        TALKS, AGREED, DONE, CALLED_OFF, UNSAID;

        boolean canBe(Stage other) {
            if (this == other) {
                return true;
            }
            return this == UNSAID && (other == AGREED || other == DONE) || other == UNSAID && (this == AGREED || this == DONE);
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern CALLED_OFF = Pattern.compile("\\b(?:withdr[ae]w|withdrawn|call(?:s|ed)? off"
            + "|scrap(?:s|ped)?|abandon(?:s|ed)?|cancel(?:s|led|ed)?|terminat(?:e|es|ed)|block(?:s|ed)|collapsed"
            + "|fell through|pull(?:s|ed) out)\\b", FLAGS);
    private static final Pattern TALKS = Pattern.compile("\\b(?:in (?:advanced |early |exclusive |final )?talks"
            + "|in discussions|considering|exploring|weighing|mulling|approached|is said to be|could)\\b", FLAGS);
    /** Words that say the event has happened, whatever else the clause says. */
    private static final Pattern COMPLETED = Pattern.compile("\\b(?:completed|completes|closed|closes|finali[sz]ed"
            + "|now part of|now (?:a )?(?:wholly[- ]owned )?subsidiary|now owned)\\b", FLAGS);
    /** Words that say it happened, when nothing in the clause says it is only agreed or planned. */
    private static final Pattern HAPPENED = Pattern.compile("\\b(?:(?:has|have) (?:now |already )?(?:been )?\\w+(?:ed|un|ught|ld|ut|en)"
            + "|began|begun|started|under way|underway|acquired|bought|sold|raised|named|appointed|took over"
            + "|laid off|delayed|pushed back|postponed|went public|listed|unveiled|launched|merged|retired|resigned"
            + "|stepped down|added|restricted|banned|filed)\\b", FLAGS);
    /** Words that say it is agreed, planned or expected, not yet done. */
    private static final Pattern AGREED = Pattern.compile("\\b(?:agreed|agrees|agreement|deal to|offer(?:ed|s)? to"
            + "|to (?:acquire|buy|purchase|sell|raise|list|cut|delay|start|begin|take over)|will|would|plans?|planned"
            + "|aims?|intends?|expects?|expected|set to|is (?:buying|selling|acquiring|raising)|being (?:acquired|bought|sold)"
            + "|pending|subject to)\\b", FLAGS);
    /**
     * History told beside the news, just before the event's words: the past perfect ("had raised", "had
     * bought"), or a year naming an earlier event ("its 2020 acquisition of Mellanox").
     */
    private static final Pattern BACKGROUND_BEFORE = Pattern.compile(
            "(?:\\bhad (?:already |previously |earlier |once )?(?:been )?|\\b(?:19|20)\\d{2}(?:'s)? |\\bfounded |\\bsince )$",
            FLAGS);
    /**
     * A subordinate clause or a preposition before the event's words makes it the setting of another
     * statement ("a legal fight over Qualcomm's purchase of Nuvia", "when it bought Mellanox", "as export
     * controls have restricted …"), not the news the sentence tells.
     */
    private static final Pattern SUBORDINATE_BEFORE = Pattern.compile(
            "\\b(?:when|before|after|since|over|until|because|as|while|whether|which|who|whose|once|unless)\\b", FLAGS);
    /** Someone else is to do it: "seek a partner to acquire ZT's factories" is no acquisition by the subject. */
    private static final Pattern OTHER_AGENT_BEFORE = Pattern.compile("\\b(?:a|an|the|another)\\s+(?:[\\w-]+\\s+){0,2}"
            + "(?:partner|buyer|bidder|investor|suitor|acquirer|rival)s?\\s+(?:to|that would|who would|which would)\\s+$",
            FLAGS);
    /** Quoted words are someone's view of the news, not the news ("“SoftBank is buying a team …,” said …"). */
    private static final Pattern QUOTED = Pattern.compile("[\"“][^\"”]*[\"”]");
    /** A year after the event's words says when an earlier one happened ("was sold to Nvidia in 2011"). */
    private static final Pattern BACKGROUND_YEAR = Pattern.compile("\\b(?:in|since) (?:19|20)\\d{2}\\b", FLAGS);
    private static final Pattern FOUNDED = Pattern.compile("\\b(?:founded|co-founded|set up|started the company)\\b", FLAGS);
    /** Clause boundaries of news sentences: commas, semicolons, dashes, "but" between two statements. */
    private static final Pattern CLAUSE = Pattern.compile(",\\s+|;\\s+|\\s+[—–-]\\s+|\\s+but\\s+");
    /**
     * A name: a run of capitalised words, or of words with digits and capitals ("SoftBank Group", "H20",
     * "HBM3E", "Lip-Bu Tan", "Run:ai").
     */
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}:&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}:&-]*)*");
    /**
     * Capitalised words that are no names: grammar words that open a sentence or a clause, and days and
     * months, which say when, not who.
     */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "it", "its", "this", "that", "these",
            "those", "their", "they", "he", "she", "his", "her", "we", "our", "in", "on", "at", "for", "by", "with",
            "from", "but", "and", "as", "after", "under", "since", "while", "if", "when", "then", "there", "some",
            "both", "neither", "people", "analysts", "shares", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /**
     * Countries and the capitals that stand for their governments: nearly every export-curb or subsidy
     * story names the US and China, so sharing them says nothing about which event it is. They still tell
     * two events apart when each names its own.
     */
    private static final Set<String> COUNTRIES = Set.of("us", "u.s", "united states", "america", "american",
            "washington", "china", "chinese", "beijing", "taiwan", "taiwanese", "taipei", "japan", "japanese", "tokyo",
            "south korea", "korea", "korean", "seoul", "netherlands", "dutch", "the hague", "europe", "european",
            "eu", "european union", "brussels", "uk", "britain", "british", "london", "germany", "german", "france",
            "french", "india", "indian", "israel", "israeli", "hong kong", "singapore", "malaysia", "russia", "russian");
    private static final int MIN_SHARED_PARTIES = 2;
    /**
     * Sentences read recently. An answer compares each candidate sentence with every other outlet's, and
     * the next answers weigh much the same news; a few answers' worth of sentences (up to
     * {@value #REMEMBERED_LENGTH} characters each) is kept rather than read again.
     */
    private static final int REMEMBERED = 4_096;
    private static final int REMEMBERED_LENGTH = 1_000;
    private static final Remembered<String, Reading> READ = Remembered.upTo(REMEMBERED);

    private SameEvent() {
    }

    /** The same event and no figure that differs: one claim in other words. */
    public static boolean same(String a, String b) {
        return Reading.of(a).same(Reading.of(b));
    }

    /** Two different events of one kind ({@link Reading#otherEvent}). */
    public static boolean otherEvent(String a, String b) {
        return Reading.of(a).otherEvent(Reading.of(b));
    }

    /** The same event told with figures that differ ("$500 million" / "about $600 million"). */
    public static boolean conflict(String a, String b) {
        return Reading.of(a).conflict(Reading.of(b));
    }

    /** One event a clause states: its kind, its stage and the parties it names. */
    record Mention(Kind kind, Stage stage, List<String> parties) {
    }

    /** A sentence read once, to compare with many others: the events it states, its names and its figures. */
    public record Reading(List<Mention> mentions, List<String> names, SameClaim.Claim claim) {

        public static Reading of(String sentence) {
            return sentence.length() > REMEMBERED_LENGTH ? read(sentence) : READ.get(sentence, Reading::read);
        }

        private static Reading read(String sentence) {
            String text = QUOTED.matcher(sentence).replaceAll(" ").strip();
            List<String> names = SameEvent.names(text);
            String subject = names.isEmpty() ? null : names.getFirst();
            List<Mention> mentions = new ArrayList<>();
            for (String clause : CLAUSE.split(text)) {
                String lower = clause.toLowerCase(Locale.ROOT);
                for (Kind kind : Kind.values()) {
                    if (!kind.mayBeIn(lower)) {
                        continue;
                    }
                    Matcher words = kind.words.matcher(clause);
                    while (words.find()) {
                        if (background(clause, words)) {
                            continue;
                        }
                        // The event's own words name no party ("its Entity List").
                        String trigger = words.group().toLowerCase(Locale.ROOT);
                        List<String> parties = new ArrayList<>(SameEvent.names(clause).stream()
                                .filter(name -> !trigger.contains(name.toLowerCase(Locale.ROOT))).toList());
                        if (subject != null && parties.stream().noneMatch(name -> sameName(name, subject))) {
                            parties.addFirst(subject);
                        }
                        mentions.add(new Mention(kind, stage(clause), List.copyOf(parties)));
                        break;
                    }
                }
            }
            return new Reading(List.copyOf(mentions), List.copyOf(names), SameClaim.Claim.of(sentence));
        }

        /** One event, and figures that agree or none. */
        public boolean same(Reading other) {
            return !claim.figuresDiffer(other.claim) && oneEvent(other);
        }

        /** One event told with typed figures of one kind and unit that differ. */
        public boolean conflict(Reading other) {
            return Figures.disagree(claim.stated(), other.claim.stated()) && oneEvent(other);
        }

        /**
         * Two different events of one kind, however alike the words: both state an event of some kind and no
         * clause of either is the other's event ("the US added SMIC to its entity list" / "… added YMTC …",
         * "agreed to buy" / "completed its purchase"). Words shared by such sentences are no corroboration.
         */
        public boolean otherEvent(Reading other) {
            boolean kindInCommon = false;
            for (Mention mine : mentions) {
                for (Mention theirs : other.mentions) {
                    if (mine.kind == theirs.kind) {
                        if (one(mine, theirs, other)) {
                            return false;
                        }
                        kindInCommon = true;
                    }
                }
            }
            return kindInCommon || rivals(other);
        }

        /** One states only an event the other's rules out: a trial run beside mass production, a chief named beside one leaving. */
        private boolean rivals(Reading other) {
            return mentions.stream().anyMatch(mine -> other.mentions.stream().anyMatch(theirs -> mine.kind.rival(theirs.kind)))
                    && mentions.stream().noneMatch(mine -> other.mentions.stream().anyMatch(theirs -> mine.kind == theirs.kind));
        }

        /** A clause of each states one kind of event, at a stage that can be one, about the same parties. */
        boolean oneEvent(Reading other) {
            for (Mention mine : mentions) {
                for (Mention theirs : other.mentions) {
                    if (mine.kind == theirs.kind && one(mine, theirs, other)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean one(Mention mine, Mention theirs, Reading other) {
            return (mine.kind == Kind.DELAY || mine.stage.canBe(theirs.stage))
                    && shared(mine.parties, theirs.parties) >= MIN_SHARED_PARTIES
                    && !(ownParty(mine.parties, other.names) && ownParty(theirs.parties, names));
        }
    }

    /** The event's words tell history, not the news: "had raised", "its 2020 acquisition", "sold in 2011". */
    private static boolean background(String clause, Matcher words) {
        String before = clause.substring(0, words.start());
        String after = clause.substring(words.end());
        return BACKGROUND_BEFORE.matcher(before).find() || BACKGROUND_YEAR.matcher(after).find()
                || FOUNDED.matcher(before).find() || SUBORDINATE_BEFORE.matcher(before).find()
                || OTHER_AGENT_BEFORE.matcher(before).find();
    }

    private static Stage stage(String clause) {
        if (CALLED_OFF.matcher(clause).find()) {
            return Stage.CALLED_OFF;
        }
        if (TALKS.matcher(clause).find()) {
            return Stage.TALKS;
        }
        if (COMPLETED.matcher(clause).find()) {
            return Stage.DONE;
        }
        if (AGREED.matcher(clause).find()) {
            return Stage.AGREED;
        }
        return HAPPENED.matcher(clause).find() ? Stage.DONE : Stage.UNSAID;
    }

    /** How many of one list's names the other names too, each matched once; countries do not count. */
    private static int shared(List<String> a, List<String> b) {
        List<String> left = new ArrayList<>(b);
        int shared = 0;
        for (String name : a) {
            if (COUNTRIES.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int i = 0; i < left.size(); i++) {
                if (sameName(name, left.get(i))) {
                    left.remove(i);
                    shared++;
                    break;
                }
            }
        }
        return shared;
    }

    /** A party of the clause that the other sentence never names. */
    private static boolean ownParty(List<String> parties, List<String> otherNames) {
        return parties.stream().anyMatch(party -> otherNames.stream().noneMatch(name -> sameName(party, name)));
    }

    /**
     * One name written alike, as the chip lexicon groups it ("AMD", "Advanced Micro Devices"), or one the
     * other's words hold ("SoftBank" in "SoftBank Group", "Cerebras" in "Cerebras Systems").
     */
    static boolean sameName(String a, String b) {
        if (a.equalsIgnoreCase(b) || ChipLexicon.bundled().same(a, b)) {
            return true;
        }
        List<String> aWords = List.of(a.toLowerCase(Locale.ROOT).split("\\s+"));
        List<String> bWords = List.of(b.toLowerCase(Locale.ROOT).split("\\s+"));
        return aWords.size() < bWords.size() ? bWords.containsAll(aWords) : aWords.containsAll(bWords);
    }

    /** The names a text gives, possessives dropped, grammar words and days left out, titles ("CEO") too. */
    static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = NAME.matcher(text);
        ChipLexicon lexicon = ChipLexicon.bundled();
        while (matcher.find()) {
            List<String> words = new ArrayList<>();
            for (String word : matcher.group().split("\\s+")) {
                String bare = word.replaceFirst("(?:'s|’s|'|’)$", "").replaceFirst("[:&-]+$", "");
                if (bare.length() > 1 && !NOT_NAMES.contains(bare.toLowerCase(Locale.ROOT)) && !lexicon.title(bare)) {
                    words.add(bare);
                } else if (!words.isEmpty()) {
                    addName(names, words);
                    words = new ArrayList<>();
                }
            }
            addName(names, words);
        }
        return names;
    }

    private static void addName(List<String> names, List<String> words) {
        if (!words.isEmpty()) {
            String name = String.join(" ", words);
            if (names.stream().noneMatch(known -> known.equalsIgnoreCase(name))) {
                names.add(name);
            }
        }
    }
}
