package dev.wafer.testkit;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SolrCloud of N nodes on 127.0.0.1: an embedded ZooKeeper and each Solr node in a JVM of its
 * own (Solr's Lucene 9 cannot share a class path with Wafer's Lucene 10, and a node of its own can be
 * killed as a crash kills it). {@link #stopNode} kills a node's JVM outright; {@link #startNode} starts
 * it again on its port and data and returns once every copy it holds has caught up. Closing the
 * cluster, or the test JVM ending, ends every part of it.
 */
public final class SolrCluster implements AutoCloseable {

    private static final Duration START = Duration.ofMinutes(3);
    private static final Duration SESSION_TIMEOUT = Duration.ofSeconds(8);
    private static final Pattern LIVE_NODE = Pattern.compile("\"[0-9.]+:\\d+_solr\"");
    private static final Pattern NOT_ACTIVE = Pattern.compile("\"state\"\\s*:\\s*\"(down|recovering|recovery_failed)\"");

    private final Path base;
    private final String classPath;
    private final Part zookeeper;
    private final List<Part> nodes = new ArrayList<>();
    private final List<URI> urls = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    /** One JVM of the cluster, with the line it printed when ready. */
    private record Part(Process process, Writer commands, String ready) {
    }

    private SolrCluster(Path base, String classPath, Part zookeeper) {
        this.base = base;
        this.classPath = classPath;
        this.zookeeper = zookeeper;
    }

    /** Starts ZooKeeper and {@code nodes} Solr nodes with their data and logs under {@code base}; returns once all are live. */
    public static SolrCluster start(int nodes, Path base) {
        SolrCluster cluster = null;
        try {
            Files.createDirectories(base);
            String classPath = classPath();
            cluster = new SolrCluster(base, classPath, launch(classPath, base, "zookeeper.log",
                    List.of("dev.wafer.cluster.SolrClusterMain", "zk", "--base", base.resolve("zookeeper").toString()),
                    256));
            List<Process> starting = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                starting.add(cluster.startProcess(i, 0));
            }
            for (int i = 0; i < nodes; i++) {
                Part node = ready(starting.get(i), base.resolve("node-" + i + ".log"));
                cluster.nodes.add(node);
                cluster.urls.add(URI.create(node.ready()));
            }
            cluster.awaitCluster(nodes);
            return cluster;
        } catch (IOException e) {
            if (cluster != null) {
                cluster.close();
            }
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (cluster != null) {
                cluster.close();
            }
            throw e;
        }
    }

    /** The nodes' base URLs ({@code http://127.0.0.1:PORT/solr}), in node order. */
    public List<URI> nodes() {
        return List.copyOf(urls);
    }

    /** CPU time all of the cluster's running JVMs have used so far, to measure benchmarks with. */
    public Duration cpuTime() {
        Duration total = zookeeper.process().toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
        for (Part node : nodes) {
            total = total.plus(node.process().toHandle().info().totalCpuDuration().orElse(Duration.ZERO));
        }
        return total;
    }

    /** Kills node {@code index}'s JVM (SIGKILL: no goodbye to ZooKeeper or to clients) and returns once it is gone. */
    public void stopNode(int index) {
        Process process = nodes.get(index).process();
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Solr node " + index + " did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while node " + index + " died", e);
        }
    }

    /** Starts node {@code index} again on its port and data; returns once every copy of every collection is active. */
    public void startNode(int index) {
        try {
            Part node = ready(startProcess(index, urls.get(index).getPort()), base.resolve("node-" + index + ".log"));
            nodes.set(index, node);
            awaitCluster(nodes.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Process startProcess(int index, int port) throws IOException {
        return start(classPath, base, "node-" + index + ".log", List.of(
                // ZooKeeper notices a killed node after this long (Solr's default is 30 s; Wafer waits up to 45).
                "-Dsolr.zkclienttimeout=" + SESSION_TIMEOUT.toMillis(),
                "dev.wafer.cluster.SolrClusterMain", "node", "--zk", zookeeper.ready(),
                "--home", base.resolve("node-" + index).toString(), "--port", Integer.toString(port)), 384);
    }

    /** Waits until {@code count} nodes are live and no copy of any collection is down or recovering. */
    private void awaitCluster(int count) {
        long deadline = System.nanoTime() + START.toNanos();
        String status = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create(urls.getFirst() + "/admin/collections?action=CLUSTERSTATUS&wt=json"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                status = response.body();
                if (response.statusCode() == 200 && liveNodes(status) == count && !NOT_ACTIVE.matcher(status).find()) {
                    return;
                }
            } catch (IOException e) {
                status = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the Solr cluster", e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the Solr cluster", e);
            }
        }
        throw new IllegalStateException("The Solr cluster did not come up with " + count + " live nodes and every copy"
                + " active within " + START.toSeconds() + " s: " + status);
    }

    private static int liveNodes(String status) {
        int start = status.indexOf("\"live_nodes\"");
        if (start < 0) {
            return 0;
        }
        Matcher live = LIVE_NODE.matcher(status.substring(start, status.indexOf(']', start)));
        int count = 0;
        while (live.find()) {
            count++;
        }
        return count;
    }

    private static Part launch(String classPath, Path base, String log, List<String> arguments, int heapMegabytes)
            throws IOException {
        return ready(start(classPath, base, log, arguments, heapMegabytes), base.resolve(log));
    }

    /** {@code arguments}: JVM options, then the main class and its arguments. */
    private static Process start(String classPath, Path base, String log, List<String> arguments, int heapMegabytes)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMegabytes + "m", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + base, "-Dsolr.log.dir=" + base,
                "-cp", classPath));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(base.resolve(log).toFile()))
                .start();
    }

    /** Waits for the process's READY line; the part's standard input stays open: closing it ends the part. */
    private static Part ready(Process process, Path log) throws IOException {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The process ended; the wait below reports it.
            }
        }, "solr-cluster-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + START.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                String line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith("READY ")) {
                    return new Part(process, new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8),
                            line.substring("READY ".length()).strip());
                }
                if (line == null && !process.isAlive()) {
                    throw new IllegalStateException("A Solr cluster JVM ended (exit " + process.exitValue() + "): "
                            + tail(log));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("Interrupted while the Solr cluster started", e);
        }
        process.destroyForcibly();
        throw new IllegalStateException("A Solr cluster JVM was not ready within " + START.toSeconds() + " s: " + tail(log));
    }

    /** The last lines of a part's log, for a failure's message. */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /** The launcher's classes (a folder in a build, a jar otherwise) and the class path it recorded of Solr's jars. */
    private static String classPath() throws IOException {
        URL main = SolrCluster.class.getClassLoader().getResource("dev/wafer/cluster/SolrClusterMain.class");
        URL recorded = SolrCluster.class.getClassLoader().getResource("dev/wafer/cluster/classpath.txt");
        if (main == null || recorded == null) {
            throw new IllegalStateException("wafer-solr-cluster is not on the test class path; build it with the reactor");
        }
        String own;
        try {
            if ("jar".equals(main.getProtocol())) {
                String path = main.getPath();
                own = Path.of(new URI(path.substring(0, path.indexOf('!')))).toString();
            } else {
                own = Path.of(main.toURI()).getParent().getParent().getParent().getParent().toString();
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot find wafer-solr-cluster's classes at " + main, e);
        }
        try (InputStream in = recorded.openStream()) {
            return own + File.pathSeparator + new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    @Override
    public void close() {
        List<Part> parts = new ArrayList<>(nodes);
        parts.add(zookeeper);
        for (Part part : parts) {
            try {
                part.commands().write("quit\n");
                part.commands().flush();
            } catch (IOException e) {
                // Already gone.
            }
        }
        for (Part part : parts) {
            try {
                if (!part.process().waitFor(60, TimeUnit.SECONDS)) {
                    part.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                part.process().destroyForcibly();
            }
        }
    }
}
