package dev.wafer.retrieval.answer.extractive;

import dev.wafer.retrieval.cache.Remembered;
import dev.wafer.retrieval.index.Embedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@link SentenceMeaning} of the in-process embedding model. A sentence's vector depends only on
 * its text, so vectors are kept in a bounded cache keyed by the sentence: a passage asked about again
 * (its text unchanged) costs nothing, and an edited passage's new sentences are embedded afresh. The
 * question's vector comes from the embedder's own cache, filled by the search that found the sources.
 */
public final class EmbeddedSentenceMeaning implements SentenceMeaning {

    /**
     * Sentences whose vectors are kept, ~1.8 kB each with their text: about 18 MB. News that people ask
     * about keeps coming back in the next answers; on the MultiHop-RAG dev questions (752 asked in a row)
     * 56% of the sentences the answers weighed were found here (10,784 asked for, 4,791 embedded).
     */
    private static final int CACHED_SENTENCES = 10_000;

    private final Supplier<Embedder> embedder;
    private final Remembered<String, float[]> vectors = Remembered.upTo(CACHED_SENTENCES);

    /** @param embedder the model, loaded when the first answer needs it */
    public EmbeddedSentenceMeaning(Supplier<Embedder> embedder) {
        this.embedder = embedder;
    }

    @Override
    public Vectors embed(String question, List<String> sentences) {
        float[] asked = embedder.get().embedQuery(question);
        List<String> missing = new ArrayList<>();
        for (String sentence : sentences) {
            if (vectors.known(sentence) == null && !missing.contains(sentence)) {
                missing.add(sentence);
            }
        }
        List<float[]> embedded = embedder.get().embedPassages(missing);
        Map<String, float[]> fresh = new HashMap<>();
        for (int i = 0; i < missing.size(); i++) {
            fresh.put(missing.get(i), embedded.get(i));
            vectors.remember(missing.get(i), embedded.get(i));
        }
        List<float[]> result = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            float[] vector = fresh.containsKey(sentence) ? fresh.get(sentence) : vectors.known(sentence);
            // Evicted by another answer meanwhile: embed it again rather than score it as meaningless.
            result.add(vector != null ? vector : embedder.get().embedPassages(List.of(sentence)).getFirst());
        }
        return new Vectors(asked, result);
    }
}
