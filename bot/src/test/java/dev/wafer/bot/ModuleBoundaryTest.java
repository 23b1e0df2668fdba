package dev.wafer.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house's shape: Discord stays an adapter, and no packages depend on each other in a ring. */
class ModuleBoundaryTest {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package (dev\\.wafer[\\w.]*);");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?(dev\\.wafer(?:\\.[a-z]\\w*)*)\\.[A-Z]");
    /** The front ends: they call the application layer and format what it returns, never the other way round. */
    private static final Set<String> FRONT_ENDS = Set.of("dev.wafer.bot.command", "dev.wafer.bot.console",
            "dev.wafer.bot.discord", "dev.wafer.bot.format");

    private static Map<Path, String> sources;

    @BeforeAll
    static void readSources() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> walk = Files.walk(root)) {
            sources = new TreeMap<>();
            walk.filter(path -> path.toString().endsWith(".java") && path.toString().contains("/src/main/"))
                    .filter(path -> !path.toString().contains("/target/"))
                    .forEach(path -> sources.put(path, read(path)));
        }
    }

    @Test
    void everyModulesSourcesAreRead() {
        assertThat(sources.keySet()).anyMatch(path -> path.toString().contains("/corpus/src/main/"))
                .anyMatch(path -> path.toString().contains("/retrieval/src/main/"))
                .anyMatch(path -> path.toString().contains("/bot/src/main/"))
                .anyMatch(path -> path.toString().contains("/eval/src/main/"));
        assertThat(sources).hasSizeGreaterThan(100);
    }

    @Test
    void theProductCarriesNoEvaluationNorTheBaselinesLibrary() {
        // The bot module's runtime classpath is what the product jar ships (target/lib).
        for (String measuringOnly : List.of("dev.wafer.eval.Evaluation", "dev.wafer.eval.command.EvalMain",
                "dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore", "dev.langchain4j.data.document.splitter.DocumentSplitters")) {
            assertThatThrownBy(() -> Class.forName(measuringOnly)).as(measuringOnly).isInstanceOf(ClassNotFoundException.class);
        }
        assertThat(sources.entrySet()).filteredOn(source -> !source.getKey().toString().contains("/eval/src/main/"))
                .noneMatch(source -> source.getValue().contains("import dev.wafer.eval."));
    }

    @Test
    void jdaAppearsOnlyInTheDiscordPackage() {
        List<Path> offenders = sources.entrySet().stream()
                .filter(source -> !source.getKey().toString().contains("/dev/wafer/bot/discord/"))
                .filter(source -> source.getValue().contains("net.dv8tion"))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(offenders).isEmpty();
    }

    @Test
    void noPackagesImportEachOtherInARing() {
        Map<String, Set<String>> imports = new TreeMap<>();
        for (String source : sources.values()) {
            Matcher declared = PACKAGE.matcher(source);
            if (!declared.find()) {
                continue;
            }
            Set<String> targets = imports.computeIfAbsent(declared.group(1), key -> new TreeSet<>());
            Matcher imported = IMPORT.matcher(source);
            while (imported.find()) {
                if (!imported.group(1).equals(declared.group(1))) {
                    targets.add(imported.group(1));
                }
            }
        }
        assertThat(imports).containsKeys("dev.wafer.corpus.source", "dev.wafer.retrieval.search", "dev.wafer.bot.discord");

        assertThat(rings(imports)).as("packages that import each other, directly or round a ring").isEmpty();
        assertThat(imports.get("dev.wafer.bot.app")).as("the application layer every front end shares")
                .isNotEmpty().doesNotContainAnyElementsOf(FRONT_ENDS);
    }

    /** Strongly connected components of more than one package (Tarjan's algorithm). */
    private static List<Set<String>> rings(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<Set<String>> rings = new java.util.ArrayList<>();
        int[] counter = {0};
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, rings, counter);
            }
        }
        return rings;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<Set<String>> rings, int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]++);
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, rings, counter);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> ring = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                ring.add(member);
            } while (!member.equals(node));
            if (ring.size() > 1) {
                rings.add(ring);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
