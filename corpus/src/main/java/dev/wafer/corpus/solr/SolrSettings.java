package dev.wafer.corpus.solr;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a shared corpus lives on a SolrCloud cluster, from the settings ({@code WAFER_INDEX=solr} and
 * the {@code WAFER_SOLR_*} entries). Unset, Wafer keeps its corpus in the data folder as always.
 *
 * @param nodes      base URLs of one or more Solr nodes ({@code http://host:8983/solr}), without credentials; any
 *                   node serves any collection, and a request that a node cannot answer is sent to the next
 * @param user       basic-auth user, or null when the cluster needs none
 * @param password   basic-auth password, or null
 * @param collection prefix of Wafer's two collections, {@code PREFIX_articles} and {@code PREFIX_passages}
 * @param shards     shards of each collection when Wafer creates it: 1 by default, because a question then
 *                   costs Solr well under half the CPU it costs over 2 shards (measured: 20-24 against 57 ms); shard
 *                   when the passages outgrow one node's memory (millions)
 * @param replicas   copies of each shard when Wafer creates it (2 keeps answering while one node is down)
 */
public record SolrSettings(List<URI> nodes, String user, String password, String collection, int shards,
                           int replicas) {

    public static final String INDEX = "WAFER_INDEX";
    public static final String URL = "WAFER_SOLR_URL";
    public static final String USER = "WAFER_SOLR_USER";
    public static final String PASSWORD = "WAFER_SOLR_PASSWORD";
    public static final String COLLECTION = "WAFER_SOLR_COLLECTION";
    public static final String SHARDS = "WAFER_SOLR_SHARDS";
    public static final String REPLICAS = "WAFER_SOLR_REPLICAS";

    public SolrSettings {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException(URL + " must name at least one Solr node, e.g. http://127.0.0.1:8983/solr");
        }
        Objects.requireNonNull(collection, "collection");
        if (!collection.matches("[A-Za-z0-9_]{1,40}")) {
            throw new IllegalArgumentException(COLLECTION + " must be letters, digits and '_' (at most 40), not \""
                    + collection + "\"");
        }
        if (shards < 1 || replicas < 1) {
            throw new IllegalArgumentException(SHARDS + " and " + REPLICAS + " must be at least 1");
        }
        if (nodes.stream().anyMatch(node -> node.getRawUserInfo() != null)) {
            throw new IllegalArgumentException("Solr node addresses must not carry credentials here; give them as "
                    + USER + " and " + PASSWORD);
        }
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("Set both " + USER + " and " + PASSWORD + ", or neither");
        }
    }

    /** The cluster for {@code nodes} with the defaults: collections {@code wafer_*}, 1 shard of 2 copies. */
    public static SolrSettings of(List<URI> nodes) {
        return new SolrSettings(nodes, null, null, "wafer", 1, 2);
    }

    /**
     * The cluster the settings name, or empty when {@value #INDEX} is unset or {@code embedded}.
     *
     * @throws IllegalArgumentException with a line saying what to fix when the settings are incomplete or wrong
     */
    public static Optional<SolrSettings> fromSettings(Map<String, String> settings) {
        String index = settings.getOrDefault(INDEX, "").strip();
        if (index.isEmpty() || index.equalsIgnoreCase("embedded")) {
            return Optional.empty();
        }
        if (!index.equalsIgnoreCase("solr")) {
            throw new IllegalArgumentException(INDEX + " must be \"embedded\" (the default) or \"solr\", not \"" + index + "\"");
        }
        String urls = settings.getOrDefault(URL, "").strip();
        if (urls.isEmpty()) {
            throw new IllegalArgumentException(INDEX + "=solr needs " + URL
                    + ": the base URL of one or more Solr nodes, comma-separated (http://host:8983/solr)");
        }
        String user = blankToNull(settings.get(USER));
        String password = blankToNull(settings.get(PASSWORD));
        // http://user:pass@host/solr is how curl and browsers take basic-auth credentials, so an operator who
        // writes it expects them used: they are, and the addresses are kept (and shown) without them.
        Optional<String[]> inUrl = credentials(urls);
        if (inUrl.isPresent()) {
            if (user != null || password != null) {
                throw new IllegalArgumentException(URL + " carries a user and password, and " + USER + " or " + PASSWORD
                        + " is set too; give the credentials in one place");
            }
            user = inUrl.get()[0];
            password = inUrl.get()[1];
        }
        return Optional.of(new SolrSettings(nodes(urls), user, password, settings.getOrDefault(COLLECTION, "wafer").strip(),
                number(settings, SHARDS, 1), number(settings, REPLICAS, 2)));
    }

    /**
     * The {@code user:password} that the addresses in {@code urls} carry, the same on every one that carries
     * any, or empty when none does.
     */
    private static Optional<String[]> credentials(String urls) {
        String found = null;
        for (String part : urls.split(",")) {
            URI uri;
            try {
                uri = URI.create(part.strip());
            } catch (IllegalArgumentException e) {
                continue; // nodes() says what is wrong with it
            }
            String info = uri.getUserInfo();
            if (info == null) {
                continue;
            }
            if (found != null && !found.equals(info)) {
                throw new IllegalArgumentException(URL + " gives different credentials for different nodes; a cluster"
                        + " has one user for Wafer (" + USER + ", " + PASSWORD + ")");
            }
            found = info;
        }
        if (found == null) {
            return Optional.empty();
        }
        int colon = found.indexOf(':');
        if (colon <= 0 || colon == found.length() - 1) {
            throw new IllegalArgumentException(URL + " carries a user without a password (user:password@host);"
                    + " give both, or set " + USER + " and " + PASSWORD);
        }
        return Optional.of(new String[] {found.substring(0, colon), found.substring(colon + 1)});
    }

    /** {@code url} without the {@code user:password@} part, for an error line. */
    private static String shown(String url) {
        return url.replaceFirst("//[^/@]*@", "//");
    }

    /** {@code http://a:8983/solr, http://b:8983/solr} as URIs without a trailing slash. */
    public static List<URI> nodes(String urls) {
        List<URI> nodes = new ArrayList<>();
        for (String part : urls.split(",")) {
            String url = part.strip().replaceAll("/+$", "");
            if (url.isEmpty()) {
                throw new IllegalArgumentException(URL + " has an empty entry: \"" + shown(urls) + "\"");
            }
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(URL + " has an address that is not a URL: \"" + shown(url) + "\"");
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException(URL + " entries must be http(s)://host:port/solr, not \"" + shown(url) + "\"");
            }
            nodes.add(withoutCredentials(uri));
        }
        return nodes;
    }

    private static URI withoutCredentials(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri;
        }
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority().substring(uri.getRawAuthority().indexOf('@') + 1)
                + (uri.getRawPath() == null ? "" : uri.getRawPath()) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    public String articles() {
        return collection + "_articles";
    }

    public String passages() {
        return collection + "_passages";
    }

    private static int number(Map<String, String> settings, String name, int fallback) {
        String value = settings.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not \"" + value + "\"");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        // Never the password: settings end up in logs and error lines.
        return "SolrSettings[nodes=" + nodes + ", user=" + user + ", collection=" + collection + ", shards=" + shards
                + ", replicas=" + replicas + "]";
    }
}
