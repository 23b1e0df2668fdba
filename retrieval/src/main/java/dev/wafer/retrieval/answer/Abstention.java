package dev.wafer.retrieval.answer;

import dev.wafer.retrieval.index.Passage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The answer given when the news at hand does not cover a question: plain, dated, never a guess. */
public final class Abstention {

    private Abstention() {
    }

    public static Answer answer(Question question, Optional<Instant> newestArticle, Answer.Mode mode) {
        String coverage = newestArticle
                .map(date -> " My newest article is from " + Passage.dateLabel(date) + ".")
                .orElse("");
        String text = "The news I have doesn't cover that." + coverage
                + " I answer questions about AI chips and the companies, rules and money around them"
                + " — try rephrasing, or ask a moderator to add a source.";
        return new Answer(question.text(), text, mode, true, List.of(), null, Duration.ZERO);
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
