package dev.wafer.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
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
 * A real SolrCloud of N nodes on 127.0.0.1 (an embedded ZooKeeper and Jetty nodes, Solr 9), started
 * in a child JVM because Solr's Lucene 9 cannot share a class path with Wafer's Lucene 10. Nodes can
 * be stopped and started again on the same port and data while the tests run. Closing it, or the test
 * JVM ending, ends the cluster.
 */
public final class SolrCluster implements AutoCloseable {

    private static final Duration START = Duration.ofMinutes(3);
    private static final Duration COMMAND = Duration.ofMinutes(2);
    private static final Pattern NODE = Pattern.compile("\"(http://[^\"]+)\"");

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final List<URI> nodes;
    private final Path log;

    private SolrCluster(Process process, Path log) throws IOException, InterruptedException {
        this.process = process;
        this.log = log;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> readReplies(process.getInputStream()), "solr-cluster-replies");
        reader.setDaemon(true);
        reader.start();
        String ready = await("READY", START);
        List<URI> found = new ArrayList<>();
        Matcher node = NODE.matcher(ready);
        while (node.find()) {
            found.add(URI.create(node.group(1)));
        }
        this.nodes = List.copyOf(found);
    }

    /** Starts {@code nodes} Solr nodes with their data and logs under {@code base}; returns once all are live. */
    public static SolrCluster start(int nodes, Path base) {
        try {
            Files.createDirectories(base);
            Path log = base.resolve("solr-cluster.log");
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + base, "-cp", classPath(),
                    "dev.wafer.cluster.SolrClusterMain", "--nodes", Integer.toString(nodes), "--base", base.toString());
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            try {
                return new SolrCluster(process, log);
            } catch (IOException | RuntimeException | InterruptedException e) {
                process.destroyForcibly();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the Solr cluster started", e);
        }
    }

    /** The nodes' base URLs ({@code http://127.0.0.1:PORT/solr}), in node order. */
    public List<URI> nodes() {
        return nodes;
    }

    /** The child JVM's process, to read its CPU time in benchmarks. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /** Stops node {@code index} (its port refuses connections) and returns once it is down. */
    public void stopNode(int index) {
        command("stop " + index, "STOPPED " + index);
    }

    /** Starts node {@code index} again on its port and data, and returns once it is live. */
    public void startNode(int index) {
        command("start " + index, "STARTED " + index);
    }

    private void command(String line, String expected) {
        try {
            commands.write(line + "\n");
            commands.flush();
            await(expected, COMMAND);
        } catch (IOException e) {
            throw new UncheckedIOException("The Solr cluster's JVM is gone: " + tail(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + line, e);
        }
    }

    private String await(String prefix, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String reply = replies.poll(200, TimeUnit.MILLISECONDS);
            if (reply == null) {
                if (!process.isAlive()) {
                    throw new IOException("The Solr cluster's JVM ended (exit " + process.exitValue() + "): " + tail());
                }
                continue;
            }
            if (reply.startsWith(prefix)) {
                return reply;
            }
            if (reply.startsWith("ERROR")) {
                throw new IllegalStateException("The Solr cluster said " + reply + "; see " + log);
            }
        }
        throw new IllegalStateException("The Solr cluster did not say " + prefix + " within " + timeout.toSeconds()
                + " s: " + tail());
    }

    private void readReplies(InputStream out) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                replies.add(line);
            }
        } catch (IOException e) {
            // The process ended; await() reports it.
        }
    }

    /** The last lines of the child's log, for a failure's message. */
    private String tail() {
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
            return own + java.io.File.pathSeparator + new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    @Override
    public void close() {
        try {
            commands.write("quit\n");
            commands.flush();
        } catch (IOException e) {
            // Already gone.
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
