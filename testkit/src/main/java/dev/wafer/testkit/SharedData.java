package dev.wafer.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.opentest4j.TestAbortedException;

/**
 * The data sets some tests score Wafer on (public benchmarks, real seed pages) live in {@code ../shared}
 * beside the checkout, not in it: their texts belong to their publishers. A test that needs them skips
 * when they are absent and says so on the console, where whoever runs the tests sees it — except under
 * {@code CI=true}, where a skipped score would let a regression pass unseen, so it fails instead.
 */
public final class SharedData {

    /** {@code ../shared} beside the checkout, seen from a module's folder (where Maven runs its tests). */
    public static final Path ROOT = Path.of("..", "..", "shared").toAbsolutePath().normalize();

    private SharedData() {
    }

    /** {@code ROOT/parts...}. */
    public static Path path(String first, String... more) {
        return ROOT.resolve(Path.of(first, more));
    }

    /**
     * Returns {@code path} when it exists; otherwise skips the test (printing why) or, under CI, fails it.
     *
     * @param what what the test would check with it, e.g. "the MultiHop-RAG dev scores"
     */
    public static Path require(Path path, String what) {
        return require(path, what, System.getenv());
    }

    /** As {@link #require(Path, String)}, with the environment given (tests). */
    public static Path require(Path path, String what, Map<String, String> environment) {
        if (Files.exists(path)) {
            return path;
        }
        String reason = what + " needs " + path + ", which is not there (docs/quality.md says where to get the public data sets)";
        if ("true".equalsIgnoreCase(environment.getOrDefault("CI", ""))) {
            throw new AssertionError("Failed: " + reason + ". Under CI=true no test is skipped for missing data.");
        }
        System.out.println("[SKIPPED] " + reason);
        throw new TestAbortedException(reason);
    }
}
