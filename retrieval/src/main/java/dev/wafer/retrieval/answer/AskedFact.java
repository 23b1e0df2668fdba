package dev.wafer.retrieval.answer;

import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.index.Sentences;
import dev.wafer.retrieval.question.QuestionReading;
import dev.wafer.retrieval.search.ScoredPassage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the sources hold the kind of fact a question asks for, not only its subject. Sources about
 * the right company can still lack the fact: a question about a future share price is not answered by
 * last month's share move, nor "how many H200s has Meta bought" by Meta's revenue. Two readings are
 * checked, each narrow enough that a question whose fact is held is never declined for it:
 * an amount question that names the kind of figure (money, a count of something, a measure in a unit)
 * needs a sentence carrying such a figure, and a question about what will happen needs a sentence
 * that speaks of the future at all (a plan, a forecast, a schedule).
 */
public final class AskedFact {

    /** The sources a reader would have been shown; the composer quotes from no others. */
    private static final int SOURCES_CHECKED = 5;
    /** Question words a sentence about the future must share to be about the question's subject; ChipQA dev. */
    private static final int FUTURE_SHARED_TERMS = 2;
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** "will Nvidia stock hit …", "when will TSMC …", "what process will the chip be made on": asking what is to come. */
    private static final Pattern ASKS_FUTURE = Pattern.compile(
            "^\\W*(?:will|won'?t)\\b|^\\W*(?:what|which|when|where|who|how)\\b(?:\\s+[\\p{L}\\p{N}'’$-]+){0,3}\\s+will\\b", FLAGS);
    /** How news speaks of what is to come: plans, expectations, forecasts, schedules. */
    private static final Pattern SPEAKS_OF_FUTURE = Pattern.compile("\\b(?:will|would|won'?t|shall|going to|plans?|"
            + "planned|planning|expects?|expected|expecting|expectations?|forecasts?|forecast(?:ed|ing)|projects?|"
            + "projected|projections?|predicts?|predicted|predictions?|aims?|aimed|aiming|intends?|intended|targets?|"
            + "targeted|targeting|scheduled|set to|due (?:to|in|by|for)|on track|upcoming|roadmap|outlook|guidance|"
            + "next (?:year|quarter|month|week|generation)|later this (?:year|month|quarter)|coming (?:years?|months?)|"
            + "could|might)\\b", FLAGS);

    private AskedFact() {
    }

    /** True when some sentence of the top {@code sources} carries the kind of fact {@code reading} asks for. */
    public static boolean held(QuestionReading reading, List<ScoredPassage> sources) {
        List<String> sentences = sources.stream().limit(SOURCES_CHECKED)
                .flatMap(source -> Sentences.split(source.passage().text()).stream()).toList();
        if (asksFuture(reading.text()) && sentences.stream().noneMatch(s -> speaksOfTheFutureOf(reading, s))) {
            return false;
        }
        if (reading.asks(QuestionReading.Asks.AMOUNT) && !reading.figure().kinds().isEmpty()) {
            return sentences.stream().anyMatch(sentence -> AnswerCues.carries(reading, sentence));
        }
        return true;
    }

    /**
     * True when the sentence speaks of what is to come about what the question asks: a forecast, and at
     * least {@value #FUTURE_SHARED_TERMS} of the question's words (one when it has only one), with one of
     * its figures or model numbers if it names any, so that an analyst's outlook for another product is no
     * answer to "will the Mate 80's chip …", nor a stock split to "will Nvidia stock hit $200".
     */
    private static boolean speaksOfTheFutureOf(QuestionReading reading, String sentence) {
        if (!SPEAKS_OF_FUTURE.matcher(sentence).find()) {
            return false;
        }
        Set<String> asked = new HashSet<>(ContentTerms.of(reading.searchText()));
        asked.removeAll(ContentTerms.of("will won't going"));
        Set<String> said = ContentTerms.of(sentence);
        long shared = asked.stream().filter(said::contains).count();
        // A figure or model number asked about ("hit $200", "the Mate 80's chip") is what the forecast must be of.
        List<String> numbered = asked.stream().filter(term -> term.chars().anyMatch(Character::isDigit))
                .filter(term -> !YEAR.matcher(term).matches()).toList();
        return shared >= Math.min(FUTURE_SHARED_TERMS, asked.size())
                && (numbered.isEmpty() || numbered.stream().anyMatch(said::contains));
    }

    /** True when the question asks what will happen rather than what did. */
    static boolean asksFuture(String question) {
        return ASKS_FUTURE.matcher(question).find();
    }
}
