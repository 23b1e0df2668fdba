package dev.wafer.retrieval.question;

import dev.wafer.retrieval.cache.Remembered;
import dev.wafer.retrieval.figure.Figure;
import dev.wafer.retrieval.figure.Figures;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of a question, made once and used by search, the coverage gate and the composers: what
 * it asks for (an amount and the kind of figure, a date, a name, a reason; whether it is a yes/no
 * question or a comparison of two things; whether it wants the newest state of things), the outlets it
 * names as sources, the model and node names it is about, and the other names the chip lexicon gives
 * for what it names. Keyword questions ("gaudi 3 price", "tomahawk 5 bandwidth") are read like the
 * sentences they stand for.
 *
 * @param text       the question as asked
 * @param asks       the kind of fact that answers it
 * @param figure     for amounts, the kind of figure that answers
 * @param yesNo      a question answered yes or no ("did …", "is …")
 * @param comparison the two things compared ("X vs Y", "which has more …, X or Y"), if any
 * @param latest     newer sources should outrank older ones
 * @param outlets    outlets the question names as sources, as typed
 * @param models     model and node names ("h200", "18a", "3nm"), lower case
 * @param otherNames the lexicon's other names for what the question names ("Intel" for "Chipzilla")
 * @param role       for a name, the role whose holder is asked for ("chief executive", "maker"), if named
 */
public record QuestionReading(String text, Asks asks, FigureWanted figure, boolean yesNo,
                              Optional<Comparison> comparison, boolean latest, List<String> outlets,
                              Set<String> models, List<String> otherNames, Optional<NameRole> role) {

    /** The kind of fact a question asks for. */
    public enum Asks { AMOUNT, DATE, NAME, REASON, OTHER }

    /** The two sides of a comparison, as the question writes them. */
    public record Comparison(String left, String right) {
    }

    public QuestionReading {
        outlets = List.copyOf(outlets);
        models = Set.copyOf(models);
        otherNames = List.copyOf(otherNames);
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern AMOUNT = Pattern.compile("\\bhow (?:much|many|large|big|high|low|far|fast|long)\\b"
            + "|\\b(?:what|which) (?:share|percentage|percent|proportion|price|amount|number|sum|figure|value|revenue|"
            + "valuation|cost|charge|market (?:value|cap|share))\\b|\\bby how much\\b|\\bwhat (?:was|is) \\S+(?: \\S+)? "
            + "valued\\b|\\$\\$|\\bhow (?:much|many)\\b|\\bis how (?:much|many)\\b", FLAGS);
    /** Nouns that ask for a figure even in a bare keyword question ("gaudi 3 price", "tomahawk 5 bandwidth?"). */
    private static final Pattern FIGURE_NOUN = Pattern.compile("\\b(?:price|prices|pricing|cost|costs|valuation|"
            + "bandwidth|throughput|capacity|size|tops|tflops|memory capacity|tax credit|revenue|"
            + "funding|round|market share|stake)\\b(?!\\s+(?:war|cut|hike)s?\\b)", FLAGS);
    /** "which has more HBM, X or Y": a comparison asking which is larger asks for both figures. */
    private static final Pattern MORE = Pattern.compile("\\b(?:more|less|fewer|larger|bigger|smaller|faster|slower|"
            + "higher|lower|cheaper|pricier)\\b", FLAGS);
    private static final Pattern DATE = Pattern.compile("^\\W*when\\b|\\bwhen (?:did|does|do|will|was|were|is|are|has)\\b"
            + "|\\b(?:what|which) (?:date|day|year|month|quarter|time)\\b|\\bsince when\\b|\\brelease date\\b", FLAGS);
    private static final Pattern REASON = Pattern.compile("^\\W*why\\b|\\bwhy (?:did|does|do|is|are|was|were|has|have)\\b"
            + "|\\bwhat (?:caused|causes|led to|leads to|is behind|was behind|prompted|drove|drives|explains)\\b"
            + "|\\bfor what reason\\b|\\b(?:the|what) reasons?\\b", FLAGS);
    /** "who", "which company", "what foundry": the kinds of thing chip news names. */
    private static final Pattern NAME = Pattern.compile("^\\W*who(?:se|m)?\\b|\\bwho(?:'s| is| was| are| were| did| has| had|"
            + " will)\\b|^\\W*which\\b(?! (?:year|month|day|date|quarter)\\b)"
            + "|\\b(?:which|what) (?:\\w+ ){0,2}(?:company|companies|firm|person|chip|chipmaker|model|product|country|"
            + "organi[sz]ation|group|start-?up|executive|ceo|maker|supplier|customer|brand|platform|agency|regulator|"
            + "lab|foundry|fab|bank|fund|investor|government|official|founder|partner|auditor|buyer|acquirer|"
            + "technology|service|accelerator|gpu|processor|memory|network|switch|process|node)\\b"
            + "|\\bwhat'?s in\\b|\\bwhat (?:is|are) in\\b", FLAGS);
    private static final Pattern YES_NO = Pattern.compile("^\\W*(?:is|are|was|were|did|does|do|has|have|had|can|could|"
            + "will|would|should)\\b", FLAGS);
    private static final Pattern LATEST = Pattern.compile("\\b(?:latest|current|currently|now|nowadays|still|stil|yet|"
            + "this year|so far|to date|as of|most recent|recently|newest|today|anymore|any more|these days|ever)\\b", FLAGS);
    /** Things that keep changing, asked about in the present tense: their newest report is the answer. */
    private static final Pattern CHANGING = Pattern.compile("\\b(?:is|are|does|do|has|have)\\b.*\\b(?:prices?|pricing|"
            + "rules?|restrictions?|ban|bans|export controls?|licen[cs]es?|rankings?|ranked|shipments?|sales|"
            + "market (?:value|cap|share)|valuation|outlook|guidance|forecast|status|supply|shortage|lead times?)\\b",
            FLAGS);
    private static final Pattern PAST = Pattern.compile("\\b(?:19|20)\\d{2}\\b|\\b(?:did|was|were|had)\\b", FLAGS);
    /** "X vs Y", "X versus Y", "compare X and Y", "X compared with Y", "which …, X or Y". */
    private static final Pattern VERSUS = Pattern.compile("^(.+?)\\s+(?:vs\\.?|versus|v\\.?|compared (?:to|with))\\s+(.+)$",
            FLAGS);
    private static final Pattern WHICH_OF = Pattern.compile("^\\W*which\\b[^,]*,\\s*(.+?)\\s+or\\s+(.+?)\\W*$", FLAGS);
    private static final Pattern COMPARE = Pattern.compile("\\bcompare\\s+(.+?)\\s+(?:and|with|to)\\s+(.+?)\\W*$", FLAGS);

    /** Reads {@code question}; {@code publishers} are the outlets the corpus holds (see {@link OutletNames}). */
    public static QuestionReading of(String question, Collection<String> publishers) {
        return READ.get(new Asked(question, List.copyOf(publishers)), asked -> read(asked.question(), asked.publishers()));
    }

    /**
     * Questions read recently: one answer reads its question for search, for the coverage gate and for the
     * composer, and a question in a thread is read again with the turns before it.
     */
    private static final Remembered<Asked, QuestionReading> READ = Remembered.upTo(512);

    private record Asked(String question, List<String> publishers) {
    }

    private static QuestionReading read(String question, Collection<String> publishers) {
        String text = question.strip();
        Asks asks = AMOUNT.matcher(text).find() ? Asks.AMOUNT
                : DATE.matcher(text).find() ? Asks.DATE
                : REASON.matcher(text).find() ? Asks.REASON
                : NAME.matcher(text).find() ? Asks.NAME
                : Asks.OTHER;
        Optional<Comparison> comparison = comparison(text);
        // "did intel hit its revenue target?" is answered yes or no, though it names a figure.
        boolean yesNo = asks == Asks.OTHER && comparison.isEmpty() && YES_NO.matcher(text).find()
                && !text.matches("(?is).*\\bor\\b.*\\?\\s*$");
        if (!yesNo && (asks == Asks.OTHER || comparison.isPresent() && asks == Asks.NAME)
                && (FIGURE_NOUN.matcher(text).find() || comparison.isPresent() && MORE.matcher(text).find())) {
            asks = Asks.AMOUNT; // "gaudi 3 price"; "which has more TOPS, X or Y": two figures, then the larger
        }
        boolean latest = LATEST.matcher(text).find() || (CHANGING.matcher(text).find() && !PAST.matcher(text).find());
        return new QuestionReading(text, asks, asks == Asks.AMOUNT ? wanted(text) : FigureWanted.ANY, yesNo, comparison,
                latest, OutletNames.in(text, publishers), ModelNames.in(text), ChipLexicon.bundled().otherNames(text),
                asks == Asks.NAME ? NameRole.of(text) : Optional.empty());
    }

    /** A reading that names no outlet the corpus holds: for callers that do not know the corpus. */
    public static QuestionReading of(String question) {
        return of(question, List.of());
    }

    /** True when the question asks for {@code asks}. */
    public boolean asks(Asks kind) {
        return asks == kind;
    }

    /** The numbered generations the question names ("Big Fund III", "gaudi 3"), read from its text. */
    public Set<Generations.Generation> generations() {
        return Generations.named(text);
    }

    /**
     * What the question names, each thing under one name, lower case: the companies, products, nodes and
     * funds the chip lexicon knows (not the titles of roles), the names it capitalises, and its model and node names ("NVDA H20 exports?" → nvidia, h20).
     * Two questions naming different things ask about different stories, however alike their words.
     */
    public Set<String> named() {
        return named(text);
    }

    /**
     * Texts whose names were read recently: the answer composer asks it of every candidate sentence with its
     * headline, twice per answer, and the next answers weigh much the same sentences.
     */
    private static final Remembered<String, Set<String>> NAMED = Remembered.upTo(4_096);

    /** {@link #named()} of {@code question} without the rest of its reading: for grouping many questions at once. */
    public static Set<String> named(String question) {
        return NAMED.get(question, QuestionReading::readNamed);
    }

    private static Set<String> readNamed(String question) {
        String text = question.strip();
        Set<String> models = ModelNames.in(text);
        ChipLexicon lexicon = ChipLexicon.bundled();
        java.util.SortedSet<String> named = new java.util.TreeSet<>();
        String rest = text;
        for (String name : lexicon.namesIn(text)) {
            if (!lexicon.title(name)) {
                named.add(lexicon.canonical(name));
            }
            rest = rest.replace(name, " ");
        }
        models.forEach(model -> named.add(lexicon.canonical(model)));
        // Names the lexicon does not hold ("Samsung", "Cerebras"), as the question capitalises them.
        Matcher name = CAPITALISED.matcher(rest);
        while (name.find()) {
            named.add(name.group(1).toLowerCase(Locale.ROOT));
        }
        return java.util.Collections.unmodifiableSortedSet(named);
    }

    /**
     * A capitalised word after the first ("When will Samsung …"), possessive dropped: a name. The first
     * word is capitalised anyway, and all-capital words are mostly acronyms of the trade (CEO, IPO, GPU).
     */
    private static final Pattern CAPITALISED = Pattern.compile("(?<=[\\s(“\"'])(\\p{Lu}\\p{Ll}[\\p{L}-]*)(?:['’]s)?(?![\\p{L}\\p{N}])");

    /** The question with the lexicon's other names for what it names, for search. */
    public String searchText() {
        List<String> also = new java.util.ArrayList<>(otherNames);
        // "who's running intel" is searched as the role the news writes: "chief executive".
        role.filter(held -> held.searchedAs() && !text.toLowerCase(Locale.ROOT).contains(held.name()))
                .ifPresent(held -> also.add(held.name()));
        return also.isEmpty() ? text : text + " (" + String.join(", ", also) + ")";
    }

    private static Optional<Comparison> comparison(String text) {
        for (Pattern pattern : List.of(WHICH_OF, COMPARE, VERSUS)) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                return Optional.of(new Comparison(matcher.group(1).strip(), matcher.group(2).replaceAll("[?!.]+$", "").strip()));
            }
        }
        return Optional.empty();
    }

    private static final Pattern MONEY_WORDS = Pattern.compile("\\b(?:cost|costs|costing|charge|charged|price|prices|"
            + "pricing|priced|pay|pays|paid|paying|spend|spends|spent|revenue|revenues|earn|earned|earnings|worth|"
            + "valuation|valued|raise|raised|raising|invest|invested|investment|loss|losses|fine|fined|fees?|budget|"
            + "funding|subsid(?:y|ies|ise|ize)d?|aid|grant|profit|profits|\\$\\$|getting from|deal (?:size|value))\\b"
            + "|\\$\\$", FLAGS);
    private static final Pattern HOW_MANY = Pattern.compile("\\bhow many\\s+(?:more\\s+)?(\\p{L}[\\p{L}\\p{N}-]+)", FLAGS);

    /** The kind of figure an amount question wants (see {@link FigureWanted}). */
    static FigureWanted wanted(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.matches("(?s).*\\b(?:tops|trillion operations)\\b.*")) {
            return new FigureWanted(EnumSet.of(Figure.Kind.MEASURE), Set.of("OPS"));
        }
        if (lower.matches("(?s).*\\b(?:tflops|pflops|flops)\\b.*")) {
            return new FigureWanted(EnumSet.of(Figure.Kind.MEASURE), Set.of("FLOPS"));
        }
        if (lower.matches("(?s).*\\b(?:bandwidth|throughput|speed)\\b.*") && !lower.contains("tokens")) {
            return new FigureWanted(EnumSet.of(Figure.Kind.MEASURE), Set.of("B/s", "b/s"));
        }
        if (lower.matches("(?s).*\\b(?:memory|hbm|gb|gigabytes)\\b.*")) {
            return new FigureWanted(EnumSet.of(Figure.Kind.MEASURE), Set.of("B"));
        }
        if (lower.matches("(?s).*\\b(?:wafers?|wafer starts)\\b.*")) {
            return new FigureWanted(EnumSet.of(Figure.Kind.COUNT), Set.of("wafer"));
        }
        if (lower.matches("(?s).*\\b(?:nm|nanomet\\w*|node)\\b.*")) {
            return new FigureWanted(EnumSet.of(Figure.Kind.MEASURE), Set.of("m"));
        }
        if (lower.matches("(?s).*\\b(?:power|gigawatts?|megawatts?|watts?)\\b.*")) {
            return new FigureWanted(EnumSet.of(Figure.Kind.MEASURE), Set.of("W"));
        }
        if (lower.matches("(?s).*\\b(?:percent|percentage|share|%|tax credit|rate|margin)\\b.*")
                && !MONEY_WORDS.matcher(text).find()) {
            return new FigureWanted(EnumSet.of(Figure.Kind.SHARE), Set.of());
        }
        if (MONEY_WORDS.matcher(text).find()) {
            return new FigureWanted(EnumSet.of(Figure.Kind.MONEY), Set.of());
        }
        Matcher many = HOW_MANY.matcher(text);
        if (many.find()) {
            // The figure parser's singular, so that "how many GPUs" and "100,000 GPUs" name the same unit.
            String noun = Figures.singular(many.group(1).toLowerCase(Locale.ROOT));
            return new FigureWanted(EnumSet.of(Figure.Kind.COUNT), Set.of(noun));
        }
        return FigureWanted.ANY;
    }

}
