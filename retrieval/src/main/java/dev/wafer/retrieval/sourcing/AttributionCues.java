package dev.wafer.retrieval.sourcing;

import dev.wafer.retrieval.index.Sentences;
import dev.wafer.retrieval.sourcing.Sourcing.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels a sentence by the attribution words news writing uses, checked in the order that protects
 * a reader: a denial first, then any sign of unnamed sources (an anonymous report stays anonymous
 * whoever it quotes), then analysts and estimates, a named person with a role, and only then the
 * company, regulator or court speaking or a filing, results or a release. A hedge ("could",
 * "expected to") with no one official saying it is an estimate; a sentence with none of these is the
 * outlet's own report. When unsure the label is never official: calling a rumor official is the
 * costly mistake.
 *
 * <p>The word lists were written against a labelled set of chip-news sentences kept with the tests
 * ({@code sourcing/labelled-dev.tsv}) and checked once on a held-back set. A sentence costs a few
 * regular-expression scans, microseconds.
 */
public final class AttributionCues implements SourcingClassifier {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** "did not deny", "neither confirmed nor denied": no denial. */
    private static final Pattern NOT_DENIED = Pattern.compile(
            "\\b(?:not|nor|never|n't)\\s+(?:deny|denied|denies|dismiss|reject)", FLAGS);
    private static final String DENY_VERB = "(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes)";
    private static final String CLAIM_NOUN = "(?:reports?|claims?|rumou?rs?|allegations?|speculation|accounts?|story|stories|suggestions?)";
    private static final Pattern DENIAL = Pattern.compile(String.join("|",
            "\\b" + DENY_VERB + "\\s+(?:that|it|this|having|any|its|media\\s+" + CLAIM_NOUN + "|" + CLAIM_NOUN
                    + "|(?:the|a|an|such|these|those|any)\\s+(?:media\\s+)?" + CLAIM_NOUN + "|the\\s+(?:company|firm|chipmaker))\\b",
            "\\b" + DENY_VERB + "\\s*[.;]",
            "\\b" + CLAIM_NOUN + "\\b[^.;]{0,80}?\\b(?:was|were|is|are)\\s+[\"“]?(?:pure\\s+|complete\\s+|categorically\\s+|simply\\s+)?"
                    + "(?:speculation|untrue|false|inaccurate|baseless|groundless|unfounded|incorrect|not\\s+true)",
            "\\bcall(?:ed|ing|s)?\\s+(?:the\\s+|them\\s+|it\\s+|those\\s+|these\\s+|such\\s+)?(?:" + CLAIM_NOUN + "\\s+)?[\"“]?"
                    + "(?:pure\\s+|categorically\\s+|completely\\s+)?(?:speculation|false|baseless|untrue|inaccurate|groundless|unfounded|rumou?rs?)"),
            FLAGS);

    private static final Pattern ANONYMOUS = Pattern.compile(String.join("|",
            "\\b(?:people|persons?|engineers?|employees?|executives?|officials?|insiders?)\\s+"
                    + "(?:familiar|close\\s+to|briefed|with\\s+(?:direct\\s+)?knowledge|involved|who\\s+(?:asked|spoke|declined|requested|ha(?:ve|d|s)\\s+seen|saw|were\\s+not\\s+authori[sz]ed))",
            "\\bsources?\\s+(?:said|say|says|told|close|familiar|with\\s+knowledge|cited|added)",
            "\\b(?:industry|supply[- ]chain|unnamed|anonymous|market|company|two|three|four|several|multiple|people's|government|diplomatic|banking|trade)\\s+sources\\b",
            "\\baccording\\s+to\\s+(?:\\w+\\s+){0,3}sources\\b", "\\bciting\\s+(?:\\w+\\s+){0,3}sources\\b",
            "\\baccording\\s+to\\s+(?:a|one|two|three)\\s+(?:person|people|insider)",
            "\\binsiders?\\b", "\\bunnamed\\b", "\\banonymity\\b", "\\bnot\\s+to\\s+be\\s+(?:named|identified)\\b",
            "\\breportedly\\b", "\\b(?:is|are|was|were)\\s+said\\s+to\\b", "\\brumou?r(?:s|ed)?\\b", "\\bleak(?:er|ers|ed|s)?\\b",
            "\\b(?:memo|document|documents|email|emails|letter|presentation|slides?|notice)\\s+(?:seen|reviewed|viewed|obtained)\\s+by\\b",
            "\\bthe\\s+(?:people|person|sources?|insiders?)\\s+(?:said|say|says|added)\\b"),
            FLAGS);

    /** Analysts and researchers as the source; "told analysts" makes them the audience instead. */
    private static final Pattern ESTIMATE = Pattern.compile(String.join("|",
            "(?<!told\\s|with\\s|to\\s|for\\s)\\banalysts?\\b(?!\\s+(?:call|on\\s+a\\s+call))",
            "\\bresearch\\s+firms?\\b", "\\bmarket\\s+research(?:ers?|\\s+firms?)?\\b", "\\bmarket\\s+researchers?\\b",
            "\\bestimat(?:e|es|ed|ing)\\b", "\\bforecast(?:s|ed|ing)?\\b", "\\bprojected\\b", "\\bprojections?\\b",
            "\\bprojects\\s+(?:that\\s+)?(?:\\S+\\s+){0,4}?(?:to|will|would)\\b", "\\bpredict(?:s|ed|ing|ions?)?\\b",
            "\\bwall\\s+street\\s+(?:expects|sees|is\\s+expecting)\\b", "\\binvestors\\s+(?:are\\s+)?(?:betting|expect)\\b"),
            FLAGS);
    /** A hedge: an estimate unless someone official says it. "may" only in lower case, not the month. */
    private static final Pattern HEDGE = Pattern.compile(
            "\\b(?:could|might|(?-i:may)|likely|expected\\s+to|expects?|expecting|anticipated\\s+to|poised\\s+to)\\b", FLAGS);

    private static final String SPEECH = "(?:said|says|say|told|tells|wrote|writes|added|noted|explained|argued|according\\s+to|speaking|stated)";
    private static final Pattern SPEECH_WORD = Pattern.compile("\\b" + SPEECH + "\\b", FLAGS);
    /** Roles that make a quoted person a named source rather than their company speaking. */
    private static final Pattern ROLE = Pattern.compile(
            "\\b(?:CEO|CFO|CTO|COO|chief|chairman|chairwoman|chair|president|vice\\s+president|VP|founder|co-founder|cofounder"
                    + "|executive|officer|head\\s+of|director|fellow|engineer|scientist|manager|professor|partner|architect|lead)\\b", FLAGS);
    private static final Pattern SURNAME_SPEAKS = Pattern.compile("\\b([A-Z][a-z]+)\\s+" + SPEECH + "\\b");
    private static final Pattern PERSON = Pattern.compile(
            "\\b(?:[A-Z]\\.){1,3}\\s?[A-Z][a-z]+\\b|\\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\\s+(?:[A-Z]\\.\\s+)?[A-Z][a-z]+(?:-[a-z]+)?\\b");
    /** Capitalised words that make a name an organisation or a place, not a person. */
    private static final Set<String> NOT_PERSON = Set.of("the", "a", "an", "in", "at", "on", "according", "speaking",
            "semiconductor", "semiconductors", "technology", "technologies", "electronics", "research", "devices", "systems",
            "instruments", "materials", "services", "micro", "inc", "corp", "group", "department", "ministry", "commission",
            "court", "bureau", "government", "capital", "partners", "labs", "cloud", "web", "foundries", "foundry", "computing",
            "networks", "holdings", "industries", "intelligence", "ventures", "security", "affairs", "trade", "commerce",
            "house", "office", "street", "stanley", "sachs", "economic", "federal", "national", "united", "states",
            "arabia", "emirates", "kingdom", "korea", "china", "taiwan", "japan", "europe", "european", "america", "asia",
            "valley", "times", "journal", "post", "news", "information", "communications", "telecom", "motors",
            "energy", "data", "center", "summit", "conference", "keynote", "day", "week", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /** A document or act that is itself official. */
    private static final Pattern OFFICIAL_DOCUMENT = Pattern.compile(String.join("|",
            "\\bpress\\s+releases?\\b", "\\b(?:in|from)\\s+a\\s+(?:joint\\s+)?statement\\b",
            "\\bsaid\\s+in\\s+(?:a|an|its)\\s+(?:[\\w-]+\\s+)?(?:statement|blog\\s+post|post|notice|filing|letter|release|report|announcement)\\b",
            "\\b(?:regulatory|securities|stock\\s+exchange|exchange|court|sec|quarterly|annual)\\s+filings?\\b", "\\bfilings?\\s+with\\b",
            "\\bfilings?\\s+(?:show|showed|shows)\\b", "\\b(?:in|its)\\s+(?:\\S+\\s+)?filing\\b", "\\b10-[KQ]\\b", "\\b8-K\\b", "\\bprospectus\\b",
            "\\b(?:annual|quarterly)\\s+report\\b", "\\bearnings\\s+(?:release|report|statement)\\b",
            "\\bresults,?\\s+(?:released|published)\\b", "\\bofficial\\s+(?:statement|notice|document)\\b", "\\bFederal\\s+Register\\b"),
            FLAGS);
    private static final String OFFICIAL_VERB = "(?:said|says|announced|announces|confirmed|confirms|disclosed|discloses|stated"
            + "|unveiled|unveils|told|approved|approves|ruled|rules|granted|grants|published|upheld|fined|fines|denied|rejected"
            + "|blocked|banned|ordered|added|posted|reported\\s+(?:\\S+\\s+){0,3}?(?:revenue|sales|profit|income|earnings|loss|results))";
    /** The company, a regulator or a court speaking or acting. */
    private static final Pattern OFFICIAL_SPEAKER = Pattern.compile(
            "\\b(?:ministry|department|agency|regulator|regulators|commission|government|court|judge|board|company|firm|chipmaker"
                    + "|chip\\s+designer|startup|administration|spokesperson|spokesman|spokeswoman|representative|minister|secretary"
                    + "|authorities|watchdog|officials)\\b[^.,;]{0,40}?\\b" + OFFICIAL_VERB + "\\b", FLAGS);
    /** An organisation named right before it speaks: "Nvidia said", "The Commerce Department said". */
    private static final Pattern NAMED_SPEAKER = Pattern.compile(
            "\\b([A-Z][\\w&'’.-]*(?:\\s+(?:of\\s+|and\\s+)?[A-Z][\\w&'’.-]*){0,4})\\s+(?:has\\s+|have\\s+)?" + OFFICIAL_VERB + "\\b");

    /** Another outlet's report the claim is taken from: "The Information reported", "according to a report by Nikkei". */
    private static final Pattern OTHER_REPORT = Pattern.compile(String.join("|",
            "\\b((?:The\\s+)?[A-Z][\\w&'’.-]*(?:\\s+[A-Z][\\w&'’.-]*){0,3})\\s+reported\\b(?!\\s+(?:\\S+\\s+){0,3}?(?:revenue|sales|profit|income|earnings|loss|results))",
            "\\b(?:according\\s+to|citing)\\s+(?:a\\s+|the\\s+)?(?:report|article|story)\\s+(?:by|from|in)\\s+((?:The\\s+)?[A-Z][\\w&'’.-]*(?:\\s+[A-Z][\\w&'’.-]*){0,3})",
            "\\b(?:sources\\s+)?told\\s+((?:The\\s+)?[A-Z][\\w&'’.-]*(?:\\s+[A-Z][\\w&'’.-]*){0,3})",
            "\\b(?:seen|reviewed|viewed|obtained)\\s+by\\s+((?:The\\s+)?[A-Z][\\w&'’.-]*(?:\\s+[A-Z][\\w&'’.-]*){0,3})"));
    private static final Pattern SECOND_HAND = Pattern.compile("\\b(?:reported|the\\s+report|a\\s+report|according\\s+to)\\b", FLAGS);

    private static final String SUBJECT = "((?:[Tt]he\\s+|[Aa]\\s+|[Aa]n\\s+)?(?:[A-Z][\\w&'’.-]*(?:\\s+(?:and\\s+)?[A-Z][\\w&'’.-]*){0,3}|company|companies)"
            + "(?:\\s+(?:spokes\\w+|representatives?))?)";
    private static final Pattern NO_COMMENT = Pattern.compile(SUBJECT
            + "\\s+(?:(declined|refused)\\s+to\\s+comment|(had|has)\\s+no\\s+comment|(would|could)\\s+not\\s+comment|did\\s+not\\s+comment"
            + "|did\\s+not\\s+(?:immediately\\s+)?(respond|reply)|could\\s+not\\s+(?:immediately\\s+)?be\\s+(reached))");
    /** Words every {@link #NO_COMMENT} match holds. */
    private static final List<String> NO_COMMENT_WORDS = List.of("comment", "respond", "reply", "reached");
    private static final Pattern UNCONFIRMED_BY = Pattern.compile(SUBJECT + "\\s+(?:(neither\\s+confirmed\\s+nor\\s+denied)|(did\\s+not\\s+deny))");
    private static final Pattern DENIER = Pattern.compile(SUBJECT + "\\s+(?:has\\s+|have\\s+)?" + DENY_VERB + "\\b");

    @Override
    public Sourcing classify(String sentence, String context) {
        String text = sentence == null ? "" : sentence.strip();
        String around = context == null ? "" : context;
        Kind kind = kindOf(text, around);
        return new Sourcing(kind, via(text, around, kind), note(text, around, kind));
    }

    private static Kind kindOf(String sentence, String context) {
        if (denies(sentence)) {
            return Kind.DENIED;
        }
        if (ANONYMOUS.matcher(sentence).find()) {
            return Kind.ANONYMOUS;
        }
        if (ESTIMATE.matcher(sentence).find()) {
            return Kind.ESTIMATE;
        }
        if (namesPerson(sentence, context)) {
            return Kind.NAMED;
        }
        if (OFFICIAL_DOCUMENT.matcher(sentence).find() || OFFICIAL_SPEAKER.matcher(sentence).find() || organisationSpeaks(sentence)) {
            return Kind.OFFICIAL;
        }
        if (HEDGE.matcher(sentence).find()) {
            return Kind.ESTIMATE;
        }
        if (SECOND_HAND.matcher(sentence).find() && anonymousIn(context, sentence)) {
            // "…, The Information reported." with "The report cited people familiar" after it.
            return Kind.ANONYMOUS;
        }
        return Kind.REPORTED;
    }

    private static boolean denies(String text) {
        return DENIAL.matcher(text).find() && !NOT_DENIED.matcher(text).find();
    }

    private static boolean anonymousIn(String context, String sentence) {
        if (!ANONYMOUS.matcher(context).find()) {
            return false;
        }
        for (String other : Sentences.split(context)) {
            if (!other.equals(sentence) && ANONYMOUS.matcher(other).find()) {
                return true;
            }
        }
        return false;
    }

    /** A person named in the sentence, with a role beside the name here or where the context names them in full. */
    private static boolean namesPerson(String sentence, String context) {
        if (!SPEECH_WORD.matcher(sentence).find()) {
            return false;
        }
        Matcher person = PERSON.matcher(sentence);
        while (person.find()) {
            String name = person.group();
            if (isPersonName(name) && (roleNear(sentence, person.start(), person.end()) || roleInContext(name, context))) {
                return true;
            }
        }
        // A surname alone ("Huang said") whose full name and role the context gives.
        Matcher speaker = SURNAME_SPEAKS.matcher(sentence);
        while (speaker.find()) {
            if (!NOT_PERSON.contains(speaker.group(1).toLowerCase(Locale.ROOT)) && roleInContext(speaker.group(1), context)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPersonName(String name) {
        for (String word : name.split("[\\s.]+")) {
            if (!word.isEmpty() && NOT_PERSON.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean roleNear(String text, int start, int end) {
        int from = Math.max(0, start - 45);
        int to = Math.min(text.length(), end + 60);
        return ROLE.matcher(text.substring(from, to)).find();
    }

    private static boolean roleInContext(String name, String context) {
        if (context.isEmpty()) {
            return false;
        }
        Matcher full = PERSON.matcher(context);
        while (full.find()) {
            String found = full.group();
            if ((found.equals(name) || found.endsWith(" " + name)) && isPersonName(found) && roleNear(context, full.start(), full.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean organisationSpeaks(String sentence) {
        Matcher speaker = NAMED_SPEAKER.matcher(sentence);
        while (speaker.find()) {
            String who = speaker.group(1);
            String first = who.split("\\s+")[0].toLowerCase(Locale.ROOT);
            // "It said", "They said" are no one in particular; a person's name is a person, not the company.
            if (!Set.of("it", "they", "he", "she", "this", "that", "we").contains(first)) {
                return true;
            }
        }
        return false;
    }

    private static String via(String sentence, String context, Kind kind) {
        if (kind == Kind.OFFICIAL || kind == Kind.DENIED) {
            return null;
        }
        Matcher other = OTHER_REPORT.matcher(sentence);
        while (other.find()) {
            for (int g = 1; g <= other.groupCount(); g++) {
                if (other.group(g) != null) {
                    String outlet = other.group(g).strip();
                    if (!outlet.isEmpty() && !Set.of("It", "He", "She", "They", "We").contains(outlet)) {
                        return outlet;
                    }
                }
            }
        }
        return null;
    }

    private static String note(String sentence, String context, Kind kind) {
        String text = context.isEmpty() ? sentence : sentence + " " + context;
        // Each pattern opens with a name, tried at every capital of a whole passage: look for its verb first.
        Matcher noComment = NO_COMMENT.matcher(text);
        if (NO_COMMENT_WORDS.stream().anyMatch(text::contains) && noComment.find()) {
            String who = subject(noComment.group(1));
            boolean reply = noComment.group(5) != null || noComment.group(6) != null;
            return who + (reply ? " did not respond to a request for comment" : " declined to comment");
        }
        Matcher unconfirmed = UNCONFIRMED_BY.matcher(text);
        if (text.contains("den") && unconfirmed.find()) {
            return subject(unconfirmed.group(1)) + (unconfirmed.group(2) != null ? " neither confirmed nor denied it" : " did not deny it");
        }
        if (kind != Kind.DENIED && DENIAL.matcher(context).find()) {
            for (String other : Sentences.split(context)) {
                if (!other.equals(sentence) && denies(other)) {
                    Matcher denier = DENIER.matcher(other);
                    return (denier.find() ? subject(denier.group(1)) : "The subject") + " denied it";
                }
            }
        }
        return null;
    }

    /** "A Huawei spokesperson" → "Huawei"; "the company" stays "The company". */
    private static String subject(String phrase) {
        String who = phrase.strip().replaceFirst("^(?:[Tt]he|[Aa]n?)\\s+(?=\\p{Lu})", "")
                .replaceFirst("\\s+(?:spokes\\w+|representatives?)$", "");
        return Character.toUpperCase(who.charAt(0)) + who.substring(1);
    }
}
