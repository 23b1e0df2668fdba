package dev.wafer.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxNativesTest {

    @TempDir
    Path cache;

    @Test
    void librariesAreUnpackedOnceIntoTheCacheAndReusedAfterwards() throws Exception {
        assumeCarried();
        Path folder = cache.resolve(OnnxNatives.platform());

        assertThat(OnnxNatives.unpack(folder)).isTrue();

        Path runtime = folder.resolve(System.mapLibraryName("onnxruntime"));
        Path jni = folder.resolve(System.mapLibraryName("onnxruntime4j_jni"));
        assertThat(runtime).isRegularFile();
        assertThat(Files.size(runtime)).isGreaterThan(1_000_000);
        assertThat(jni).isRegularFile();
        FileTime unpacked = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(runtime, unpacked);

        assertThat(OnnxNatives.unpack(folder)).isTrue();

        assertThat(Files.getLastModifiedTime(runtime)).as("an intact copy is not written again").isEqualTo(unpacked);
        try (var files = Files.list(folder)) {
            assertThat(files).as("no half-written files left").hasSize(2);
        }
    }

    @Test
    void theModelLoadsFromTheCacheWithoutATempFolder() {
        assumeCarried();
        NewsLibraryEmbedding.load();

        assertThat(System.getProperty(OnnxNatives.PATH_PROPERTY)).endsWith("wafer/onnxruntime/" + OnnxNatives.platform());
        assertThat(Path.of(System.getProperty(OnnxNatives.PATH_PROPERTY), System.mapLibraryName("onnxruntime")))
                .isRegularFile();
    }

    /** A platform whose libraries this build does not carry is reported skipped, never passed nor failed. */
    private static void assumeCarried() {
        assumeTrue(OnnxNativesTest.class.getResource("/ai/onnxruntime/native/" + OnnxNatives.platform() + "/"
                + System.mapLibraryName("onnxruntime")) != null, "this build carries no ONNX Runtime for "
                + OnnxNatives.platform());
    }

    /** Loads the product's model the way the product does. */
    private static final class NewsLibraryEmbedding {
        static void load() {
            dev.wafer.retrieval.NewsLibrary.sharedEmbedder().get().embedQuery("HBM supply");
        }
    }
}
