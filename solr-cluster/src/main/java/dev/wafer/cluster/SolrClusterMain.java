package dev.wafer.cluster;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.cloud.ZkTestServer;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * One part of a real SolrCloud on 127.0.0.1 for Wafer's tests, in a JVM of its own, so that a node
 * can be killed as a crash would kill it:
 * <ul>
 *   <li>{@code zk --base DIR}: an embedded ZooKeeper, prints {@code READY 127.0.0.1:PORT/solr};</li>
 *   <li>{@code node --zk ADDRESS --home DIR [--port P]}: one Solr node with its data under {@code DIR}
 *       (a port of 0 picks one), prints {@code READY http://127.0.0.1:PORT/solr}.</li>
 * </ul>
 * Either runs until {@code quit} or the end of standard input, so it never outlives the test that
 * started it. Nothing else is printed on standard output: Solr's own output goes to standard error.
 */
public final class SolrClusterMain {

    private SolrClusterMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        String role = args.length == 0 ? "" : args[0];
        String base = null;
        String zk = null;
        int port = 0;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--base", "--home" -> base = args[++i];
                case "--zk" -> zk = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (base == null) {
            throw new IllegalArgumentException("usage: zk --base DIR | node --zk ADDRESS --home DIR [--port P]");
        }
        Path folder = Files.createDirectories(Path.of(base));
        switch (role) {
            case "zk" -> runZooKeeper(folder, protocol);
            case "node" -> runNode(folder, zk, port, protocol);
            default -> throw new IllegalArgumentException("the first argument is zk or node, not " + role);
        }
    }

    private static void runZooKeeper(Path folder, PrintStream protocol) throws Exception {
        ZkTestServer zk = new ZkTestServer(folder.resolve("data"));
        zk.run();
        // What MiniSolrCloudCluster does before its nodes start: the chroot the nodes share.
        try (SolrZkClient client = new SolrZkClient.Builder().withUrl(zk.getZkHost())
                .withTimeout(30, TimeUnit.SECONDS).build()) {
            if (!client.exists("/solr/initialized", true)) {
                client.makePath("/solr/initialized", "yes".getBytes(StandardCharsets.UTF_8), true);
            }
        }
        protocol.println("READY " + zk.getZkAddress());
        try {
            awaitQuit();
        } finally {
            zk.shutdown();
            Runtime.getRuntime().halt(0);
        }
    }

    private static void runNode(Path home, String zk, int port, PrintStream protocol) throws Exception {
        if (zk == null) {
            throw new IllegalArgumentException("node needs --zk ADDRESS");
        }
        Path solrXml = home.resolve("solr.xml");
        if (!Files.exists(solrXml)) {
            Files.writeString(solrXml, MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML);
        }
        Properties node = new Properties();
        node.setProperty("zkHost", zk);
        JettySolrRunner jetty = new JettySolrRunner(home.toString(), node, JettyConfig.builder().setPort(port).build());
        jetty.start();
        protocol.println("READY " + jetty.getBaseUrl());
        try {
            awaitQuit();
        } finally {
            jetty.stop();
            Runtime.getRuntime().halt(0);
        }
    }

    private static void awaitQuit() throws Exception {
        try (BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = commands.readLine()) != null && !line.strip().equals("quit")) {
                // Only quit is understood; anything else is ignored.
            }
        }
    }

    static {
        // Every port on the loopback address.
        System.setProperty("host", "127.0.0.1");
        System.setProperty("jetty.host", "127.0.0.1");
    }
}
