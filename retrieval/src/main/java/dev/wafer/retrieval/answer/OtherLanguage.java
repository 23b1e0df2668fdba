package dev.wafer.retrieval.answer;

import dev.wafer.retrieval.language.Language;
import dev.wafer.retrieval.language.LanguageDetector;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The reply to a question in a language Wafer does not answer in: its sources and its checks are
 * English, so rather than search English news with words it cannot match, it says so in one line.
 */
public final class OtherLanguage {

    private final LanguageDetector detector;

    public OtherLanguage(LanguageDetector detector) {
        if (detector == null) {
            throw new IllegalArgumentException("detector must not be null");
        }
        this.detector = detector;
    }

    /** The one-line reply when the question is not in English; empty when it is. */
    public Optional<Answer> reply(Question question) {
        Language language = detector.detect(question.text());
        if (language == Language.ENGLISH) {
            return Optional.empty();
        }
        String text = "Wafer answers questions in English only for now (this one looks like " + language.englishName()
                + "); please ask again in English.";
        return Optional.of(new Answer(question.text(), text, Answer.Mode.EXTRACTIVE, true, List.of(), null, Duration.ZERO));
    }
}
