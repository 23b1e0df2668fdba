package dev.wafer.retrieval.answer;

import dev.wafer.retrieval.language.Language;
import dev.wafer.retrieval.language.LanguageDetector;
import dev.wafer.retrieval.language.Translation;
import dev.wafer.retrieval.language.TranslationException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The step around answering that handles a question in a language other than English. Wafer's sources,
 * search and citation checks are English. Without a translation (no language model) it says so in one
 * line rather than search English news with words it cannot match. With one, the question is rendered
 * in English, answered and checked in English as any other, and only then is the checked answer
 * written in the question's language: checking comes first because the citation checks compare the
 * answer's sentences with the English source sentences, which a rendering cannot be compared with. A
 * rendering whose {@code [n]} markers differ from the checked answer's could tie a claim to the wrong
 * source, so the checked English answer is given instead, with a note saying why.
 */
public final class OtherLanguage {

    private final LanguageDetector detector;
    private final Translation translation;

    /** Without a translation: questions in other languages get the one-line reply. */
    public OtherLanguage(LanguageDetector detector) {
        this(detector, null);
    }

    /** @param translation renders questions and answers, or null when there is none */
    public OtherLanguage(LanguageDetector detector, Translation translation) {
        if (detector == null) {
            throw new IllegalArgumentException("detector must not be null");
        }
        this.detector = detector;
        this.translation = translation;
    }

    /** The one-line reply when the question is not in English; empty when it is. */
    public Optional<Answer> reply(Question question) {
        Language language = detector.detect(question.text());
        if (language == Language.ENGLISH) {
            return Optional.empty();
        }
        String text = "Wafer answers questions in English only for now (this one looks like " + language.englishName()
                + "); please ask again in English, or have a language model configured (WAFER_LLM_PROVIDER) to answer "
                + "in other languages.";
        return Optional.of(abstention(question, text));
    }

    /**
     * The answer to a question not in English, or empty when it is in English (answer it as it is).
     *
     * @param inEnglish answers an English question: the whole answering path, search to checked answer
     */
    public Optional<Answer> answer(Question question, Function<Question, Answer> inEnglish) {
        if (translation == null) {
            return reply(question);
        }
        Language language = detector.detect(question.text());
        if (language == Language.ENGLISH) {
            return Optional.empty();
        }
        String english;
        try {
            english = translation.toEnglish(question.text(), language);
        } catch (TranslationException e) {
            return Optional.of(abstention(question, "Wafer could not render this " + language.englishName()
                    + " question in English to search the news: " + e.getMessage() + ". Please try again, or ask in English."));
        }
        Answer checked = inEnglish.apply(new Question(english, question.history(), question.asOf()));
        return Optional.of(asked(question, checked, rendered(checked, language)));
    }

    /** The checked answer in {@code language}, or the checked English answer with a one-line note on why not. */
    private String rendered(Answer checked, Language language) {
        String text;
        try {
            text = translation.fromEnglish(checked.text(), language);
        } catch (TranslationException e) {
            return "(Wafer could not write this answer in " + language.englishName() + ": " + e.getMessage()
                    + "; here it is in English.) " + checked.text();
        }
        if (!CitationMarks.sequence(text).equals(CitationMarks.sequence(checked.text()))) {
            return "(The " + language.englishName() + " rendering of this answer changed its citations, so here it is "
                    + "in English, as checked against its sources.) " + checked.text();
        }
        return text;
    }

    /** The answer to the question as it was asked, in its words: citations, mode and times stay as checked. */
    private static Answer asked(Question question, Answer checked, String text) {
        return new Answer(question.text(), text, checked.mode(), checked.abstained(), checked.citations(),
                checked.fallbackReason(), checked.took(), checked.removed(), checked.searchTook());
    }

    private static Answer abstention(Question question, String text) {
        return new Answer(question.text(), text, Answer.Mode.EXTRACTIVE, true, List.of(), null, Duration.ZERO);
    }
}
