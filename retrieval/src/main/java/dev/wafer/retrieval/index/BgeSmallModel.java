package dev.wafer.retrieval.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * LangChain4j's quantized bge-small-en-v1.5 (the same model file, tokenizer and CLS pooling as
 * {@code BgeSmallEnV15QuantizedEmbeddingModel}), with one runtime setting changed: the ONNX runtime's
 * worker threads sleep between operators instead of spinning. A search embeds its question while BM25
 * runs on another thread; with spinning workers the two fight for the same cores and a search costs
 * the sum of both (measured: 18.9 ms against 15.4 ms p50 for a 13–14 ms embedding plus 5.5 ms of
 * other work on 2 cores), while the embedding alone is as fast either way.
 */
final class BgeSmallModel extends AbstractInProcessEmbeddingModel {

    /** The model's name, as vectors made ahead of time record it ({@link KnownVectors}). */
    static final String NAME = "bge-small-en-v1.5-q";
    static final int DIMENSION = 384;
    private static final String MODEL = NAME + ".onnx";
    private static final String TOKENIZER = NAME + "-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    BgeSmallModel() {
        super(null);
        this.encoder = load();
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }

    private static OnnxBertBiEncoder load() {
        ClassLoader loader = BgeSmallModel.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(MODEL);
             InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("The bge-small-en-v1.5 model is missing from the classpath");
            }
            OnnxNatives.useCache();
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                OrtSession session = environment.createSession(model.readAllBytes(), options);
                return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bge-small-en-v1.5 model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("Could not load the bge-small-en-v1.5 model: " + e.getMessage(), e);
        }
    }
}
