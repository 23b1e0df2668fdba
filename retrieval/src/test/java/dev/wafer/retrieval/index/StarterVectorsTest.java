package dev.wafer.retrieval.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled starter vectors ({@link KnownVectors}) are what make a new data folder ready without
 * running the model over the starter briefs. When a brief or the passage split changes, this test fails
 * and says how to make the file again:
 * {@code ./mvnw -pl retrieval -am test -Dtest=StarterVectorsTest -Dsurefire.failIfNoSpecifiedTests=false -Dwafer.writeStarterVectors=true}
 */
class StarterVectorsTest {

    private static final Path BUNDLED = Path.of("src/main/resources" + KnownVectors.RESOURCE);

    @Test
    void aNewFolderIndexesItsStarterBriefsWithoutRunningTheModelOverThem(@TempDir Path folder) {
        if (Boolean.getBoolean("wafer.writeStarterVectors")) {
            writeBundledVectors(folder.resolve("all"));
        }
        RecordingModel model = new RecordingModel(new BgeSmallModel());
        Embedder embedder = new Embedder(model, true, KnownVectors.bundled(BgeSmallModel.NAME, BgeSmallModel.DIMENSION));
        try (NewsLibrary library = open(folder.resolve("new"), embedder)) {
            assertTrue(library.store().stats().articles() > 100, "the starter corpus was loaded");
        }
        assertTrue(model.texts.isEmpty(), model.texts.size() + " starter texts have no bundled vector (first: "
                + model.texts.stream().findFirst().orElse("") + "); make the file again as this test's comment says");
    }

    @Test
    void aBundledVectorIsWhatTheModelGivesForItsText(@TempDir Path folder) {
        RecordingModel model = new RecordingModel(new BgeSmallModel());
        try (NewsLibrary library = open(folder, new Embedder(model, true, KnownVectors.none()))) {
            assertTrue(library.store().stats().articles() > 100, "the starter corpus was loaded");
        }
        KnownVectors bundled = KnownVectors.bundled(BgeSmallModel.NAME, BgeSmallModel.DIMENSION);
        int compared = 0;
        for (Map.Entry<String, float[]> made : model.vectors.entrySet()) {
            float[] known = bundled.get(made.getKey());
            if (known != null && compared++ < 20) {
                assertTrue(Embedder.cosine(known, made.getValue()) > 0.9999, "bundled vector differs for: " + made.getKey());
            }
        }
        assertTrue(compared > 0, "no starter text has a bundled vector");
    }

    @Test
    void aFileFromAnotherModelIsNotUsed(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("vectors.bin");
        KnownVectors.write(file, "another-model", 2, Map.of("Nvidia ships the H20", new float[] {1f, 0f}));
        try (var in = java.nio.file.Files.newInputStream(file)) {
            assertTrue(KnownVectors.read(in, BgeSmallModel.NAME, 2).get("Nvidia ships the H20") == null);
        }
        try (var in = java.nio.file.Files.newInputStream(file)) {
            assertTrue(KnownVectors.read(in, "another-model", 2).get("Nvidia ships the H20") != null);
        }
    }

    private static void writeBundledVectors(Path folder) {
        RecordingModel model = new RecordingModel(new BgeSmallModel());
        try (NewsLibrary library = open(folder, new Embedder(model, true, KnownVectors.none()))) {
            assertTrue(library.store().stats().articles() > 100, "the starter corpus was loaded");
        }
        KnownVectors.write(BUNDLED, BgeSmallModel.NAME, BgeSmallModel.DIMENSION, model.vectors);
    }

    private static NewsLibrary open(Path folder, Embedder embedder) {
        return NewsLibrary.open(DataFolder.open(folder), NewsLibrary.Options.defaults().withStarter(true).withEmbedder(() -> embedder));
    }

    /** The model, noting every passage text it was asked to embed and the vector it gave. */
    private static final class RecordingModel implements EmbeddingModel {
        private final EmbeddingModel model;
        private final List<String> texts = new ArrayList<>();
        private final Map<String, float[]> vectors = new LinkedHashMap<>();

        RecordingModel(EmbeddingModel model) {
            this.model = model;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            Response<List<Embedding>> response = model.embedAll(segments);
            for (int i = 0; i < segments.size(); i++) {
                texts.add(segments.get(i).text());
                vectors.put(segments.get(i).text(), response.content().get(i).vector());
            }
            return response;
        }

        @Override
        public int dimension() {
            return model.dimension();
        }
    }
}
