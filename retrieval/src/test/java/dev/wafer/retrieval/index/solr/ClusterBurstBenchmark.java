package dev.wafer.retrieval.index.solr;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.solr.SolrSettings;
import dev.wafer.corpus.source.ArticleFiles;
import dev.wafer.corpus.source.ImportDefaults;
import dev.wafer.retrieval.CorpusCopy;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.AnswerService;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.index.IndexProgress;
import dev.wafer.testkit.SolrCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Questions in a burst against one embedded process, then against two on one Solr cluster (a real
 * 2-node SolrCloud on 127.0.0.1), then the same with a node stopped a third of the way in. A
 * benchmark, not a test: {@code bin/cluster-benchmark [--corpus FILE] [--questions N] [--shards N]
 * [--warm BURSTS] [--rounds N] [--pin] [--unique] [--request-costs]}. Each collection has N shards (default 1,
 * as in the product) of 2
 * copies each; both sides are warmed with the same untimed bursts first (default: until the JVMs settle,
 * see {@link #warm}), then timed in N alternating rounds (default 9); {@code --pin} gives Wafer core 0 and
 * the cluster core 1, to measure a cluster on hardware of its own; {@code --unique} asks each burst questions
 * no cache has seen ({@link QuestionSet}); {@code --request-costs} prints what single requests cost Solr
 * ({@link RequestCosts}) instead of timing bursts. The two
 * "processes" are two libraries in this JVM, each with its own HTTP client and caches, sharing
 * nothing but the cluster; the machine's two cores serve the cluster and them alike.
 */
public final class ClusterBurstBenchmark {

    private static final int THREADS = 4;

    public static void main(String[] args) throws Exception {
        Path corpus = null;
        int questions = 100;
        int shards = 1;
        int warmBursts = 0;
        boolean pinned = false;
        boolean unique = false;
        boolean requestCosts = false;
        int rounds = 9;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--questions" -> questions = Integer.parseInt(args[++i]);
                case "--shards" -> shards = Integer.parseInt(args[++i]);
                case "--warm" -> warmBursts = Integer.parseInt(args[++i]);
                case "--pin" -> pinned = true;
                case "--unique" -> unique = true;
                case "--request-costs" -> requestCosts = true;
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException(
                        "usage: [--corpus FILE] [--questions N] [--shards N] [--warm BURSTS] [--rounds N] [--pin] [--unique]"
                                + " [--request-costs]");
            }
        }
        Path work = Files.createTempDirectory("wafer-cluster-bench");
        NewsLibrary.Options embedded = NewsLibrary.Options.defaults().withStarter(corpus == null);
        try (NewsLibrary home = NewsLibrary.open(DataFolder.open(work.resolve("home")), embedded);
             SolrCluster solr = SolrCluster.start(2, work.resolve("solr"))) {
            if (corpus != null) {
                home.ingest(ArticleFiles.read(corpus, ImportDefaults.NONE, Instant.now()), IndexProgress.NONE);
            }
            QuestionSet asked = new QuestionSet(questionsFrom(home.store().all(), questions), unique, new AtomicInteger());
            if (pinned) {
                // Wafer gets core 0 alone, embedded or not; the cluster core 1, as if on a machine of its own.
                for (ProcessHandle part : ProcessHandle.current().descendants().toList()) {
                    pin(part.pid(), "1");
                }
                pin(ProcessHandle.current().pid(), "0");
                System.out.println("pinned: Wafer on core 0, ZooKeeper and the Solr nodes on core 1");
            }
            SolrSettings settings = new SolrSettings(solr.nodes(), null, null, "wafer", shards, 2);
            long copyStart = System.nanoTime();
            CorpusCopy.Copied copied = CorpusCopy.toSolr(home, settings, IndexProgress.NONE);
            System.out.printf("corpus: %d articles, %d passages; copied into the cluster in %.1f s%n",
                    copied.articles(), copied.passages(), (System.nanoTime() - copyStart) / 1e9);
            if (requestCosts) {
                RequestCosts.print(solr, settings, home.embedder(), asked.questions().getFirst());
                return;
            }

            NewsLibrary.Options onCluster = NewsLibrary.Options.defaults().withStarter(false)
                    .withCluster(Optional.of(settings));
            try (NewsLibrary first = NewsLibrary.open(DataFolder.open(work.resolve("first")), onCluster);
                 NewsLibrary second = NewsLibrary.open(DataFolder.open(work.resolve("second")), onCluster)) {
                List<AnswerService> twoProcesses = List.of(first.extractiveAnswers(), second.extractiveAnswers());
                warm(home, twoProcesses, asked, new Cpu(solr), warmBursts);

                // Rounds alternate the two sides, so a busier stretch of the machine falls on both alike; the
                // ratio is of the rounds' median p95s, and each round's own ratio is shown beside it.
                Cpu cpu = new Cpu(solr);
                List<Double> singleP95 = new ArrayList<>();
                List<Double> sharedP95 = new ArrayList<>();
                double singleWafer = 0;
                double sharedWafer = 0;
                double sharedSolr = 0;
                int unanswered = 0;
                for (int round = 0; round < rounds; round++) {
                    Burst single = burst(List.of(home.extractiveAnswers()), asked.forBurst(), null);
                    singleWafer += cpu.since().wafer();
                    Burst shared = burst(twoProcesses, asked.forBurst(), null);
                    Cpu.Used used = cpu.since();
                    sharedWafer += used.wafer();
                    sharedSolr += used.solr();
                    unanswered += 2 * asked.size() - single.answered() - shared.answered();
                    singleP95.add(single.p95());
                    sharedP95.add(shared.p95());
                    System.out.printf("round %d: one embedded process p50 %.1f ms, p95 %.1f ms; two processes on the"
                                    + " cluster p50 %.1f ms, p95 %.1f ms (%.2fx)%n", round + 1, single.p50(), single.p95(),
                            shared.p50(), shared.p95(), shared.p95() / single.p95());
                }
                int asks = rounds * asked.size();
                System.out.printf("median p95 over %d rounds: one embedded process %.1f ms, two processes on the cluster"
                                + " %.1f ms: ratio %.2fx (target <= 1.5x); %d of %d questions unanswered%n", rounds,
                        median(singleP95), median(sharedP95), median(sharedP95) / median(singleP95), unanswered, 2 * asks);
                System.out.printf("CPU a question: embedded %.1f ms; on the cluster %.1f ms in Wafer + %.1f ms in Solr%n",
                        singleWafer / asks, sharedWafer / asks, sharedSolr / asks);

                long articlesBefore = first.stats().articles();
                Article written = new Article("cluster-bench-outage", "https://bench.example/written-during-outage",
                        "Written while a Solr node was down", "Bench", null, Instant.now(),
                        "A refresh that ran while one of the two Solr nodes was stopped wrote this article.",
                        Instant.now(), List.of());
                Burst outage = burst(twoProcesses, asked.forBurst(), () -> {
                    solr.stopNode(0);
                    first.ingest(List.of(written), IndexProgress.NONE);
                });
                solr.startNode(0);
                solr.stopNode(1);
                long onRestartedNode;
                try (NewsLibrary nodeZeroOnly = NewsLibrary.open(DataFolder.open(work.resolve("after")),
                        NewsLibrary.Options.defaults().withStarter(false).withCluster(Optional.of(
                                new SolrSettings(List.of(solr.nodes().getFirst()), null, null, "wafer", shards, 2))))) {
                    onRestartedNode = nodeZeroOnly.store().all().size();
                } finally {
                    solr.startNode(1);
                }
                System.out.printf("node 0 stopped a third into the burst: p50 %.1f ms, p95 %.1f ms, %d of %d answered"
                                + " (%d lost); articles %d before, %d on node 0 alone after it rejoined (expected %d)%n",
                        outage.p50(), outage.p95(), outage.answered(), asked.size(), asked.size() - outage.answered(),
                        articlesBefore, onRestartedNode, articlesBefore + 1);
            }
        }
    }

    /** Bursts of this many make one window of the warm-up. */
    private static final int WARM_WINDOW = 10;
    /** A window whose typical burst is at most this much cheaper than the cheapest window before it is settled. */
    private static final double SETTLED = 0.03;
    private static final int WARM_LIMIT = 400;
    /**
     * No fewer bursts than this: the CPU a question can hold still for 30 bursts and then fall by a third
     * (seen here at 30-50 bursts), so settling is only believed after the JIT has had its usual time.
     */
    private static final int WARM_MINIMUM = 100;

    /**
     * Warms both sides alike with the same untimed bursts: {@code bursts} of them, or (0) until the JVMs
     * settle. A bot runs for days; on two cores shared by four JVMs (Wafer, ZooKeeper, two Solr nodes) each
     * was still compiling after 10 bursts, and the CPU a question kept falling for 60-80 more (cluster 13 ms
     * to 5, embedded 4 to 2.6), so a fixed short warm-up timed the JIT, not the search. Settled is two windows
     * of {@link #WARM_WINDOW} bursts in a row whose median burst is less than {@link #SETTLED} cheaper in CPU
     * than the cheapest window before them, after at least {@link #WARM_MINIMUM}; the median, so that a busy
     * neighbour's moment does not count.
     */
    private static void warm(NewsLibrary home, List<AnswerService> twoProcesses, QuestionSet asked, Cpu cpu, int bursts)
            throws Exception {
        List<Double> window = new ArrayList<>();
        double cheapest = Double.MAX_VALUE;
        int settled = 0;
        for (int done = 1; done <= (bursts > 0 ? bursts : WARM_LIMIT); done++) {
            burst(List.of(home.extractiveAnswers()), asked.forBurst(), null);
            Cpu.Used single = cpu.since();
            Burst shared = burst(twoProcesses, asked.forBurst(), null);
            Cpu.Used used = cpu.since();
            window.add((single.wafer() + single.solr() + used.wafer() + used.solr()) / asked.size());
            if (done % WARM_WINDOW == 0) {
                double typical = median(window);
                System.out.printf("warm-up %d bursts: CPU a question (both sides, median burst) %.1f ms; last burst"
                                + " embedded %.1f ms, cluster %.1f + %.1f ms, cluster p95 %.1f ms%n", done, typical,
                        single.wafer() / asked.size(), used.wafer() / asked.size(), used.solr() / asked.size(), shared.p95());
                settled = typical > (1 - SETTLED) * cheapest ? settled + 1 : 0;
                if (bursts == 0 && settled >= 2 && done >= WARM_MINIMUM) {
                    return;
                }
                cheapest = Math.min(cheapest, typical);
                window.clear();
            }
        }
        if (bursts == 0) {
            System.out.println("warm-up: still not settled after " + WARM_LIMIT + " bursts; timing anyway");
        }
    }

    /** Binds every thread of process {@code pid}, and the threads they start, to {@code cores}. */
    private static void pin(long pid, String cores) throws Exception {
        Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", cores, Long.toString(pid))
                .redirectErrorStream(true).start();
        String said = new String(taskset.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (taskset.waitFor() != 0) {
            throw new IllegalStateException("--pin needs taskset (util-linux) and two cores: " + said.strip());
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** CPU time of this JVM and of the Solr cluster's, read between bursts. */
    private static final class Cpu {
        record Used(double wafer, double solr) {
        }

        private final SolrCluster solr;
        private double lastWafer;
        private double lastSolr;

        Cpu(SolrCluster solr) {
            this.solr = solr;
            since();
        }

        Used since() {
            double wafer = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos() / 1e6;
            double cluster = solr.cpuTime().toNanos() / 1e6;
            Used used = new Used(wafer - lastWafer, cluster - lastSolr);
            lastWafer = wafer;
            lastSolr = cluster;
            return used;
        }
    }

    /** Headlines turned into questions: what a community asks about the stories the corpus holds. */
    private static List<String> questionsFrom(List<Article> articles, int count) {
        List<String> questions = new ArrayList<>();
        for (int i = 0; questions.size() < count && !articles.isEmpty(); i++) {
            questions.add("What happened: " + articles.get(i % articles.size()).title() + "?");
        }
        return questions;
    }

    /**
     * The questions of each burst: the same every time (a community asks again what it asked before, and
     * Solr's query-result cache and the question-vector cache answer repeats), or with {@code unique} each
     * burst's own, so that no cache on either side has seen them.
     */
    private record QuestionSet(List<String> questions, boolean unique, AtomicInteger bursts) {
        int size() {
            return questions.size();
        }

        List<String> forBurst() {
            if (!unique) {
                return questions;
            }
            int burst = bursts.incrementAndGet();
            return questions.stream().map(question -> question + " (asked in burst " + burst + ")").toList();
        }
    }

    private record Burst(double[] millis, int answered) {
        double p50() {
            return percentile(0.50);
        }

        double p95() {
            return percentile(0.95);
        }

        private double percentile(double share) {
            double[] sorted = Arrays.stream(millis).filter(value -> value >= 0).sorted().toArray();
            return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)];
        }
    }

    /** All questions at once on {@link #THREADS} threads, alternating between the services; {@code midway} runs a third in. */
    private static Burst burst(List<AnswerService> services, List<String> questions, Runnable midway) throws Exception {
        double[] millis = new double[questions.size()];
        Arrays.fill(millis, -1);
        AtomicInteger answered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    try {
                        services.get(index % services.size()).answer(Question.of(questions.get(index)));
                        millis[index] = (System.nanoTime() - start) / 1e6;
                        answered.incrementAndGet();
                    } catch (RuntimeException e) {
                        System.out.println("lost: " + questions.get(index) + ": " + e.getMessage());
                    }
                }));
                if (midway != null && i == questions.size() / 3) {
                    midway.run();
                }
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Burst(millis, answered.get());
    }
}
