package dev.wafer.bot.app;

import dev.wafer.corpus.DataFolder;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Wafer's settings: the {@code WAFER_*} keys of the data folder's {@code wafer.properties}, overridden
 * by the environment. A file lets a server keep its language-model and Discord settings with its
 * data instead of in a service unit; the environment still wins, so one run can differ.
 */
public final class Settings {

    private static final String PREFIX = "WAFER_";

    private Settings() {
    }

    public static Map<String, String> load(DataFolder folder, Map<String, String> environment) {
        Map<String, String> settings = new HashMap<>(fromFile(folder.config()));
        environment.forEach((key, value) -> {
            if (key.startsWith(PREFIX)) {
                settings.put(key, value);
            }
        });
        return Map.copyOf(settings);
    }

    private static Map<String, String> fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot read the settings file " + file + " (" + e.getMessage()
                    + "); it holds lines such as WAFER_LLM_PROVIDER=ollama", e);
        }
        Map<String, String> settings = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith(PREFIX)) {
                throw new IllegalArgumentException("The settings file " + file + " has an unknown key \"" + key
                        + "\"; only WAFER_* settings belong there (the Discord token goes in DISCORD_TOKEN or --token-file)");
            }
            settings.put(key, properties.getProperty(key).strip());
        }
        return settings;
    }
}
