package dev.wafer.cluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real SolrCloud on 127.0.0.1 for Wafer's tests, in a JVM of its own: an embedded ZooKeeper and N
 * Jetty nodes, with no collections (Wafer uploads its configset and creates them over HTTP, as it
 * would on a production cluster). It prints {@code READY {"nodes":[...]}} once up, then obeys lines
 * on standard input: {@code stop I}, {@code start I} (same port and data; answered once every copy
 * of every collection is active again), {@code quit}. End of input
 * stops it too, so the cluster never outlives the test that started it.
 *
 * <p>Arguments: {@code --nodes N --base DIR}. Solr's own log goes to {@code DIR/solr.log}.
 */
public final class SolrClusterMain {

    private SolrClusterMain() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = 2;
        Path base = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--nodes" -> nodes = Integer.parseInt(args[++i]);
                case "--base" -> base = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (base == null) {
            throw new IllegalArgumentException("--base DIR is required");
        }
        Files.createDirectories(base);
        // The protocol owns standard output; everything Solr prints goes to stderr (and its log file).
        PrintStream protocol = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.setOut(System.err);

        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base.resolve("cluster"))
                .withJettyConfig(jetty -> jetty.setPort(0))
                .build();
        List<JettySolrRunner> runners = new ArrayList<>(cluster.getJettySolrRunners());
        cluster.waitForAllNodes(60);
        protocol.println("READY " + describe(cluster, runners));

        try (BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = commands.readLine()) != null) {
                String[] words = line.strip().split("\\s+");
                try {
                    switch (words[0]) {
                        case "stop" -> {
                            int node = Integer.parseInt(words[1]);
                            JettySolrRunner stopped = cluster.stopJettySolrRunner(runners.get(node));
                            cluster.waitForJettyToStop(stopped);
                            protocol.println("STOPPED " + node);
                        }
                        case "start" -> {
                            int node = Integer.parseInt(words[1]);
                            JettySolrRunner started = cluster.startJettySolrRunner(runners.get(node), true);
                            runners.set(node, started);
                            cluster.waitForNode(started, 60);
                            // Back means caught up: every copy on the node has recovered what it missed.
                            for (String collection : cluster.getZkStateReader().getClusterState().getCollectionNames()) {
                                cluster.waitForActiveCollection(collection, 120, TimeUnit.SECONDS);
                            }
                            protocol.println("STARTED " + node);
                        }
                        case "quit" -> {
                            return;
                        }
                        case "" -> {
                        }
                        default -> protocol.println("ERROR unknown command: " + line);
                    }
                } catch (Exception e) {
                    protocol.println("ERROR " + e);
                }
            }
        } finally {
            cluster.shutdown();
            protocol.println("BYE");
            // Solr leaves non-daemon threads behind; the cluster is shut down, so leave now.
            Runtime.getRuntime().halt(0);
        }
    }

    private static String describe(MiniSolrCloudCluster cluster, List<JettySolrRunner> runners) {
        StringBuilder json = new StringBuilder("{\"nodes\":[");
        for (int i = 0; i < runners.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(runners.get(i).getBaseUrl()).append('"');
        }
        return json.append("],\"zk\":\"").append(cluster.getZkServer().getZkAddress()).append("\"}").toString();
    }

    static {
        // Solr's test framework may read these; keep every port on the loopback address.
        System.setProperty("host", "127.0.0.1");
        System.setProperty("jetty.host", "127.0.0.1");
        System.setProperty("solr.log.dir", System.getProperty("java.io.tmpdir"));
    }
}
