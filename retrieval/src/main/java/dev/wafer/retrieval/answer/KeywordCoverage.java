package dev.wafer.retrieval.answer;

import dev.wafer.retrieval.figure.Figure;
import dev.wafer.retrieval.figure.Figures;
import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.index.Sentences;
import dev.wafer.retrieval.question.ChipLexicon;
import dev.wafer.retrieval.question.FigureWanted;
import dev.wafer.retrieval.question.ModelNames;
import dev.wafer.retrieval.search.ScoredPassage;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a short, chat-typed question ("tomahawk 5 bandwith?", "18A is how many nm?") is covered: by its
 * distinctive words, which a sentence of the sources holds as written, one typo off, under another of the
 * lexicon's names, or — for a word naming a kind of figure ("bandwidth", "nm") — by carrying such a figure.
 * Such a question is too short for its embedding to sit close to any passage, so its words decide.
 */
final class KeywordCoverage {

    /** A question of at most this many words is typed like a chat line; the ChipQA dev set's run 3–9. */
    static final int CHAT_WORDS = 10;
    /**
     * A word this long typed one letter off a word of the sources ("bandwith") is that word; shorter ones
     * have too many neighbours one letter away ("poker", "power").
     */
    private static final int TYPO_LETTERS = 6;
    /** The sources a reader would have been shown; the composer quotes from no others. */
    private static final int SOURCES_CHECKED = 5;
    /** Words of a chat line that frame the question rather than name its subject ("how many", "any good"). */
    private static final Set<String> FRAME = ContentTerms.of("many much good best great nice please thanks new news"
            + " latest update updates info information details say said think thoughts happen happened happening"
            + " like get got going mean means really actually lol hey hi guys anyone someone something ok okay"
            + " deal status right now still");
    /** "5nm", "1.8nm", "7-nanometre": a process node's marketed size. */
    private static final Pattern NODE_SIZE = Pattern.compile("\\d+(?:\\.\\d+)?\\s?-?(?:nm|nanomet(?:re|er)s?)(?:-class)?",
            Pattern.CASE_INSENSITIVE);

    private KeywordCoverage() {
    }

    /** True for a question short enough to be read as a chat line. */
    static boolean chatLine(String question) {
        return words(question) <= CHAT_WORDS;
    }

    /**
     * The question's content words that say what it is about, without the chat line's framing, each typed
     * one letter off a word of the sources ("bandwith") read as that word ({@value #TYPO_LETTERS} letters or
     * more: shorter words have too many neighbours one letter away, "poker" and "power").
     */
    static Set<String> distinctive(String question, List<String> sentences) {
        Set<String> terms = ContentTerms.of(question);
        terms.removeAll(FRAME);
        Set<String> vocabulary = new HashSet<>();
        sentences.forEach(sentence -> vocabulary.addAll(ContentTerms.of(sentence)));
        Set<String> read = new HashSet<>();
        for (String term : terms) {
            read.add(vocabulary.contains(term) || term.length() < TYPO_LETTERS ? term
                    : vocabulary.stream().filter(word -> oneEditApart(word, term)).findFirst().orElse(term));
        }
        return read;
    }

    /** The distinctive words of {@code question} that no top source holds in any of the ways a sentence can. */
    static Set<String> neverHeld(String question, List<ScoredPassage> sources) {
        List<String> sentences = sentences(sources);
        Set<String> missing = distinctive(question, sentences);
        for (String sentence : sentences) {
            missing.removeIf(term -> holds(sentence, term));
            if (missing.isEmpty()) {
                break;
            }
        }
        return missing;
    }

    /** True when one sentence of the top sources holds every distinctive word of {@code question}. */
    static boolean oneSentenceHoldsAll(String question, List<ScoredPassage> sources) {
        List<String> sentences = sentences(sources);
        Set<String> terms = distinctive(question, sentences);
        return !terms.isEmpty() && sentences.stream().anyMatch(sentence -> terms.stream().allMatch(term -> holds(sentence, term)));
    }

    /**
     * True when {@code sentence} holds {@code term}: as written, as another of the lexicon's names for it,
     * or — for a word that asks for a kind of figure ("bandwidth", "nm") — as a figure of that kind.
     */
    static boolean holds(String sentence, String term) {
        if (ContentTerms.of(sentence).contains(term) || namedOtherwise(sentence, term)) {
            return true;
        }
        FigureWanted figure = FigureWanted.namedBy(term);
        return !figure.equals(FigureWanted.ANY) && figure.acceptsAny(Figures.in(sentence));
    }

    /** "18A" for "1.8nm", "N+2" for "7nm": the sentence names the thing under another of the lexicon's names. */
    private static boolean namedOtherwise(String sentence, String term) {
        ChipLexicon lexicon = ChipLexicon.bundled();
        if (lexicon.sameAs(term).size() < 2) {
            return false;
        }
        Set<String> named = new HashSet<>(ModelNames.in(sentence));
        lexicon.namesIn(sentence).forEach(name -> named.add(name.toLowerCase(Locale.ROOT)));
        return named.stream().anyMatch(name -> lexicon.same(name, term));
    }

    /**
     * True when {@code sentence} names a process node — a size ("7-nanometre-class") or a foundry's name
     * for one ("N+2") — so that a yes/no question about another node ("did it get to 5nm?") is settled by
     * the node the product is made on.
     */
    static boolean namesANode(String sentence) {
        if (Figures.in(sentence).stream().anyMatch(figure -> figure.kind() == Figure.Kind.MEASURE && figure.unit().equals("m"))) {
            return true;
        }
        ChipLexicon lexicon = ChipLexicon.bundled();
        return lexicon.namesIn(sentence).stream().anyMatch(name -> isNodeSize(name)
                || lexicon.sameAs(name).stream().anyMatch(KeywordCoverage::isNodeSize));
    }

    /** True for a node's marketed size: "5nm", "1.8nm". */
    static boolean isNodeSize(String name) {
        return NODE_SIZE.matcher(name).matches();
    }

    static List<String> sentences(List<ScoredPassage> sources) {
        return sources.stream().limit(SOURCES_CHECKED)
                .flatMap(source -> java.util.stream.Stream.concat(java.util.stream.Stream.of(source.passage().title()),
                        Sentences.split(source.passage().text()).stream()))
                .toList();
    }

    private static int words(String question) {
        return question.strip().split("\\s+").length;
    }

    /** True when the two words differ by one letter added, dropped or changed. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return a.equals(b);
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.substring(i + (a.length() >= b.length() ? 1 : 0)).equals(b.substring(i + (b.length() >= a.length() ? 1 : 0)));
    }
}
