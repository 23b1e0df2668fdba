package dev.wafer.retrieval.answer.extractive;

import dev.wafer.retrieval.index.Embedder;
import java.util.ArrayList;
import java.util.List;

/**
 * The meaning of a question and of its candidate sentences, as embedding vectors: how close each
 * sentence is to the question, so a sentence that answers in other words ("the switch moves 51.2
 * terabits a second" for "tomahawk 5 bandwidth") is found although it shares few of its words; and how
 * close two sentences are, so two outlets telling one claim in their own words are seen to agree.
 */
@FunctionalInterface
public interface SentenceMeaning {

    /** No model: every similarity is 0 and the words alone decide. */
    SentenceMeaning NONE = (question, sentences) -> new Vectors(null, new ArrayList<>());

    /** The question's vector and one per sentence, in order. */
    Vectors embed(String question, List<String> sentences);

    /** Vectors of one question and its sentences; empty when there is no model. */
    record Vectors(float[] question, List<float[]> sentences) {

        /** Cosine of sentence {@code i} with the question, 0 without a model. */
        public double toQuestion(int i) {
            return question == null || sentences.isEmpty() ? 0 : Embedder.cosine(question, sentences.get(i));
        }

        /** Cosine of sentences {@code i} and {@code j}, 0 without a model. */
        public double between(int i, int j) {
            return sentences.isEmpty() ? 0 : Embedder.cosine(sentences.get(i), sentences.get(j));
        }
    }
}
