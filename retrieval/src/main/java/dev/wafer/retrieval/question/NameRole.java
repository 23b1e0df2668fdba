package dev.wafer.retrieval.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role whose holder a "who" or "which" question asks for — "who's the CEO of d-Matrix", "who runs
 * Intel now", "what foundry makes the M1000", "who supplies the HBM", "what's in the Spectrum-X
 * platform" — and the ways news sentences write that role beside a name: "Chief executive Sid Sheth",
 * "manufactured by GlobalFoundries", "combines the Spectrum-4 switch with …". A sentence that names
 * someone new right beside the role answers the question; one that merely names someone does not.
 *
 * <p>The roles are the ones chip news reports on: who leads a company (and its finance and technology
 * chiefs, its chair and founders), who makes, supplies, buys, acquires, backs or audits, and what a
 * platform or system is made of.
 *
 * @param name    the role, for logs and tests ("chief executive")
 * @param asked   how questions ask for it
 * @param written how sentences write the role
 */
public record NameRole(String name, Pattern asked, Pattern written) {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /**
     * The role is asked for near the question's start ("who's the CEO of …", "which company is buying …");
     * a role word deep in a long question ("… accused of building …") describes, it does not ask.
     */
    private static final int ASKING_CHARS = 40;
    /** How far from the role a name may stand and still be its holder: a clause, not the whole sentence. */
    private static final int NEAR_CHARS = 60;

    private record Entry(NameRole role) {
        Entry(String asked, String name, String written) {
            this(new NameRole(name, Pattern.compile(asked, FLAGS), Pattern.compile(written, FLAGS)));
        }
    }

    private static final String BUYING = "\\b(?:acquir\\w*|bought|buys?|buying|takeover|purchas\\w*|customers?|buyers?|"
            + "clients?|orders?|ordered|uses|using)\\b";

    /** In order: the first whose question words match is the role asked for ("who leads the round" backs, not runs). */
    private static final List<Entry> ROLES = List.of(
            new Entry("\\binvest\\w*|\\bbackers?\\b|\\bbacked\\b|\\b(?:led|leads?|leading) (?:the |its |their )?"
                    + "(?:[\\w'’]+ ){0,3}(?:round|funding|raise|investment)\\b",
                    "investor", "\\binvest\\w*|\\bbacked\\b|\\bbackers?\\b|\\bled by\\b|\\bparticipation (?:from|of)\\b"
                    + "|\\bled the\\b|\\bleads the\\b"),
            new Entry("\\bcfo\\b|\\bchief financial officer\\b|\\bfinance chief\\b", "chief financial officer",
                    "\\bcfo\\b|\\bchief financial officer\\b|\\bfinance chief\\b"),
            new Entry("\\bcto\\b|\\bchief technology officer\\b", "chief technology officer",
                    "\\bcto\\b|\\bchief technology officer\\b"),
            new Entry("\\bchair(?:man|woman|person)?\\b", "chair", "\\b(?:executive |independent )?chair(?:man|woman|person)?\\b"),
            new Entry("\\b(?:co-?)?founder|\\bfounded\\b", "founder", "\\b(?:co-?)?found(?:er|ers|ed|ing)\\b"),
            new Entry("\\b(?:co-?)?ceos?\\b|\\bchief execs?\\b|\\bchief executives?\\b|\\bboss\\b|\\bwho(?:'s| is| was)? "
                    + "(?:runs?|running|leads?|leading|heads?|heading|in charge)\\b|\\bat the helm\\b",
                    "chief executive", "\\b(?:co-?)?(?:ceos?|chief execs?|chief executives?)\\b|\\bboss\\b|\\brun by\\b"
                    + "|\\bat the helm\\b|\\bto (?:lead|run|head)\\b"),
            new Entry("\\bsuppl(?:y|ies|ier|iers|ied|ying)\\b|\\bprovid(?:es|er|ers)\\b|\\bvendors?\\b|\\bsources? (?:its|their)\\b",
                    "supplier", "\\bsuppl(?:y|ies|ier|iers|ied|ying)\\b|\\bprovid(?:es|ed|er|ers)\\b|\\bvendors?\\b"
                    + "|\\bsourc\\w+ from\\b"),
            new Entry("\\bcustomers?\\b|\\bbuyers?\\b|\\bclients?\\b|\\bacquir\\w*|\\bbought\\b|\\bbuys?\\b|\\bbuying\\b|\\btakeover\\b"
                    + "|\\bpurchas\\w*|\\buses\\b|\\bordered\\b", "buyer", BUYING),
            new Entry("\\bfoundry\\b|\\bfabs?\\b|\\b(?:makes?|made|manufactures|manufactured|fabricates|fabricated|produces|produced|builds?|built)\\b",
                    "maker", "\\bfoundry\\b|\\b(?:made|manufactured|fabricated|produced|built|fabbed|packaged) "
                    + "(?:by|at|on|in)\\b|\\b(?:makes|manufactures|fabricates|produces|builds)\\b"),
            new Entry("\\bauditors?\\b", "auditor", "\\bauditors?\\b|\\baudit\\w*"),
            new Entry("\\bwhat'?s in\\b|\\bwhat (?:is|are|goes) in(?:to|side)?\\b|\\bmade up of\\b|\\bconsists? of\\b"
                    + "|\\bcomponents?\\b|\\bparts\\b|\\bbuilt from\\b",
                    "components", "\\bcombin\\w+|\\binclud\\w+|\\bconsists? of\\b|\\bmade up of\\b|\\bcompris\\w+"
                    + "|\\bpair(?:s|ed|ing)?\\b|\\bcoupl\\w+|\\bbuilt (?:from|around|on)\\b|\\bconsisting\\b"));

    /** The role {@code question} asks the holder of, if it names one. */
    public static Optional<NameRole> of(String question) {
        return ROLES.stream().map(Entry::role).filter(role -> {
            Matcher asking = role.asked().matcher(question);
            return asking.find() && asking.start() < ASKING_CHARS;
        }).findFirst();
    }

    /**
     * True when the role's name is how news writes it ("chief executive", "auditor"), so searching for it
     * finds its holder; "buyer" or "components" are not words reports use.
     */
    public boolean searchedAs() {
        return written.matcher(name).find();
    }

    /** The question without the words that ask for the role: what the holder is to be found for ("d-Matrix"). */
    public String subjectOf(String question) {
        return asked.matcher(question).replaceAll(" ");
    }

    /**
     * The stretches of {@code sentence} around each place it writes the role, cut at word boundaries: where
     * the role's holder is named.
     */
    public List<String> beside(String sentence) {
        List<String> windows = new ArrayList<>();
        Matcher role = written.matcher(sentence);
        while (role.find()) {
            int from = wordStart(sentence, Math.max(0, role.start() - NEAR_CHARS));
            int to = wordEnd(sentence, Math.min(sentence.length(), role.end() + NEAR_CHARS));
            windows.add(sentence.substring(from, to));
        }
        return windows;
    }

    /** True when the text at {@code at} in {@code sentence} stands beside a place the sentence writes the role. */
    public boolean near(String sentence, int at) {
        Matcher role = written.matcher(sentence);
        while (role.find()) {
            if (at >= role.start() - NEAR_CHARS && at <= role.end() + NEAR_CHARS) {
                return true;
            }
        }
        return false;
    }

    private static int wordStart(String text, int at) {
        int i = at;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int at) {
        int i = at;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
