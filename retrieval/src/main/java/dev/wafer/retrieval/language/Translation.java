package dev.wafer.retrieval.language;

/**
 * Renders text between another language and English. Wafer's news, its search and its citation checks
 * are English, so a question in another language is searched and answered in English and only the
 * checked answer is written in the asker's language.
 */
public interface Translation {

    /**
     * The question in English, for searching English news.
     *
     * @throws TranslationException with one line saying why, when it cannot be rendered
     */
    String toEnglish(String question, Language from);

    /**
     * The English answer written in {@code to}, every {@code [n]} citation marker kept where its claim is.
     *
     * @throws TranslationException with one line saying why, when it cannot be rendered
     */
    String fromEnglish(String answer, Language to);
}
