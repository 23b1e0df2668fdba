package dev.wafer.retrieval.answer;

import dev.wafer.retrieval.question.ModelNames;
import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.question.QuestionReading;
import dev.wafer.retrieval.search.ScoredPassage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The answer given when the news at hand does not cover a question: plain, dated, never a guess. */
public final class Abstention {

    private Abstention() {
    }

    public static Answer answer(Question question, Optional<Instant> newestArticle, Answer.Mode mode) {
        return answer(question, newestArticle, List.of(), mode);
    }

    /**
     * The decline, naming the nearest report among {@code sources} when it is about what the question
     * names, so the reader learns what is held on the subject ("The nearest I hold: …").
     */
    public static Answer answer(Question question, Optional<Instant> newestArticle, List<ScoredPassage> sources,
                                Answer.Mode mode) {
        String coverage = newestArticle
                .map(date -> " My newest article is from " + Passage.dateLabel(date) + ".")
                .orElse("");
        String nearest = nearest(question.text(), sources)
                .map(source -> " The nearest I hold: \u201c" + source.passage().title() + "\u201d ("
                        + source.passage().publisher() + ", " + source.passage().dateLabel() + ").")
                .orElse("");
        String text = "The news I have doesn't cover that." + nearest + coverage
                + " I answer questions about AI chips and the companies, rules and money around them"
                + " — try rephrasing, or ask a moderator to add a source.";
        return new Answer(question.text(), text, mode, true, List.of(), null, Duration.ZERO);
    }

    /**
     * The decline of a question asking what to buy: the news recommends nothing, but it may hold reports on
     * the products asked about, and the nearest is named.
     */
    public static Answer purchaseAdvice(Question question, Optional<Instant> newestArticle, List<ScoredPassage> sources,
                                        Answer.Mode mode) {
        // Only a report on what is to be bought: "a good poker chip set" is not near a chip fund's news.
        String nearest = nearest(question.text(), sources)
                .filter(source -> KeywordCoverage.neverHeld(question.text(), List.of(source)).isEmpty())
                .map(source -> " The nearest report I hold: \u201c" + source.passage().title() + "\u201d ("
                        + source.passage().publisher() + ", " + source.passage().dateLabel() + ").")
                .orElse("");
        String text = "I answer from the news, and the news recommends nothing to buy." + nearest
                + " Ask me what was reported about a chip, a company or a deal instead.";
        return new Answer(question.text(), text, mode, true, List.of(), null, Duration.ZERO);
    }

    /** Sources looked at for the nearest report: the ones a reader would have been shown. */
    private static final int NEAREST_CHECKED = 5;
    /** Words a title must share with the question to be about its subject when no model is named. */
    private static final int SUBJECT_WORDS = 2;

    /**
     * The closest source about what the question names: one naming a model or node the question names
     * ("MI325X", "2nm"), or whose title shares {@value #SUBJECT_WORDS} of its content words; none when the
     * closest reports are about other things (a recipe question near a snack maker's results).
     */
    static Optional<ScoredPassage> nearest(String question, List<ScoredPassage> sources) {
        Set<String> models = ModelNames.in(question);
        Set<String> words = ContentTerms.of(question);
        return sources.stream().limit(NEAREST_CHECKED)
                .filter(source -> {
                    Set<String> named = new HashSet<>(ModelNames.in(source.passage().title()));
                    named.addAll(ModelNames.in(source.passage().text()));
                    return models.stream().anyMatch(named::contains)
                            || ContentTerms.shared(words, ContentTerms.of(source.passage().title())) >= SUBJECT_WORDS;
                })
                .max(Comparator.comparingDouble(source -> source.similarityOr(0)));
    }

    /** The answer when the question asks about a day the corpus holds no article from, and no report tells of it. */
    public static Answer missingDays(Question question, String days, Optional<Instant> newestArticle, Answer.Mode mode) {
        String newest = newestArticle.map(date -> " My newest article is from " + Passage.dateLabel(date) + ".").orElse("");
        String text = noArticlesFrom(days) + ", so I cannot say what was reported then." + newest
                + " Ask without the day, or ask a moderator to add that day's news.";
        return new Answer(question.text(), text, mode, true, List.of(), null, Duration.ZERO);
    }

    /** The answer when no article published by {@code day} covers the question. */
    public static Answer asOf(Question question, LocalDate day, Answer.Mode mode) {
        String text = "No article I have from up to " + day + " covers that, so I cannot say what was known then."
                + " Ask without the day to hear what has been reported since.";
        return new Answer(question.text(), text, mode, true, List.of(), null, Duration.ZERO);
    }

    /** "I have no articles from 2025-08-14" — how a missing day is named, in an abstention or before an answer. */
    static String noArticlesFrom(String days) {
        return "I have no articles from " + days;
    }

    /** The answer when the question asks what outlets reported that the corpus holds nothing from. */
    public static Answer missingOutlets(Question question, List<String> missing, Answer.Mode mode) {
        String text = missingSentence(missing) + " Ask without naming " + (missing.size() == 1 ? "it" : "them")
                + ", or ask a moderator to add " + (missing.size() == 1 ? "its" : "their") + " feed.";
        return new Answer(question.text(), text, mode, true, List.of(), null, Duration.ZERO);
    }

    /** "I have no Bloomberg or Forbes articles" — the sentence that says what is missing. */
    private static String missingSentence(List<String> missing) {
        String names = missing.size() == 1 ? missing.getFirst()
                : String.join(", ", missing.subList(0, missing.size() - 1)) + " or " + missing.getLast();
        return "I have no " + names + " articles, so I cannot tell you what " + (missing.size() == 1 ? "it" : "they")
                + " reported.";
    }
}
