package dev.wafer.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class SharedDataTest {

    @TempDir
    Path temp;

    @Test
    void dataThatIsThereIsHandedBack() {
        assertThat(SharedData.require(temp, "Scoring", Map.of("CI", "true"))).isEqualTo(temp);
    }

    @Test
    void missingDataSkipsTheTestAndSaysWhyOnTheConsole() {
        Path missing = temp.resolve("eval");
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> SharedData.require(missing, "Scoring the dev pages", Map.of()))
                    .isInstanceOf(TestAbortedException.class);
        } finally {
            System.setOut(console);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .startsWith("[SKIPPED] Scoring the dev pages needs " + missing + ", which is not there");
    }

    @Test
    void underCiMissingDataFailsTheTest() {
        assertThatThrownBy(() -> SharedData.require(temp.resolve("eval"), "Scoring the dev pages", Map.of("CI", "true")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Under CI=true no test is skipped");
    }
}
