package dev.wafer.retrieval.answer.llm;

import dev.wafer.retrieval.index.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds sentences in an article that talk to a language model rather than to a reader ("ignore
 * previous instructions and …"). They are never news, so they are left out of what a model reads and
 * out of what can support an answer: a model that obeyed one anyway would cite nothing that backs it.
 */
public final class PromptInjection {

    private static final Pattern INSTRUCTION = Pattern.compile(String.join("|",
            "\\b(ignore|disregard|forget|override)\\b[^.!?]{0,40}\\b(instructions?|prompts?|rules|directions|guidelines)\\b",
            "\\bsystem prompt\\b",
            "\\byou are now\\b",
            "\\b(new|updated) instructions\\s*:",
            "\\bas an ai(?: language)? model\\b",
            // Text addressed to whatever model reads the page: "Note to the model writing the answer: …",
            // "Dear AI assistant, …", "If you are a language model summarising this, …", "Attention AI: …".
            "\\b(note|message|instructions?) (to|for) (the|any|all) (ai|assistant|chatbot|language model|llm|model)s?\\b",
            "\\b(dear|attention|hey|hello)\\W{0,3}(ai|assistant|chatbot|language model|llm|model)s?\\b",
            "\\bif you(?: are|'re|’re) an? (ai|assistant|chatbot|language model|llm|model)\\b",
            "\\b(ai|assistant|chatbot|language model|llm)s?\\b[^.!?]{0,30}\\b(must|should|shall)\\b[^.!?]{0,20}"
                    + "\\b(say|answer|respond|reply|write|state|claim)\\b"),
            Pattern.CASE_INSENSITIVE);

    private PromptInjection() {
    }

    public static boolean isInstruction(String sentence) {
        return INSTRUCTION.matcher(sentence).find();
    }

    /** The text without its instruction-like sentences (paragraph breaks become spaces). */
    public static String strip(String text) {
        if (!INSTRUCTION.matcher(text).find()) {
            return text;
        }
        List<String> kept = new ArrayList<>();
        for (String sentence : Sentences.split(text)) {
            if (!isInstruction(sentence)) {
                kept.add(sentence);
            }
        }
        return String.join(" ", kept);
    }
}
