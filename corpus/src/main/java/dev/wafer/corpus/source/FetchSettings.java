package dev.wafer.corpus.source;

import java.time.Duration;
import java.util.Objects;

/**
 * How Wafer behaves on the web. {@link #defaults()} is what the product uses; tests shorten the
 * timeouts and the per-host delay.
 *
 * @param userAgent            sent with every request; names Wafer and where to read about it
 * @param connectTimeout       how long to wait for a connection
 * @param readTimeout          how long to wait for the next bytes of a response
 * @param fetchDeadline        the longest one fetch may take in all, however steadily bytes trickle in
 * @param refreshBudget        the longest a refresh reads feeds; a feed still reading then is cut short
 * @param maxBytes             a response larger than this (after decompression) is aborted
 * @param maxRedirects         redirects followed before giving up
 * @param hostDelay            pause between two requests to the same host (robots.txt may ask for more)
 * @param allowPrivateNetworks whether addresses on loopback, private, link-local or multicast networks
 *                             may be fetched; off in the product so a link cannot reach internal services
 */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration readTimeout, Duration fetchDeadline,
                            Duration refreshBudget, long maxBytes, int maxRedirects, Duration hostDelay,
                            boolean allowPrivateNetworks) {

    public static final String PROJECT_URL = "https://github.com/wafer-news/wafer";
    public static final String USER_AGENT = userAgent(PROJECT_URL);
    /**
     * Each deployment should name a page about itself, so a site operator who sees Wafer in their
     * logs reaches whoever runs that bot rather than the project.
     */
    public static final String CONTACT_URL_ENV = "WAFER_CONTACT_URL";
    /** The name Wafer answers to in robots.txt groups. */
    public static final String ROBOT_NAME = "wafer";
    public static final String ALLOW_PRIVATE_ENV = "WAFER_ALLOW_PRIVATE_NETWORKS";
    public static final String HOST_DELAY_ENV = "WAFER_FETCH_DELAY_MS";
    public static final String FETCH_DEADLINE_ENV = "WAFER_FETCH_DEADLINE_SECONDS";
    public static final String REFRESH_BUDGET_ENV = "WAFER_REFRESH_BUDGET_MINUTES";

    public FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(fetchDeadline, "fetchDeadline");
        Objects.requireNonNull(refreshBudget, "refreshBudget");
        if (fetchDeadline.isNegative() || fetchDeadline.isZero() || refreshBudget.isNegative() || refreshBudget.isZero()) {
            throw new IllegalArgumentException("fetchDeadline and refreshBudget must be positive");
        }
        Objects.requireNonNull(hostDelay, "hostDelay");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative");
        }
    }

    public static FetchSettings defaults() {
        String contact = System.getenv(CONTACT_URL_ENV);
        String agent = contact == null || contact.isBlank() ? USER_AGENT : userAgent(contact.strip());
        return new FetchSettings(agent, Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(positive(FETCH_DEADLINE_ENV, System.getenv(FETCH_DEADLINE_ENV), 60)),
                Duration.ofMinutes(positive(REFRESH_BUDGET_ENV, System.getenv(REFRESH_BUDGET_ENV), 15)),
                5L * 1024 * 1024, 5, hostDelay(System.getenv(HOST_DELAY_ENV)),
                "true".equalsIgnoreCase(System.getenv(ALLOW_PRIVATE_ENV)));
    }

    /** A whole positive number from the environment, or the default when unset. */
    static long positive(String name, String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a whole number above 0, not \"" + value + "\"");
    }

    static String userAgent(String contactUrl) {
        return "Wafer/0.1 (AI-chip news bot; +" + contactUrl + ")";
    }

    /** {@value #HOST_DELAY_ENV} in milliseconds, default one second. */
    static Duration hostDelay(String value) {
        if (value == null || value.isBlank()) {
            return Duration.ofSeconds(1);
        }
        try {
            long millis = Long.parseLong(value.strip());
            if (millis >= 0) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(HOST_DELAY_ENV + " must be a whole number of milliseconds, not \"" + value + "\"");
    }

    public FetchSettings withTimeouts(Duration connect, Duration read) {
        return new FetchSettings(userAgent, connect, read, fetchDeadline, refreshBudget, maxBytes, maxRedirects, hostDelay,
                allowPrivateNetworks);
    }

    public FetchSettings withDeadlines(Duration fetch, Duration refresh) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, fetch, refresh, maxBytes, maxRedirects, hostDelay,
                allowPrivateNetworks);
    }

    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, fetchDeadline, refreshBudget, bytes, maxRedirects,
                hostDelay, allowPrivateNetworks);
    }

    public FetchSettings withHostDelay(Duration delay) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, fetchDeadline, refreshBudget, maxBytes, maxRedirects,
                delay, allowPrivateNetworks);
    }

    public FetchSettings withAllowPrivateNetworks(boolean allow) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, fetchDeadline, refreshBudget, maxBytes, maxRedirects,
                hostDelay, allow);
    }
}
