package dev.wafer.retrieval.answer;

import dev.wafer.retrieval.index.Sentences;
import dev.wafer.retrieval.question.QuestionReading;
import dev.wafer.retrieval.search.ScoredPassage;
import java.util.List;
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
        if (asksFuture(reading.text()) && sentences.stream().noneMatch(s -> SPEAKS_OF_FUTURE.matcher(s).find())) {
            return false;
        }
        if (reading.asks(QuestionReading.Asks.AMOUNT) && !reading.figure().kinds().isEmpty()) {
            return sentences.stream().anyMatch(sentence -> AnswerCues.carries(reading, sentence));
        }
        return true;
    }

    /** True when the question asks what will happen rather than what did. */
    static boolean asksFuture(String question) {
        return ASKS_FUTURE.matcher(question).find();
    }
}
