package dev.wafer.retrieval.answer.llm;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;

/**
 * Which language model composes answers, read from {@code WAFER_LLM_*} settings. Read from a map so
 * the environment, a config file or a test can supply it. The API key is never part of
 * {@link #toString()} or {@link #describe()}, so it cannot reach a log or a terminal by accident.
 *
 * @param provider where answers come from; {@link LlmProvider#NONE} for extractive answers
 * @param baseUrl  the server's API root, or null for the provider's default
 * @param apiKey   the secret, or null when the server needs none
 * @param model    the model name as the provider spells it
 * @param timeout  the longest wait for a reply before falling back to the extractive answer
 */
public record LlmConfig(LlmProvider provider, String baseUrl, String apiKey, String model, Duration timeout) {

    public static final String PROVIDER = "WAFER_LLM_PROVIDER";
    public static final String BASE_URL = "WAFER_LLM_BASE_URL";
    public static final String API_KEY = "WAFER_LLM_API_KEY";
    public static final String MODEL = "WAFER_LLM_MODEL";
    public static final String TIMEOUT_SECONDS = "WAFER_LLM_TIMEOUT_SECONDS";

    /** Long enough for a small local model to write four sentences; short enough that a chat user waits. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final String OPENAI_BASE_URL = "https://api.openai.com/v1";
    public static final String OLLAMA_BASE_URL = "http://localhost:11434";

    public static final LlmConfig NONE = new LlmConfig(LlmProvider.NONE, null, null, null, DEFAULT_TIMEOUT);

    public LlmConfig {
        if (provider == null) {
            throw new LlmConfigException(PROVIDER + " is required");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new LlmConfigException(TIMEOUT_SECONDS + " must be a positive number of seconds.");
        }
    }

    public static LlmConfig fromEnvironment() {
        return from(System.getenv());
    }

    /** Reads and validates the settings; throws {@link LlmConfigException} with one actionable line. */
    public static LlmConfig from(Map<String, String> settings) {
        String providerValue = value(settings, PROVIDER);
        LlmProvider provider = providerValue == null ? LlmProvider.NONE : LlmProvider.parse(providerValue);
        if (provider == LlmProvider.NONE) {
            return NONE;
        }
        String baseUrl = value(settings, BASE_URL);
        if (baseUrl != null) {
            baseUrl = checkedUrl(baseUrl);
        }
        String apiKey = value(settings, API_KEY);
        String model = value(settings, MODEL);
        if (model == null) {
            throw new LlmConfigException(MODEL + " is not set: name the model " + provider.id()
                    + " should use (for example " + exampleModel(provider) + ").");
        }
        boolean keyNeeded = switch (provider) {
            case OPENAI -> baseUrl == null || baseUrl.startsWith(OPENAI_BASE_URL);
            case ANTHROPIC, GEMINI -> true;
            case OLLAMA, NONE -> false;
        };
        if (keyNeeded && apiKey == null) {
            throw new LlmConfigException(API_KEY + " is not set: " + provider.id() + " needs an API key"
                    + (provider == LlmProvider.OPENAI ? " (or set " + BASE_URL + " to a server that needs none)." : "."));
        }
        return new LlmConfig(provider, baseUrl, apiKey, model, timeout(settings));
    }

    public boolean enabled() {
        return provider != LlmProvider.NONE;
    }

    /** The API root actually used. */
    public String effectiveBaseUrl() {
        if (baseUrl != null) {
            return baseUrl;
        }
        return switch (provider) {
            case OPENAI -> OPENAI_BASE_URL;
            case OLLAMA -> OLLAMA_BASE_URL;
            case ANTHROPIC -> "https://api.anthropic.com/v1";
            case GEMINI -> "https://generativelanguage.googleapis.com/v1beta";
            case NONE -> "";
        };
    }

    /** "openai model gpt-4o-mini at https://…" — safe to log: no key. */
    public String describe() {
        return enabled() ? provider.id() + " model " + model + " at " + effectiveBaseUrl() : "no language model";
    }

    @Override
    public String toString() {
        return "LlmConfig[" + describe() + ", apiKey=" + (apiKey == null ? "none" : "***") + ", timeout="
                + timeout.toSeconds() + "s]";
    }

    private static Duration timeout(Map<String, String> settings) {
        String value = value(settings, TIMEOUT_SECONDS);
        if (value == null) {
            return DEFAULT_TIMEOUT;
        }
        try {
            double seconds = Double.parseDouble(value);
            if (seconds > 0 && seconds <= 3600) {
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw new LlmConfigException(TIMEOUT_SECONDS + " must be a number of seconds between 0 and 3600; it is '"
                + value + "'.");
    }

    private static String checkedUrl(String value) {
        try {
            URI uri = new URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
            }
        } catch (URISyntaxException e) {
            // reported below, with the value
        }
        throw new LlmConfigException(BASE_URL + " must be an http(s) URL such as http://localhost:8080/v1; it is '"
                + value + "'.");
    }

    private static String value(Map<String, String> settings, String name) {
        String value = settings.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String exampleModel(LlmProvider provider) {
        return switch (provider) {
            case OPENAI -> "gpt-4o-mini";
            case OLLAMA -> "llama3.1";
            case ANTHROPIC -> "claude-3-5-haiku-latest";
            case GEMINI -> "gemini-2.0-flash";
            case NONE -> "";
        };
    }
}
