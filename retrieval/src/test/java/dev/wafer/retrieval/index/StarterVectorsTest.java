package dev.wafer.retrieval.index;

import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
    /** Enough of the starter texts, spread over the corpus, to catch a file made with another model or settings. */
    private static final int COMPARED = 20;

    @TempDir
    static Path folder;
    /** The model behind a new folder's starter index, noting every text it was asked to embed. */
    private static RecordingModel model;
    private static KnownVectors bundled;
    private static NewsLibrary library;

    /** One new folder for the class: opening it reads the starter corpus, which the tests only look at. */
    @BeforeAll
    static void openANewFolder() {
        if (Boolean.getBoolean("wafer.writeStarterVectors")) {
            writeBundledVectors(folder.resolve("all"));
        }
        model = new RecordingModel(new BgeSmallModel());
        bundled = KnownVectors.bundled(BgeSmallModel.NAME, BgeSmallModel.DIMENSION);
        library = open(folder.resolve("new"), new Embedder(model, true, bundled));
    }

    @AfterAll
    static void close() {
        if (library != null) {
            library.close();
        }
    }

    @Test
    void aNewFolderIndexesItsStarterBriefsWithoutRunningTheModelOverThem() {
        assertTrue(library.store().stats().articles() > 100, "the starter corpus was loaded");
        assertTrue(model.texts.isEmpty(), model.texts.size() + " starter texts have no bundled vector (first: "
                + model.texts.stream().findFirst().orElse("") + "); make the file again as this test's comment says");
    }

    @Test
    void aBundledVectorIsWhatTheModelGivesForItsText() {
        // The texts a new folder embeds are its passages' context texts; the model runs on a sample of them only.
        List<String> texts = library.passages().all().stream().map(Passage::contextText).distinct().sorted().toList();
        assertTrue(texts.size() > COMPARED, "the starter corpus has passages");
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < COMPARED; i++) {
            sample.add(texts.get(i * texts.size() / COMPARED));
        }
        List<Embedding> made = new BgeSmallModel().embedAll(sample.stream().map(TextSegment::from).toList()).content();
        for (int i = 0; i < sample.size(); i++) {
            float[] known = bundled.get(sample.get(i));
            assertNotNull(known, "no bundled vector for: " + sample.get(i));
            assertTrue(Embedder.cosine(known, made.get(i).vector()) > 0.9999, "bundled vector differs for: " + sample.get(i));
        }
    }

    @Test
    void aFileFromAnotherModelIsNotUsed(@TempDir Path scratch) throws Exception {
        Path file = scratch.resolve("vectors.bin");
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
