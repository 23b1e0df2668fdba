package dev.wafer.retrieval.language;

/** The languages Wafer tells apart in questions, with the name a reply uses. */
public enum Language {
    ENGLISH("en", "English"), CHINESE("zh", "Chinese"), JAPANESE("ja", "Japanese"), KOREAN("ko", "Korean"),
    RUSSIAN("ru", "Russian"), GERMAN("de", "German"), FRENCH("fr", "French"), SPANISH("es", "Spanish"),
    PORTUGUESE("pt", "Portuguese"), VIETNAMESE("vi", "Vietnamese");

    private final String code;
    private final String englishName;

    Language(String code, String englishName) {
        this.code = code;
        this.englishName = englishName;
    }

    /** ISO 639-1 code: "de". */
    public String code() {
        return code;
    }

    public String englishName() {
        return englishName;
    }
}
