package dev.wafer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependencies point bot → retrieval → corpus: Discord must never leak below the bot module. */
class DependencyBoundaryTest {

    @Test
    void jdaIsNotOnTheClasspathOfRetrievalOrCorpus() {
        assertThatThrownBy(() -> Class.forName("net.dv8tion.jda.api.JDA")).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void noSourceInRetrievalOrCorpusMentionsDiscordTypes() throws IOException {
        for (Path module : List.of(Path.of("src"), Path.of("..", "corpus", "src"))) {
            try (Stream<Path> files = Files.walk(module)) {
                List<Path> offenders = files.filter(file -> file.toString().endsWith(".java"))
                        .filter(file -> !file.getFileName().toString().equals("DependencyBoundaryTest.java"))
                        .filter(file -> read(file).contains("net.dv8tion"))
                        .toList();
                assertThat(offenders).as("files in %s naming net.dv8tion", module).isEmpty();
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
