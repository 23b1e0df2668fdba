package dev.wafer.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Derives stable article ids. The same story reached through a tracking link, with a fragment, or
 * with a differently-cased host gets the same id, so importing it twice never duplicates it.
 */
public final class ArticleIds {

    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "ref",
            "ref_src", "cmpid", "smid", "sr_share", "ncid", "taid", "guccounter", "guce_referrer",
            "guce_referrer_sig", "spm", "share", "ito", "cid");

    private ArticleIds() {
    }

    /** The id of an article: from its canonical URL when it has a web URL, otherwise from its text. */
    public static String forArticle(String url, String body) {
        if (url != null && (url.startsWith("http://") || url.startsWith("https://"))) {
            return hash("url:" + canonicalUrl(url));
        }
        return hash("text:" + normalizeText(body));
    }

    /**
     * The canonical form of a web URL: lower-case scheme and host, no default port, no fragment,
     * no {@code utm_*} or other tracking parameters, no trailing slash on a non-root path.
     * A string that is not a valid absolute URL is returned stripped but otherwise unchanged.
     */
    public static String canonicalUrl(String url) {
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return trimmed;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
                port = -1;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            StringBuilder out = new StringBuilder(scheme).append("://").append(host);
            if (port != -1) {
                out.append(':').append(port);
            }
            out.append(path);
            String query = keptQuery(uri.getRawQuery());
            if (!query.isEmpty()) {
                out.append('?').append(query);
            }
            return out.toString();
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    private static String keptQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : rawQuery.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !name.startsWith("utm_") && !TRACKING_PARAMETERS.contains(name)) {
                kept.add(pair);
            }
        }
        return kept.toString();
    }

    private static String normalizeText(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
