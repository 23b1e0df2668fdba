package dev.wafer.retrieval.index;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps ONNX Runtime's native libraries in the user's cache instead of a fresh temp folder per
 * process. Left to itself, ONNX Runtime unpacks 16 MB into {@code /tmp/onnxruntime-java*} every time
 * the model loads and removes it only on a clean exit, so every killed process leaves one behind.
 * Here they are unpacked once (atomically, so two processes starting together cannot see half a file)
 * and ONNX Runtime is pointed at them with its {@code onnxruntime.native.path} property.
 */
final class OnnxNatives {

    static final String PATH_PROPERTY = "onnxruntime.native.path";
    private static final Logger LOG = LoggerFactory.getLogger(OnnxNatives.class);
    private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

    private OnnxNatives() {
    }

    /** Points ONNX Runtime at the cached libraries, unpacking them first if needed; a no-op if already pointed. */
    static synchronized void useCache() {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        Path folder = defaultCache().resolve(platform());
        try {
            if (unpack(folder)) {
                System.setProperty(PATH_PROPERTY, folder.toString());
            }
        } catch (IOException e) {
            // ONNX Runtime's own temp-folder unpacking still works; only the clean-up benefit is lost.
            LOG.debug("Could not keep ONNX Runtime's libraries in {}: {}", folder, e.toString());
        }
    }

    /**
     * Unpacks this platform's libraries from the classpath into {@code folder} unless an identical-size
     * copy is there already. Returns false when the jar carries no libraries for this platform.
     */
    static boolean unpack(Path folder) throws IOException {
        for (String name : LIBRARIES) {
            if (OnnxNatives.class.getResource(resource(name)) == null) {
                return false;
            }
        }
        Files.createDirectories(folder);
        for (String name : LIBRARIES) {
            URL source = OnnxNatives.class.getResource(resource(name));
            Path target = folder.resolve(System.mapLibraryName(name));
            long size = source.openConnection().getContentLengthLong();
            if (Files.isRegularFile(target) && size >= 0 && Files.size(target) == size) {
                continue;
            }
            Path temp = Files.createTempFile(folder, name, ".part");
            try (InputStream in = source.openStream()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        return true;
    }

    private static String resource(String library) {
        return "/ai/onnxruntime/native/" + platform() + "/" + System.mapLibraryName(library);
    }

    /** ONNX Runtime's name for this platform, e.g. {@code linux-x64}. */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : "linux";
        String archName = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch;
        return osName + "-" + archName;
    }

    /** {@code $XDG_CACHE_HOME/wafer/onnxruntime}, or {@code ~/.cache/wafer/onnxruntime}: beside the tokenizer's cache. */
    private static Path defaultCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("wafer").resolve("onnxruntime");
    }
}
