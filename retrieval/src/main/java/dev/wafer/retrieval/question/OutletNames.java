package dev.wafer.retrieval.question;

import dev.wafer.retrieval.cache.Remembered;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news outlets a question names as sources, recognised by how the question uses them — "what did
 * X report/say/write about …", "did X cover …", "according to X", "an X report", "anything from X on
 * …" — in any case, whether or not the corpus holds the outlet. A company in those places ("what did
 * Nvidia say", "according to TSMC") is no outlet: names the chip lexicon knows as companies, and
 * names that say something only a company says, are left out; "say" takes an outlet only when its
 * name ends in a word publications use ("… Post", "… News") or the corpus holds it.
 */
public final class OutletNames {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** One to seven words of a name, as people type them (any case, "&", "'s" kept out). */
    private static final String NAME = "((?:the\\s+)?[\\p{L}\\p{N}&.-]+(?:\\s+[\\p{L}\\p{N}&.-]+){0,6}?)";
    /** Uses that only an outlet fits: it reports, covers, writes, publishes; a report or article is its. */
    private static final List<Pattern> REPORTING = List.of(
            Pattern.compile("\\b(?:what|anything)\\s+(?:did|has|have|does|do)\\s+" + NAME
                    + "\\s+(?:reported|report|write|wrote|written|published|publish|cover|covered)\\b", FLAGS),
            Pattern.compile("^\\W*(?:did|has|have|does)\\s+" + NAME + "\\s+(?:report|cover|covered|reported|write|wrote|"
                    + "publish|published|run)\\b", FLAGS),
            Pattern.compile("\\b(?:reported by|reporting by)\\s+" + NAME + "(?=\\s*(?:[,?.!]|$|\\s+(?:on|about|"
                    + "regarding)\\b))", FLAGS),
            Pattern.compile("\\b(?:anything|news|stories|story|reports?|articles?|coverage|reviews?|pieces?|another)"
                    + "\\s+(?:from|by|in)\\s+" + NAME + "(?:'s)?(?=\\s*(?:[,?.!]|$|\\s+(?:on|about|regarding|covering|"
                    + "discussing|detailing|describing|highlighting)\\b))", FLAGS));
    /**
     * "an X report", "the X article": an outlet, or a topic ("the jobs report", "the Google antitrust case
     * article"); told apart by the name, which must be typed as one or end in a publication's word.
     */
    private static final Pattern ARTICLE = Pattern.compile("\\b(?:an?|the)\\s+" + NAME
            + "\\s+(?:report|article|story|piece|scoop)\\b", FLAGS);
    /** "what did X say": an outlet, or a company; told apart by the name. */
    private static final List<Pattern> SAYING = List.of(
            Pattern.compile("\\b(?:what|how)\\s+(?:did|does|has|have)\\s+" + NAME
                    + "\\s+(?:say|said|says|claim|claimed|note|noted)\\b", FLAGS),
            // "according to Jensen Huang", "according to TrendForce": people and analysts are quoted so too.
            Pattern.compile("\\baccording to\\s+" + NAME + "(?=\\s*(?:[,?.!]|$|\\s+(?:on|about|regarding)\\b))", FLAGS));
    /** Words that end only publications' names. */
    private static final Pattern PUBLICATION_WORD = Pattern.compile("\\b(?:times|post|journal|herald|tribune|gazette|"
            + "chronicle|telegraph|observer|examiner|courier|dispatch|daily|weekly|magazine|review|insider|news|wire|"
            + "report|street|register|times|press|digest|circuit|bulletin|monitor|dispatch|ledger|standard)$", FLAGS);
    /** Words a name does not start with: questions' own words. */
    private static final Set<String> NOT_A_NAME = Set.of("you", "they", "it", "he", "she", "we", "i", "anyone",
            "people", "analysts", "the", "that", "this", "there", "what", "who", "which", "any", "someone", "anybody");

    private OutletNames() {
    }

    /**
     * The outlets {@code question} names as sources, as typed; {@code publishers} (the outlets held) lets
     * "what did X say" count X as an outlet when the corpus holds it.
     */
    public static List<String> in(String question, Collection<String> publishers) {
        Set<String> names = new LinkedHashSet<>();
        for (Pattern pattern : REPORTING) {
            Matcher matcher = pattern.matcher(question);
            while (matcher.find()) {
                // "did the jobs report …": "the X report" may be a report about X rather than what X reported.
                boolean nounReport = matcher.group().toLowerCase(Locale.ROOT).endsWith(" report")
                        && matcher.group(1).matches("(?i)(?:the|an?)\\s.*");
                addIfOutlet(names, matcher.group(1), publishers, nounReport ? Use.ARTICLE : Use.REPORTS);
            }
        }
        Matcher article = ARTICLE.matcher(question);
        while (article.find()) {
            addIfOutlet(names, article.group(1), publishers, Use.ARTICLE);
        }
        for (Pattern pattern : SAYING) {
            Matcher saying = pattern.matcher(question);
            while (saying.find()) {
                addIfOutlet(names, saying.group(1), publishers, Use.SAYS);
            }
        }
        return List.copyOf(names);
    }

    private static void addIfOutlet(Set<String> names, String candidates, Collection<String> publishers, Use use) {
        // A held outlet inside the words caught ("the other TechCrunch", "The Independent - Life and Style",
        // "the economic analysis from Bloomberg") is that outlet; the words around it are the question's own.
        String rest = candidates;
        boolean withHeld = false;
        for (Pattern held : heldNames(publishers)) {
            Matcher matcher = held.matcher(rest);
            while (matcher.find()) {
                names.add(matcher.group().replaceFirst("(?i)^the\\s+", ""));
                withHeld = true;
            }
            rest = matcher.replaceAll(HELD_MARK);
        }
        String[] parts = rest.split("\\s*,\\s*|\\s+(?:and|or|&)\\s+");
        for (String candidate : parts) {
            // Words joined to a held outlet other than by "and", "or" or a comma are the question's own
            // ("The Age focus on", "TechCrunch as the richest in the world").
            if (candidate.contains(HELD_MARK) || withHeld && !onlySourceWordsBefore(candidate)) {
                continue;
            }
            // "what did Bloomberg and Reuters say": a name said in one breath with a held outlet is an outlet too.
            addOne(names, candidate, publishers, withHeld ? Use.REPORTS : use);
        }
    }

    private static final String HELD_MARK = "\u0000";

    /** How the question uses a name: as what reports, as whose an article is, or as what says something. */
    private enum Use { REPORTS, ARTICLE, SAYS }

    /**
     * Each held outlet's full name, then its core name ("The Independent - Life and Style", then
     * "Independent"), as whole words in any case and with any punctuation between them; longest first.
     */
    private static List<Pattern> heldNames(Collection<String> publishers) {
        return HELD_NAMES.get(List.copyOf(publishers), OutletNames::compileHeldNames);
    }

    /**
     * The patterns of the outlets a corpus holds, for its last few lists of outlets: compiling a pattern for
     * each of a few hundred outlets took more time than the rest of reading a question.
     */
    private static final Remembered<List<String>, List<Pattern>> HELD_NAMES = Remembered.upTo(8);

    private static List<Pattern> compileHeldNames(List<String> publishers) {
        Set<String> spellings = new LinkedHashSet<>();
        for (String publisher : publishers) {
            spellings.add(words(publisher));
            spellings.add(core(publisher));
        }
        return spellings.stream().filter(spelling -> !spelling.isBlank())
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .map(spelling -> Pattern.compile("(?<![\\p{L}\\p{N}])(?:the\\W+)?"
                        + String.join("\\W+", Arrays.stream(spelling.split(" ")).map(Pattern::quote).toList())
                        + "(?![\\p{L}\\p{N}])", FLAGS))
                .toList();
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().replaceFirst("^the ", "");
    }

    private static void addOne(Set<String> names, String candidate, Collection<String> publishers, Use use) {
        String name = nameIn(candidate);
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.isEmpty() || NOT_A_NAME.contains(lower.split("\\s+")[0])) {
            return;
        }
        if (isHeld(name, publishers)) {
            names.add(name);
            return;
        }
        boolean company = !ChipLexicon.bundled().namesIn(name).isEmpty();
        if (company) {
            return;
        }
        boolean typedAsName = Arrays.stream(name.split("\\s+")).allMatch(word -> Character.isUpperCase(word.charAt(0)));
        if (use == Use.REPORTS || PUBLICATION_WORD.matcher(lower).find() || use == Use.ARTICLE && typedAsName) {
            names.add(name);
        }
    }

    /**
     * The name in words caught where an outlet's name stands: the words after the last one no name holds
     * ("information from a New York Times" is "New York Times"), without words that only point at an
     * article ("the second", "both", "another"); empty when only those remain ("the same news source") or
     * when the words set two sides against each other ("Epic v. Google"), which no outlet's name does.
     */
    static String nameIn(String candidate) {
        String[] words = candidate.strip().split("\\s+");
        int start = 0;
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            if (SIDES.contains(word)) {
                return "";
            }
            if (NOT_IN_A_NAME.contains(word)) {
                start = i + 1;
            }
        }
        List<String> kept = new ArrayList<>(Arrays.asList(words).subList(start, words.length));
        while (!kept.isEmpty() && POINTING.contains(kept.getFirst().toLowerCase(Locale.ROOT))) {
            kept.removeFirst();
        }
        while (!kept.isEmpty() && POINTING.contains(kept.getLast().toLowerCase(Locale.ROOT))) {
            kept.removeLast();
        }
        if (kept.stream().allMatch(word -> GENERIC.contains(word.toLowerCase(Locale.ROOT)))
                || DAY.matcher(String.join(" ", kept)).find()) {
            return "";
        }
        return String.join(" ", kept).replaceFirst("['’]s$", "").replaceAll("^[\"'‘“]+|[\"'’”]+$", "");
    }

    /**
     * True when the words before the name only say where it appeared ("another by Forbes", "an article
     * in The Hindu"), not what the question is about ("TechCrunch as the richest in the world").
     */
    private static boolean onlySourceWordsBefore(String candidate) {
        String name = nameIn(candidate);
        String before = candidate.strip();
        before = name.isEmpty() ? before : before.substring(0, Math.max(0, before.lastIndexOf(name.split("\\s+")[0])));
        return Arrays.stream(before.toLowerCase(Locale.ROOT).split("\\s+")).filter(word -> !word.isEmpty())
                .allMatch(word -> SOURCE_WORDS.contains(word) || POINTING.contains(word) || GENERIC.contains(word));
    }

    /** Words that say where something appeared. */
    private static final Set<String> SOURCE_WORDS = Set.of("a", "an", "the", "by", "from", "in", "at", "of", "on");

    /** Articles, prepositions and verbs of a question, which no outlet's name holds ("of" does: "Times of India"). */
    private static final Set<String> NOT_IN_A_NAME = Set.of("a", "an", "the", "in", "from", "between", "than", "to",
            "by", "about", "on", "at", "with", "as", "that", "into", "like", "including", "such", "compared",
            "mentioned", "discussed", "highlighted", "outlined", "cited", "described", "published", "reported",
            "featuring", "regarding", "detailing", "discussing", "covering", "changed", "after", "before", "while");
    /** Words that point at one of several articles rather than name where it appeared. */
    private static final Set<String> POINTING = Set.of("both", "other", "another", "same", "first", "second", "third",
            "subsequent", "earlier", "later", "previous", "prior", "latest", "recent", "original", "separate",
            "multiple", "various", "these", "those", "two", "three", "several", "each", "either", "also", "too");
    /** Words for a source in general, not any one outlet. */
    private static final Set<String> GENERIC = Set.of("source", "sources", "news", "outlet", "outlets", "publication",
            "publications", "article", "articles", "report", "reports", "story", "stories", "media", "press", "piece",
            "pieces", "coverage", "site", "sites", "website", "websites", "one", "ones", "information");
    /** "an article from October 28, 2023": a day, not an outlet. */
    private static final Pattern DAY = Pattern.compile("^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?\\s+\\d",
            FLAGS);
    /** "Epic v. Google", "Chiefs vs. Packers": two sides of a case or a match. */
    private static final Set<String> SIDES = Set.of("v", "v.", "vs", "vs.", "versus");

    private static boolean isHeld(String name, Collection<String> publishers) {
        String named = core(name);
        return !named.isEmpty() && publishers.stream().anyMatch(publisher -> same(core(publisher), named));
    }

    /** The outlets named in {@code question} from which {@code publishers} hold no article. */
    public static List<String> missing(List<String> named, Collection<String> publishers) {
        List<String> held = publishers.stream().map(OutletNames::core).toList();
        List<String> missing = new ArrayList<>();
        for (String name : named) {
            String wanted = core(name);
            if (held.stream().noneMatch(core -> same(core, wanted))) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** The publishers held that {@code named} names ("bitline news" names "Bitline News"). */
    public static List<String> held(List<String> named, Collection<String> publishers) {
        List<String> held = new ArrayList<>();
        for (String publisher : publishers) {
            String core = core(publisher);
            if (named.stream().anyMatch(name -> same(core, core(name)))) {
                held.add(publisher);
            }
        }
        return held;
    }

    /** "The Independent - Sports" and "Cnbc | World Business News Leader" are The Independent and CNBC. */
    public static String core(String outlet) {
        return CORES.get(outlet, OutletNames::readCore);
    }

    /** Outlets' core names, asked for every outlet a corpus holds each time a question names one. */
    private static final Remembered<String, String> CORES = Remembered.upTo(2_048);

    private static String readCore(String outlet) {
        String name = outlet.strip().split("\\s+[|:–-]\\s+|\\s*\\|\\s*", 2)[0];
        name = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return name.startsWith("the ") ? name.substring(4) : name;
    }

    /** The same outlet, or one a section or edition of the other ("bbc" and "bbc news"). */
    public static boolean same(String heldCore, String namedCore) {
        return heldCore.equals(namedCore) || heldCore.startsWith(namedCore + " ") || namedCore.startsWith(heldCore + " ");
    }
}
