package dev.wafer.eval;

import java.util.List;

/**
 * One benchmark question with the gold facts a relevant passage must contain.
 *
 * @param id    the benchmark's id for the question
 * @param text  the question as asked
 * @param type  the benchmark's question type, e.g. {@code inference_query}
 * @param facts the gold evidence sentences; empty for questions the corpus does not answer
 * @param answer the gold answer (an entity, "Yes"/"No", or "Insufficient information"), or empty
 */
public record EvalQuery(String id, String text, String type, List<String> facts, String answer) {

    public EvalQuery {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        type = type == null || type.isBlank() ? "unknown" : type;
        facts = facts == null ? List.of() : List.copyOf(facts);
        answer = answer == null ? "" : answer.strip();
    }

    public EvalQuery(String id, String text, String type, List<String> facts) {
        this(id, text, type, facts, "");
    }

    /** Questions without evidence are left out of retrieval scores, as in the paper. */
    public boolean scored() {
        return !facts.isEmpty() && !"null_query".equals(type);
    }
}
