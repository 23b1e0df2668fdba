package dev.wafer.retrieval.index;

import dev.wafer.retrieval.cache.Remembered;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Dense vectors for passages and questions from the in-process bge-small-en-v1.5 model (quantized,
 * shipped in a Maven jar: nothing is downloaded at run time). The model is loaded once per process.
 */
public final class Embedder {

    /**
     * BGE v1.5 is trained to embed a short question behind this instruction when it is matched
     * against passages; passages themselves are embedded as they are.
     */
    public static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
    private static final int QUERY_CACHE_SIZE = 512;

    private final EmbeddingModel model;
    private final boolean instructQueries;
    private final KnownVectors known;
    private final Remembered<String, float[]> queryCache = Remembered.upTo(QUERY_CACHE_SIZE);

    public Embedder(EmbeddingModel model, boolean instructQueries) {
        this(model, instructQueries, KnownVectors.none());
    }

    Embedder(EmbeddingModel model, boolean instructQueries, KnownVectors known) {
        this.model = model;
        this.instructQueries = instructQueries;
        this.known = known;
    }

    /**
     * The product's embedder: bge-small-en-v1.5, quantized, in process, with the starter briefs' passage
     * vectors made ahead of time ({@link KnownVectors}).
     */
    public static Embedder bgeSmall() {
        return new Embedder(new BgeSmallModel(), true, KnownVectors.bundled(BgeSmallModel.NAME, BgeSmallModel.DIMENSION));
    }

    public int dimension() {
        return model.dimension();
    }

    public EmbeddingModel model() {
        return model;
    }

    /** The question as the model is given it (with the retrieval instruction when this model wants one). */
    public String queryInput(String question) {
        return instructQueries ? QUERY_INSTRUCTION + question : question;
    }

    /**
     * The question's vector, from a small cache of recent questions. The model runs outside the cache's
     * lock, so concurrent questions are embedded side by side (two may embed the same new question at
     * once; the second result simply replaces the first).
     */
    public float[] embedQuery(String question) {
        String input = instructQueries ? QUERY_INSTRUCTION + question : question;
        return queryCache.get(input, text -> model.embed(text).content().vector());
    }

    /**
     * Embeds texts as passages (no instruction), in one call so the model can spread the work; a text
     * whose vector was made ahead of time ({@link KnownVectors}) is not given to the model again.
     */
    public List<float[]> embedPassages(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        List<Integer> missing = new ArrayList<>();
        for (String text : texts) {
            float[] vector = known.get(text);
            if (vector == null) {
                missing.add(vectors.size());
            }
            vectors.add(vector);
        }
        if (!missing.isEmpty()) {
            List<TextSegment> segments = missing.stream().map(i -> TextSegment.from(texts.get(i))).toList();
            List<Embedding> embeddings = model.embedAll(segments).content();
            for (int i = 0; i < missing.size(); i++) {
                vectors.set(missing.get(i), embeddings.get(i).vector());
            }
        }
        return vectors;
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }
}
