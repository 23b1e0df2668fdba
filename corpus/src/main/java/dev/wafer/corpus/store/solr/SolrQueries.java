package dev.wafer.corpus.store.solr;

/** Values written into Solr's query syntax safely. */
public final class SolrQueries {

    private SolrQueries() {
    }

    /** {@code value} as one quoted term or phrase: quotes and backslashes escaped. */
    public static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** {@code value} as one bare term: every character the query parser would read as syntax escaped. */
    public static String term(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            if ("\\+-!():^[]\"{}~*?|&;/".indexOf(c) >= 0 || Character.isWhitespace(c)) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
