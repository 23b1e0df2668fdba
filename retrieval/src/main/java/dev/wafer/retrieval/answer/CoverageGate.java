package dev.wafer.retrieval.answer;

import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Locale;
import java.util.LinkedHashSet;
import dev.wafer.retrieval.question.ModelNames;
import dev.wafer.retrieval.search.ScoredPassage;
import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.question.ChipLexicon;
import dev.wafer.retrieval.question.QuestionReading;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether the retrieved sources cover a question at all, before anything is composed.
 * Nearest neighbours always exist, so "the closest chip article" is no evidence; a question counts
 * as covered only when the best passage is semantically close (cosine similarity at least
 * {@code minSimilarity}) and shares at least {@code minSharedTerms} content words (stemmed, stop
 * words removed) with the top sources.
 */
public final class CoverageGate {

    /**
     * Calibrated on the starter corpus with bge-small-en-v1.5 (instructed queries): twelve on-topic
     * questions scored 0.64–0.85 on their best passage, nine off-topic ones (sport, cooking,
     * weather, pop music, health) 0.44–0.56. The cut sits in that gap with a margin to both sides.
     */
    public static final double DEFAULT_MIN_SIMILARITY = 0.60;
    public static final int DEFAULT_MIN_SHARED_TERMS = 1;
    private static final int SOURCES_CHECKED = 5;
    private static final int PLAIN_WORDS = 20;
    private static final double PER_WORD = 0.0015;
    private static final double LOWEST_SIMILARITY = 0.54;
    /**
     * A chat line of a few keywords sits further from every passage than a full question does: one at
     * least this close is covered when one sentence of the sources holds all its distinctive words. Set on
     * ChipQA dev, where "18A is how many nm?" scored 0.54 on the article that answers it, and off-topic
     * questions 0.44–0.56 on the starter corpus: the words, not the closeness, tell them apart.
     */
    private static final double KEYWORD_SIMILARITY = 0.50;

    /** "groq's", "Cerebras’s": a word owning what the question asks about. */
    private static final Pattern OWNER = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}[\\p{L}\\p{N}&.-]*\\p{L})['’]s\\b");
    /** Contractions and ordinary nouns a question puts before "'s". */
    private static final Set<String> NOT_OWNERS = Set.of("what", "who", "it", "that", "there", "here", "let", "where",
            "how", "he", "she", "when", "why", "which", "company", "world", "year", "country", "industry", "firm",
            "chip", "chipmaker", "today", "government", "market", "nation", "group", "sector", "maker", "fund");

    /** A question this short is a chat line: its owners are names however they are typed. */
    private static final int CASUAL_WORDS = 14;
    /** Words questions contract with "'s" ("what's new"), whose misspellings are no names either. */
    private static final List<String> CONTRACTED = List.of("what", "who", "that", "there", "here", "where", "how", "when");

    private static final Logger LOG = LoggerFactory.getLogger(CoverageGate.class);

    private final double minSimilarity;
    private final int minSharedTerms;

    public CoverageGate(double minSimilarity, int minSharedTerms) {
        this.minSimilarity = minSimilarity;
        this.minSharedTerms = minSharedTerms;
    }

    public static CoverageGate defaults() {
        return new CoverageGate(DEFAULT_MIN_SIMILARITY, DEFAULT_MIN_SHARED_TERMS);
    }

    /**
     * A long question asks several things at once, and its embedding sits further from any one
     * passage that answers part of it; past {@value #PLAIN_WORDS} words the bar is lowered a little per
     * word, down to {@link #LOWEST_SIMILARITY}, so long questions are not declined for their length.
     */
    double neededSimilarity(String question) {
        int words = question.strip().split("\\s+").length;
        if (words <= PLAIN_WORDS) {
            return minSimilarity;
        }
        return Math.max(Math.min(minSimilarity, LOWEST_SIMILARITY), minSimilarity - PER_WORD * (words - PLAIN_WORDS));
    }

    public boolean covers(Question question, List<ScoredPassage> sources) {
        if (sources.isEmpty()) {
            return false;
        }
        double best = sources.stream().mapToDouble(source -> source.similarityOr(0)).max().orElse(0);
        double needed = neededSimilarity(question.text());
        boolean chatLine = KeywordCoverage.chatLine(question.text());
        if (best < needed && !(chatLine && best >= KEYWORD_SIMILARITY
                && KeywordCoverage.oneSentenceHoldsAll(question.text(), sources))) {
            LOG.debug("Not covered: best similarity {} < {}", best, needed);
            return false;
        }
        Set<String> sourceTerms = new HashSet<>();
        sources.stream().limit(SOURCES_CHECKED).forEach(source -> {
            sourceTerms.addAll(ContentTerms.of(source.passage().text()));
            sourceTerms.addAll(ContentTerms.of(source.passage().title()));
        });
        int shared = ContentTerms.shared(ContentTerms.of(question.text()), sourceTerms);
        LOG.debug("Best similarity {}, {} question terms in the top sources", best, shared);
        if (shared < minSharedTerms) {
            return false;
        }
        // A question about a model the sources never name ("Intel's 18A", "HBM4") is not answered by
        // passages about its neighbours, however close they are.
        List<String> texts = sources.stream().limit(SOURCES_CHECKED)
                .flatMap(source -> Stream.of(source.passage().text(), source.passage().title())).toList();
        Set<String> missing = modelsNeverNamed(question.text(), texts);
        if (!missing.isEmpty() && !settledByTheNodeUsed(question.text(), missing, sources)) {
            LOG.debug("Not covered: the top sources never name {}", missing);
            return false;
        }
        // An outlet owning the report asked about ("The Age's report") is named by the sources' bylines.
        sources.stream().limit(SOURCES_CHECKED).forEach(source -> sourceTerms.addAll(ContentTerms.of(source.passage().publisher())));
        Set<String> owners = ownersNeverNamed(question.text(), sourceTerms);
        if (!owners.isEmpty()) {
            LOG.debug("Not covered: the top sources never name {}", owners);
            return false;
        }
        return true;
    }

    /**
     * True when {@code question} asks yes or no about process nodes the sources never name ("did huawei get
     * to 5nm with the mate 70?") and a sentence of the sources holds the rest of the question and names the
     * node the product is made on: that sentence settles it, most often with a no.
     */
    private static boolean settledByTheNodeUsed(String question, Set<String> missing, List<ScoredPassage> sources) {
        if (!QuestionReading.of(question).yesNo() || !missing.stream().allMatch(KeywordCoverage::isNodeSize)) {
            return false;
        }
        Set<String> missingTerms = new HashSet<>();
        missing.forEach(model -> missingTerms.addAll(ContentTerms.of(model)));
        List<String> sentences = KeywordCoverage.sentences(sources);
        Set<String> rest = KeywordCoverage.distinctive(question, sentences);
        rest.removeAll(missingTerms);
        return sentences.stream().anyMatch(sentence -> KeywordCoverage.namesANode(sentence)
                && rest.stream().allMatch(term -> KeywordCoverage.holds(sentence, term)));
    }

    /**
     * The names {@code question} asks about as owners ("groq's LPU", "cerebras's round") that none of the
     * sources' terms holds, under any of the lexicon's names for them: the sources are about someone else.
     * Contractions ("what's", "it's") and possessives of ordinary nouns ("the company's") are no names.
     */
    static Set<String> ownersNeverNamed(String question, Set<String> sourceTerms) {
        Set<String> missing = new LinkedHashSet<>();
        boolean casual = question.strip().split("\\s+").length <= CASUAL_WORDS;
        Matcher owner = OWNER.matcher(question);
        while (owner.find()) {
            String name = owner.group(1);
            // A name is capitalised, or typed in lower case in a short chat question ("groq's LPU throughput?");
            // in a sentence-long question "the article's" or "the model's" owns nothing named.
            boolean named = Character.isUpperCase(name.charAt(0)) || casual;
            if (!named || NOT_OWNERS.contains(name.toLowerCase(Locale.ROOT)) || isContraction(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Set<String> names = new HashSet<>(ContentTerms.of(name));
            ChipLexicon.bundled().otherNames(name).forEach(other -> names.addAll(ContentTerms.of(other)));
            if (!names.isEmpty() && names.stream().noneMatch(sourceTerms::contains)) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** "wat's", "whos": a contraction typed fast, one letter off "what's" or "who's". */
    private static boolean isContraction(String word) {
        return CONTRACTED.stream().anyMatch(contracted -> KeywordCoverage.oneEditApart(word, contracted));
    }

    /**
     * The chip models, process nodes and memory generations {@code question} names that none of
     * {@code texts} names (the lexicon's names count as the same model: "N3E" for "3nm").
     */
    public static Set<String> modelsNeverNamed(String question, Collection<String> texts) {
        Set<String> missing = new HashSet<>(ModelNames.in(question));
        if (missing.isEmpty()) {
            return missing;
        }
        Set<String> named = new HashSet<>();
        texts.forEach(text -> named.addAll(ModelNames.in(text)));
        missing.removeIf(model -> named.stream().anyMatch(held -> ChipLexicon.bundled().same(held, model)));
        return missing;
    }
}
