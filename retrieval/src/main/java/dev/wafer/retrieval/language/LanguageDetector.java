package dev.wafer.retrieval.language;

/** Tells which language a question is written in. */
public interface LanguageDetector {

    /** The question's language; English when nothing marks another one (a bare "NVDA Q3 guidance?"). */
    Language detect(String question);
}
