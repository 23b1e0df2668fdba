package dev.wafer.retrieval.index.solr;

import dev.wafer.corpus.solr.SolrNodes;
import dev.wafer.corpus.solr.SolrSettings;
import dev.wafer.corpus.store.solr.SolrQueries;
import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.index.Embedder;
import dev.wafer.retrieval.index.PassageFields;
import dev.wafer.retrieval.index.SearchField;
import dev.wafer.retrieval.search.SearchOptions;
import dev.wafer.testkit.SolrCluster;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What one request costs the Solr nodes in CPU, asked one at a time and over and over (a warm best case):
 * a bare request, the two lists a search asks for (as a search asks for them, except that the BM25 list
 * here holds only the question's terms in the text, without the headline's and the phrases' clauses),
 * and both lists in one answer by Solr's only way to give them so, two {@code [subquery]} transformers on
 * one row. It tells whether folding the two requests into one would save Solr work (it does not: each
 * subquery is a request of its own inside Solr). Run by {@code bin/cluster-benchmark --request-costs};
 * meant for the default of one shard, as a subquery searches only the copy on the node that runs it.
 */
final class RequestCosts {

    private static final int ROUNDS = 4;
    private static final int WARM = 1_000;
    private static final int TIMED = 2_000;
    /** A list's length, as a search's candidates. */
    private static final int LIST = SearchOptions.DEFAULTS.candidates();

    private RequestCosts() {
    }

    static void print(SolrCluster cluster, SolrSettings settings, Embedder embedder, String question) {
        SolrNodes solr = new SolrNodes(settings);
        String collection = settings.passages();
        String lexical = lexical(question);
        String nearest = SolrSearchView.nearestQuery(embedder.embedQuery(question), LIST);
        Map<String, Map<String, Object>> kinds = new LinkedHashMap<>();
        kinds.put("a bare request (no hit)", Map.of("q", "id:" + SolrQueries.term("no such passage"), "rows", 1, "fl", "id"));
        kinds.put("the BM25 list (" + LIST + ")", list(lexical));
        kinds.put("the vector list (" + LIST + ")", list(nearest));
        Map<String, Object> both = new LinkedHashMap<>();
        both.put("q", "*:*");
        both.put("rows", 1);
        both.put("fl", "lexical:[subquery],nearest:[subquery]");
        for (Map.Entry<String, String> sub : Map.of("lexical", lexical, "nearest", nearest).entrySet()) {
            list(sub.getValue()).forEach((name, value) -> both.put(sub.getKey() + "." + name, value));
        }
        kinds.put("both lists as two [subquery]", both);

        // The best of a few rounds, taken in turn, so that a busy moment of the machine falls on none alone.
        Map<String, Double> best = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, Map<String, Object>> kind : kinds.entrySet()) {
                for (int i = 0; i < WARM; i++) {
                    solr.select(collection, kind.getValue());
                }
                long before = cluster.cpuTime().toNanos();
                for (int i = 0; i < TIMED; i++) {
                    solr.select(collection, kind.getValue());
                }
                double millis = (cluster.cpuTime().toNanos() - before) / 1e6 / TIMED;
                best.merge(kind.getKey(), millis, Math::min);
            }
        }
        System.out.printf("Solr CPU a request, one at a time (best of %d rounds of %d) for \"%s\":%n", ROUNDS, TIMED, question);
        best.forEach((kind, millis) -> System.out.printf("  %-32s %.2f ms%n", kind, millis));
    }

    /** A list as a search asks for it. */
    private static Map<String, Object> list(String query) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", query);
        return SolrSearchView.asList(params, LIST);
    }

    private static String lexical(String question) {
        StringJoiner clauses = new StringJoiner(" ");
        for (String term : ContentTerms.of(question)) {
            clauses.add(SolrPassageQueries.field(SearchField.TEXT) + ":" + SolrQueries.term(term));
        }
        return clauses.toString();
    }
}
