package dev.wafer.retrieval.answer;

/**
 * Something the citation checks took out of a model's draft before anyone saw it.
 *
 * @param sentence the sentence as the model wrote it
 * @param reason   why it, or one of its citations, was removed, in plain words
 */
public record Removal(String sentence, String reason) {

    public Removal {
        if (sentence == null || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("sentence and reason are required");
        }
    }
}
