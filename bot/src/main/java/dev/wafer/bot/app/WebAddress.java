package dev.wafer.bot.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one check of a web address a person typed — a feed or an article page, from the command line or
 * Discord: absolute, http or https, with a host. Whether the host may be fetched is the fetcher's
 * network guard's call, made on the addresses it actually connects to.
 */
public final class WebAddress {

    private WebAddress() {
    }

    /**
     * The address, stripped of surrounding blanks.
     *
     * @throws IllegalArgumentException naming the value and what to give instead
     */
    public static String of(String typed) {
        String trimmed = typed == null ? "" : typed.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // reported below, with the value as typed
        }
        throw new IllegalArgumentException(trimmed.isEmpty()
                ? "Give a web address starting with https://"
                : "\"" + trimmed + "\" is not a web address; give a full http:// or https:// URL");
    }
}
