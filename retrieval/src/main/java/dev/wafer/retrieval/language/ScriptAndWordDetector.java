package dev.wafer.retrieval.language;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a question's language from its script, then, for Latin script, from the short words and
 * letters each language cannot do without. Chat questions about chips are short and full of names
 * and tickers ("Is H20 still banned?", "NVDA earnings wann?"), which carry no language: only the
 * words around them count, and a question with no such words is English. Another Latin language
 * must show more of its marks than English shows, and at least two of them, so an
 * English question naming "Taiwan" or "Samsung" is never turned away.
 *
 * <p>Checked on 200 short questions in ten languages kept with the tests
 * ({@code language/questions.tsv}). A question costs a few microseconds and no model.
 */
public final class ScriptAndWordDetector implements LanguageDetector {

    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}]");
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    /** Letters only Vietnamese writes: horned vowels, đ, and the stacked tone marks. */
    private static final Pattern VIETNAMESE = Pattern.compile("[ơờớởỡợưừứửữựđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộụủỳỵỷỹ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Map<Language, Set<String>> WORDS = new EnumMap<>(Language.class);
    private static final Map<Language, Pattern> LETTERS = new EnumMap<>(Language.class);

    static {
        WORDS.put(Language.ENGLISH, Set.of("the", "is", "are", "was", "were", "what", "when", "why", "how", "who", "which",
                "did", "does", "do", "will", "has", "have", "of", "to", "in", "on", "for", "and", "about", "with", "any",
                "still", "yet", "new", "latest", "news", "it", "its", "be", "can", "there", "from", "than", "much", "many"));
        WORDS.put(Language.GERMAN, Set.of("der", "die", "das", "den", "dem", "des", "und", "ist", "sind", "wann", "warum",
                "wie", "was", "wer", "welche", "welcher", "gibt", "es", "noch", "schon", "nicht", "kein", "keine", "neue",
                "neues", "mit", "von", "für", "auf", "aus", "bei", "wird", "werden", "hat", "haben", "ein", "eine", "einen",
                "zum", "zur", "über", "jetzt", "bis", "nach", "auch", "viel", "wieviel", "wo", "im", "kommt", "gekauft", "baut"));
        WORDS.put(Language.FRENCH, Set.of("le", "la", "les", "des", "du", "un", "une", "est", "sont", "quand", "pourquoi",
                "comment", "quel", "quelle", "quels", "quelles", "qui", "que", "qu'est", "est-ce", "il", "elle", "ont", "en",
                "pour", "sur", "avec", "dans", "de", "nouvelles", "nouveau", "toujours", "encore", "combien", "pas", "au",
                "aux", "sa", "ses", "son", "va", "vont", "où", "puces", "quoi", "sort", "bourse", "utilise"));
        WORDS.put(Language.SPANISH, Set.of("el", "la", "los", "las", "un", "una", "es", "son", "está", "están", "cuándo",
                "cuando", "por", "qué", "que", "cómo", "quién", "cuál", "cuánto", "cuántos", "hay", "del", "al", "con", "para",
                "sobre", "sigue", "todavía", "aún", "nuevo", "nueva", "noticias", "chips", "ya", "sus", "su", "dónde", "lo", "de", "en",
                "se", "va", "van", "tiene", "han", "fue", "y", "pero", "muy", "más"));
        WORDS.put(Language.PORTUGUESE, Set.of("a", "o", "os", "as", "de", "quais", "quanta", "quantas", "onde", "um", "uma", "é", "são", "está", "estão", "quando", "por",
                "que", "porque", "quê", "como", "quem", "qual", "quanto", "quantos", "há", "do", "da", "dos", "das", "no",
                "na", "nos", "nas", "com", "para", "sobre", "ainda", "novo", "nova", "notícias", "já", "seu", "sua",
                "vai", "vão", "tem", "foi", "e", "mas", "muito", "mais", "chips", "lançou", "anunciou"));
        // Only syllables with their tone marks: bare ones ("ai", "bao", "tin") are English words and names too (Run:ai).
        WORDS.put(Language.VIETNAMESE, Set.of("có", "nhiêu", "gì", "giá", "dùng", "không", "chưa", "của", "ở",
                "nào", "thế", "mới", "đã", "và", "là"));
        LETTERS.put(Language.GERMAN, Pattern.compile("[äöüß]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        LETTERS.put(Language.FRENCH, Pattern.compile("[èêëàâîïôûùœç]|\\b[ldjnsc]'|\\bqu'|\\p{L}{3,}é(?!\\p{L})|-t-", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        LETTERS.put(Language.SPANISH, Pattern.compile("[ñ¿¡]|ción\\b|ciones\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        LETTERS.put(Language.PORTUGUESE, Pattern.compile("[ãõ]|ção\\b|ções\\b|\\bnão\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    @Override
    public Language detect(String question) {
        String text = question == null ? "" : question;
        if (KANA.matcher(text).find()) {
            return Language.JAPANESE;
        }
        if (HANGUL.matcher(text).find()) {
            return Language.KOREAN;
        }
        if (HAN.matcher(text).find()) {
            return Language.CHINESE;
        }
        if (CYRILLIC.matcher(text).find()) {
            return Language.RUSSIAN;
        }
        if (VIETNAMESE.matcher(text).find()) {
            return Language.VIETNAMESE;
        }
        Map<Language, Integer> marks = new EnumMap<>(Language.class);
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            for (Map.Entry<Language, Set<String>> words : WORDS.entrySet()) {
                if (words.getValue().contains(word.group())) {
                    // Vietnamese syllables ("bao nhiêu", "gì") are words no other language here has.
                    marks.merge(words.getKey(), words.getKey() == Language.VIETNAMESE ? 2 : 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<Language, Pattern> letters : LETTERS.entrySet()) {
            Matcher letter = letters.getValue().matcher(text);
            while (letter.find()) {
                // A letter no English word has weighs more than a short word two languages share.
                marks.merge(letters.getKey(), 3, Integer::sum);
            }
        }
        int english = marks.getOrDefault(Language.ENGLISH, 0);
        Language best = Language.ENGLISH;
        int bestMarks = 0;
        for (Map.Entry<Language, Integer> entry : marks.entrySet()) {
            if (entry.getKey() != Language.ENGLISH && entry.getValue() > bestMarks) {
                best = entry.getKey();
                bestMarks = entry.getValue();
            }
        }
        // Two marks at least, even where English shows none: a lone "a" or "o" in chat English ("just a
        // transformer-only asic?") is no Portuguese, and turning an English question away is the costly error.
        return bestMarks > english && bestMarks >= 2 ? best : Language.ENGLISH;
    }
}
