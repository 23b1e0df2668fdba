package dev.wafer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Discord stays an adapter: JDA is used only in the bot's discord package. */
class ModuleBoundaryTest {

    @Test
    void jdaAppearsOnlyInTheDiscordPackage() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> sources = Files.walk(root)) {
            List<Path> offenders = sources
                    .filter(path -> path.toString().endsWith(".java") && path.toString().contains("/src/main/"))
                    .filter(path -> !path.toString().contains("/dev/wafer/bot/discord/"))
                    .filter(path -> read(path).contains("net.dv8tion"))
                    .toList();
            assertThat(offenders).isEmpty();
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
