package dev.wafer.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

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
        Path folder = cache.resolve("linux-x64");

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
        NewsLibraryEmbedding.load();

        assertThat(System.getProperty(OnnxNatives.PATH_PROPERTY)).endsWith("wafer/onnxruntime/linux-x64");
        assertThat(Path.of(System.getProperty(OnnxNatives.PATH_PROPERTY), System.mapLibraryName("onnxruntime")))
                .isRegularFile();
    }

    /** Loads the product's model the way the product does. */
    private static final class NewsLibraryEmbedding {
        static void load() {
            dev.wafer.retrieval.NewsLibrary.sharedEmbedder().get().embedQuery("HBM supply");
        }
    }
}
