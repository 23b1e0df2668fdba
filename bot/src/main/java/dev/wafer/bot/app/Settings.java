package dev.wafer.bot.app;

import dev.wafer.corpus.DataFolder;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Wafer's settings: the {@code WAFER_*} keys of the data folder's {@code wafer.properties}, overridden
 * by the environment. A file lets a server keep its language-model and Discord settings with its
 * data instead of in a service unit; the environment still wins, so one run can differ.
 */
public final class Settings {

    private static final String PREFIX = "WAFER_";
    /** The shape of an environment-style setting name; anything else on the left of a line may be a pasted secret. */
    private static final Pattern SETTING_NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

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
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        checkLines(file, text);
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable(file, e);
        }
        Map<String, String> settings = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            settings.put(key, properties.getProperty(key).strip());
        }
        return settings;
    }

    private static IllegalArgumentException unreadable(Path file, Exception cause) {
        return new IllegalArgumentException("Cannot read the settings file " + file + " (" + cause.getMessage()
                + "); it holds lines such as WAFER_LLM_PROVIDER=ollama", cause);
    }

    /**
     * Every setting line is {@code WAFER_NAME=value}. A line that is not is refused by its number, and
     * its content is shown only when it is a setting-shaped name: a pasted Discord token or API key
     * must not end up in a terminal, a service log or a bug report.
     */
    private static void checkLines(Path file, String text) {
        String[] lines = text.split("\\R", -1);
        boolean continued = false;
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index].strip();
            boolean wasContinued = continued;
            continued = endsWithOddBackslashes(line);
            if (wasContinued || line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int number = index + 1;
            int separator = firstSeparator(line);
            if (separator < 0) {
                throw new IllegalArgumentException("The settings file " + file + " has a malformed line " + number
                        + " (not shown, in case it is a secret): every line is KEY=value, such as WAFER_LLM_PROVIDER=ollama;"
                        + " the Discord token goes in DISCORD_TOKEN or --token-file, not in this file");
            }
            String key = line.substring(0, separator).strip();
            if (!key.startsWith(PREFIX)) {
                String named = SETTING_NAME.matcher(key).matches() ? " \"" + key + "\"" : " (not shown, in case it is a secret)";
                throw new IllegalArgumentException("The settings file " + file + " has an unknown key" + named + " on line "
                        + number + "; only WAFER_* settings belong there (the Discord token goes in DISCORD_TOKEN or --token-file)");
            }
        }
    }

    private static int firstSeparator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == ':') {
                return i;
            }
        }
        return -1;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }
}
