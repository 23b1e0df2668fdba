package dev.wafer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code WAFER_*} setting the product reads is in the configuration table people read, and the
 * table names none the product no longer reads.
 */
class ConfigurationDocsTest {

    /** A setting as Java code reads it: a string literal that is exactly its name. */
    private static final Pattern JAVA_SETTING = Pattern.compile("\"(WAFER_[A-Z0-9_]+)\"");
    /** A setting as the launcher and logback read it: {@code ${WAFER_X:-default}} or {@code ${WAFER_X}}. */
    private static final Pattern EXPANDED_SETTING = Pattern.compile("\\$\\{(WAFER_[A-Z0-9_]+)(?::-[^}]*)?}");
    /** A row of the table: its first cell names the setting. */
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `(WAFER_[A-Z0-9_]+)` \\|");

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void theTableListsExactlyTheSettingsTheProductReads() throws IOException {
        Set<String> read = settingsRead();
        Set<String> documented = settingsDocumented();

        assertThat(read).as("settings found in the sources").contains("WAFER_DATA", "WAFER_LOG_LEVEL", "WAFER_JAVA_OPTS");
        assertThat(read).as("settings the product reads but docs/configuration.md does not list")
                .isSubsetOf(documented);
        assertThat(documented).as("settings docs/configuration.md lists but the product no longer reads")
                .isSubsetOf(read);
    }

    @Test
    void eachSettingHasOneRow() throws IOException {
        Matcher rows = TABLE_ROW.matcher(Files.readString(ROOT.resolve("docs/configuration.md")));
        Set<String> seen = new TreeSet<>();
        while (rows.find()) {
            assertThat(seen.add(rows.group(1))).as("%s has one row", rows.group(1)).isTrue();
        }
    }

    private static Set<String> settingsRead() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            for (Path file : walk.filter(Files::isRegularFile)
                    .filter(path -> path.toString().contains("/src/main/") && !path.toString().contains("/target/"))
                    .toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".java")) {
                    collect(JAVA_SETTING, Files.readString(file), names);
                } else if (name.endsWith(".xml") || name.endsWith(".properties")) {
                    collect(EXPANDED_SETTING, Files.readString(file), names);
                }
            }
        }
        collect(EXPANDED_SETTING, Files.readString(ROOT.resolve("wafer")), names);
        return names;
    }

    private static Set<String> settingsDocumented() throws IOException {
        Set<String> names = new TreeSet<>();
        collect(TABLE_ROW, Files.readString(ROOT.resolve("docs/configuration.md")), names);
        return names;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
