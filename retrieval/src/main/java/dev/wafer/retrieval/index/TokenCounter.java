package dev.wafer.retrieval.index;

import dev.langchain4j.model.TokenCountEstimator;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;

/**
 * Counts tokens as the embedding model sees them, so a passage budget of 256 tokens means 256 of
 * the model's own tokens. bge-small-en-v1.5 uses BERT's uncased WordPiece vocabulary, which is the
 * tokenizer LangChain4j's {@link HuggingFaceTokenCountEstimator} loads by default.
 */
public final class TokenCounter {

    private final TokenCountEstimator estimator;

    public TokenCounter() {
        this.estimator = new HuggingFaceTokenCountEstimator();
    }

    public int count(String text) {
        return estimator.estimateTokenCountInText(text);
    }
}
