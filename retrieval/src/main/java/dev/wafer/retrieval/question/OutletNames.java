package dev.wafer.retrieval.question;

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
            Pattern.compile("\\b(?:according to|reported by|reporting by)\\s+" + NAME + "(?=\\s*(?:[,?.!]|$|\\s+(?:on|about|"
                    + "regarding)\\b))", FLAGS),
            Pattern.compile("\\b(?:anything|news|stories|reports?|articles?|coverage)\\s+(?:from|by|in)\\s+" + NAME
                    + "\\s+(?:on|about|regarding|covering)\\b", FLAGS),
            Pattern.compile("\\b(?:an?|the)\\s+" + NAME + "\\s+(?:report|article|story|piece|scoop)\\b", FLAGS));
    /** "what did X say": an outlet, or a company; told apart by the name. */
    private static final Pattern SAYING = Pattern.compile("\\b(?:what|how)\\s+(?:did|does|has|have)\\s+" + NAME
            + "\\s+(?:say|said|says|claim|claimed|note|noted)\\b", FLAGS);
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
                addIfOutlet(names, matcher.group(1), publishers, false);
            }
        }
        Matcher saying = SAYING.matcher(question);
        while (saying.find()) {
            addIfOutlet(names, saying.group(1), publishers, true);
        }
        return List.copyOf(names);
    }

    private static void addIfOutlet(Set<String> names, String candidates, Collection<String> publishers, boolean saying) {
        String[] parts = candidates.split("\\s*,\\s*|\\s+(?:and|or|&)\\s+");
        // "what did Bloomberg and Reuters say": a name said in one breath with a held outlet is an outlet too.
        boolean withHeld = Arrays.stream(parts).anyMatch(part -> isHeld(part, publishers));
        for (String candidate : parts) {
            addOne(names, candidate, publishers, saying && !withHeld);
        }
    }

    private static void addOne(Set<String> names, String candidate, Collection<String> publishers, boolean saying) {
        String name = candidate.strip().replaceFirst("(?i)^the\\s+", "").replaceFirst("['’]s$", "");
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
        if (!saying || PUBLICATION_WORD.matcher(lower).find()) {
            names.add(name);
        }
    }

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
        String name = outlet.strip().split("\\s+[|:–-]\\s+|\\s*\\|\\s*", 2)[0];
        name = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return name.startsWith("the ") ? name.substring(4) : name;
    }

    /** The same outlet, or one a section or edition of the other ("bbc" and "bbc news"). */
    public static boolean same(String heldCore, String namedCore) {
        return heldCore.equals(namedCore) || heldCore.startsWith(namedCore + " ") || namedCore.startsWith(heldCore + " ");
    }
}
