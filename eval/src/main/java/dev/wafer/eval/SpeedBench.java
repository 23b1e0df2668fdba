package dev.wafer.eval;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.source.ArticleFiles;
import dev.wafer.corpus.source.ImportDefaults;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.index.Embedder;
import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.index.LucenePassageIndex;
import dev.wafer.retrieval.index.PassageSplitter;
import dev.wafer.retrieval.index.TokenCounter;
import dev.wafer.retrieval.search.HybridSearcher;
import dev.wafer.retrieval.search.SearchOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Speed, as ratios from one run: (1) index build against embedding the same passages alone, on real
 * articles; (2) a question's search against embedding that question alone; (3) how search time grows
 * with index size, on synthetic passages (random clustered vectors, Zipf-distributed words) added in
 * steps to one index until the largest size, or until the time budget says the next step would not
 * finish. Each size is timed as grown and after the compaction the product does after an import.
 */
public final class SpeedBench {

    private static final int SYNTHETIC_DIMENSION = 384;
    private static final int SYNTHETIC_TOPICS = 1000;
    private static final int VOCABULARY = 50_000;
    private static final int WORDS_PER_PASSAGE = 120;
    private static final int TIMED_QUERIES = 200;
    /** Untimed searches before each timed set: with fewer, the first size measured still paid for JIT compilation. */
    private static final int WARM_UP_QUERIES = 100;
    private static final int ROUNDS = 3;
    private static final int STEP = 10_000;

    /**
     * @param corpus    real articles for parts 1 and 2
     * @param queries   real questions for part 2, or null to use headlines
     * @param articles  how many articles to index in part 1
     * @param sizes     index sizes (passages) at which part 3 measures search
     * @param budget    wall-time allowed for building the synthetic index
     */
    public record Settings(Path corpus, Path queries, int articles, List<Integer> sizes, Duration budget) {
    }

    /**
     * Search time at one synthetic index size, measured twice: as grown by 10k-passage commits (many
     * segments), and compacted the way the product leaves an index after a bulk import or a reindex.
     *
     * @param buildSeconds   cumulative build time, compactions included
     * @param searchP50Ms    p50 after compaction
     * @param searchP95Ms    p95 after compaction
     * @param grownSegments  segments before compaction
     * @param grownP50Ms     p50 before compaction
     * @param compactSeconds time the compaction took
     */
    public record ScalePoint(int passages, double buildSeconds, double searchP50Ms, double searchP95Ms,
                             long indexBytes, long peakHeapBytes, int grownSegments, double grownP50Ms,
                             double compactSeconds) {
    }

    /**
     * @param passages           passages indexed in part 1
     * @param embedOnlySeconds   embedding them alone (the quickest of {@link #ROUNDS})
     * @param indexSeconds       importing the same articles into an empty data folder (the quickest of {@link #ROUNDS},
     *                           alternating with embedding alone)
     * @param queryP50Ms         p50 of a whole search (question embedding included)
     * @param embedQueryP50Ms    p50 of embedding the same questions alone
     * @param scale              part 3, smallest first
     * @param stoppedEarly       why part 3 stopped before the largest size, or null
     */
    public record Report(int passages, double embedOnlySeconds, double indexSeconds, double queryP50Ms,
                         double embedQueryP50Ms, List<ScalePoint> scale, String stoppedEarly,
                         ConcurrentQuestions concurrent) {

        /** A report without the concurrency part (it is measured with the questions). */
        public Report(int passages, double embedOnlySeconds, double indexSeconds, double queryP50Ms,
                      double embedQueryP50Ms, List<ScalePoint> scale, String stoppedEarly) {
            this(passages, embedOnlySeconds, indexSeconds, queryP50Ms, embedQueryP50Ms, scale, stoppedEarly, null);
        }

        public double indexRatio() {
            return indexSeconds / embedOnlySeconds;
        }

        public double queryRatio() {
            return queryP50Ms / embedQueryP50Ms;
        }

        public double growthRatio() {
            return scale.size() < 2 ? Double.NaN : scale.getLast().searchP50Ms() / scale.getFirst().searchP50Ms();
        }
    }

    /**
     * {@link #CONCURRENT} new questions arriving at once, embedded side by side as the product does
     * now, and one at a time as when the question cache held its lock while the model ran (the lock is
     * reproduced here, around the same call). Wall time for all of them, median of
     * {@link #CONCURRENT_ROUNDS} rounds each, alternating.
     */
    public record ConcurrentQuestions(int questions, double sideBySideMs, double oneAtATimeMs) {

        /** How many times faster the burst is embedded now than under the lock. */
        public double speedup() {
            return oneAtATimeMs / sideBySideMs;
        }
    }

    private static final int CONCURRENT = 8;
    private static final int CONCURRENT_ROUNDS = 7;

    private SpeedBench() {
    }

    /** Times bursts of {@link #CONCURRENT} new questions, embedded side by side and under one lock. */
    static ConcurrentQuestions timeConcurrentQuestions(Embedder embedder, List<String> questions, Consumer<String> progress) {
        progress.accept("Timing bursts of " + CONCURRENT + " questions at once ...");
        List<Long> sideBySide = new ArrayList<>();
        List<Long> oneAtATime = new ArrayList<>();
        Object oldCacheLock = new Object();
        try (var threads = Executors.newFixedThreadPool(CONCURRENT)) {
            for (int round = 0; round < CONCURRENT_ROUNDS; round++) {
                for (boolean locked : new boolean[] {false, true}) {
                    List<String> burst = new ArrayList<>();
                    for (int i = 0; i < CONCURRENT; i++) {
                        // A new text every time: the question cache must not answer.
                        burst.add(questions.get(i % questions.size()) + " (" + round + (locked ? "L" : "S") + i + ")");
                    }
                    long start = System.nanoTime();
                    List<Future<float[]>> running = burst.stream().map(question -> threads.submit(() -> {
                        if (!locked) {
                            return embedder.embedQuery(question);
                        }
                        synchronized (oldCacheLock) {
                            return embedder.embedQuery(question);
                        }
                    })).toList();
                    for (var future : running) {
                        try {
                            future.get();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("interrupted while timing questions", e);
                        } catch (ExecutionException e) {
                            throw new IllegalStateException("a question could not be embedded: " + e.getCause(), e);
                        }
                    }
                    (locked ? oneAtATime : sideBySide).add(System.nanoTime() - start);
                }
            }
        }
        return new ConcurrentQuestions(CONCURRENT, Latencies.ofNanos(sideBySide).p50Ms(), Latencies.ofNanos(oneAtATime).p50Ms());
    }

    public static Report run(Settings settings, Consumer<String> progress) {
        List<Article> all = ArticleFiles.read(settings.corpus(), ImportDefaults.NONE, Instant.now());
        List<Article> articles = all.subList(0, Math.min(settings.articles(), all.size()));
        Embedder embedder = NewsLibrary.sharedEmbedder().get();
        PassageSplitter splitter = new PassageSplitter(new TokenCounter());
        List<String> texts = articles.stream().flatMap(article -> splitter.split(article).stream())
                .map(Passage::contextText).toList();
        embedder.embedPassages(texts.subList(0, Math.min(16, texts.size()))); // warm the model up

        Path folder = tempFolder();
        try {
            // The model's own speed drifts by a fifth between minutes on a shared machine, more than the
            // index work being measured: embedding alone and importing alternate, and the quickest of
            // each counts, as for the search timings below.
            double embedOnly = Double.MAX_VALUE;
            double indexSeconds = Double.MAX_VALUE;
            double[] queryTimes = null;
            ConcurrentQuestions concurrent = null;
            NewsLibrary.Options options = NewsLibrary.Options.defaults().withStarter(false);
            for (int round = 1; round <= ROUNDS; round++) {
                progress.accept(String.format("Round %d/%d: embedding %d passages alone ...", round, ROUNDS, texts.size()));
                long start = System.nanoTime();
                embedder.embedPassages(texts);
                embedOnly = Math.min(embedOnly, (System.nanoTime() - start) / 1e9);
                try (NewsLibrary library = NewsLibrary.open(DataFolder.open(folder.resolve("real-" + round)), options)) {
                    progress.accept(String.format("Round %d/%d: importing the same %d articles ...", round, ROUNDS,
                            articles.size()));
                    start = System.nanoTime();
                    library.ingest(articles, (done, total) -> { });
                    indexSeconds = Math.min(indexSeconds, (System.nanoTime() - start) / 1e9);
                    if (round == ROUNDS) {
                        queryTimes = timeQuestions(library.searcher(SearchOptions.DEFAULTS), embedder,
                                questions(settings, all), progress);
                        concurrent = timeConcurrentQuestions(embedder, questions(settings, all), progress);
                    }
                }
            }
            List<ScalePoint> scale = new ArrayList<>();
            String stopped = grow(settings, folder.resolve("synthetic"), scale, progress);
            return new Report(texts.size(), embedOnly, indexSeconds, queryTimes[0], queryTimes[1], scale, stopped, concurrent);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static List<String> questions(Settings settings, List<Article> articles) {
        if (settings.queries() != null) {
            return EvalQueries.read(settings.queries()).stream().map(EvalQuery::text).limit(TIMED_QUERIES).toList();
        }
        return articles.stream().map(Article::title).limit(TIMED_QUERIES).toList();
    }

    /** {p50 of search, p50 of embedding alone}, each question timed both ways, interleaved. */
    private static double[] timeQuestions(HybridSearcher searcher, Embedder embedder, List<String> questions,
                                          Consumer<String> progress) {
        progress.accept("Timing " + questions.size() + " questions ...");
        for (int i = 0; i < 10; i++) {
            searcher.search("warm up question number " + i, 10);
        }
        List<Long> search = new ArrayList<>();
        List<Long> embedAlone = new ArrayList<>();
        for (String question : questions) {
            long start = System.nanoTime();
            embedder.model().embed(embedder.queryInput(question));
            embedAlone.add(System.nanoTime() - start);
            // The searcher's own question cache has not seen this question: the model runs again.
            start = System.nanoTime();
            searcher.search(question, 10);
            search.add(System.nanoTime() - start);
        }
        return new double[] {Latencies.ofNanos(search).p50Ms(), Latencies.ofNanos(embedAlone).p50Ms()};
    }

    private static String grow(Settings settings, Path location, List<ScalePoint> scale, Consumer<String> progress) {
        Random random = new Random(42);
        float[][] topics = new float[SYNTHETIC_TOPICS][];
        for (int t = 0; t < SYNTHETIC_TOPICS; t++) {
            topics[t] = gaussian(random, 1.0f);
        }
        double[] zipf = zipfCumulative();
        List<Integer> sizes = settings.sizes().stream().sorted().toList();
        int target = sizes.getLast();
        long begin = System.nanoTime();
        try (LucenePassageIndex index = LucenePassageIndex.open(location, new PassageSplitter(new TokenCounter()),
                () -> { throw new IllegalStateException("the synthetic index is searched with given vectors"); })) {
            int built = 0;
            for (int size : sizes) {
                double elapsed = (System.nanoTime() - begin) / 1e9;
                if (built > 0) {
                    // Building gets slower as the graph grows; assume at least linear.
                    double projected = elapsed / built * size;
                    if (projected > settings.budget().toSeconds()) {
                        return String.format("stopped before %,d passages: building it was projected to take %.0f s,"
                                + " over the %d s budget", size, projected, settings.budget().toSeconds());
                    }
                }
                String outOfTime = null;
                while (built < size) {
                    int count = Math.min(STEP, size - built);
                    List<Passage> passages = new ArrayList<>(count);
                    List<float[]> vectors = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        int topic = random.nextInt(SYNTHETIC_TOPICS);
                        passages.add(syntheticPassage(built + i, topic, random, zipf));
                        vectors.add(near(topics[topic], random));
                    }
                    index.addEmbedded(passages, vectors, built + count);
                    built += count;
                    if (built % 100_000 == 0) {
                        progress.accept(String.format("Synthetic index: %,d/%,d passages", built, target));
                    }
                    if ((System.nanoTime() - begin) / 1e9 > settings.budget().toSeconds() && built < size) {
                        outOfTime = String.format("stopped at %,d of %,d passages: the %d s build budget ran out",
                                built, size, settings.budget().toSeconds());
                        break;
                    }
                }
                scale.add(measure(index, built, begin, location, topics, zipf, random, progress));
                if (outOfTime != null) {
                    return outOfTime;
                }
            }
        }
        return null;
    }

    /**
     * Times search as grown, then compacts — what the product does after an import that adds at least a
     * tenth of the index ({@link LucenePassageIndex#upsert}), which every step between two sizes here is — and
     * times it again. The compaction counts as build time.
     */
    private static ScalePoint measure(LucenePassageIndex index, int size, long begin, Path location,
                                      float[][] topics, double[] zipf, Random random, Consumer<String> progress) {
        int grownSegments = index.segments();
        Latencies grown = time(index, topics, zipf, random);
        long start = System.nanoTime();
        index.compact();
        double compactSeconds = (System.nanoTime() - start) / 1e9;
        double buildSeconds = (System.nanoTime() - begin) / 1e9;
        Latencies latencies = time(index, topics, zipf, random);
        ScalePoint point = new ScalePoint(size, buildSeconds, latencies.p50Ms(), latencies.p95Ms(), sizeOnDisk(location),
                peakHeap(), grownSegments, grown.p50Ms(), compactSeconds);
        progress.accept(String.format("Synthetic index of %,d passages: search p50 %.2f ms as grown (%d segments),"
                + " %.2f ms compacted (compaction %.0f s; built in %.0f s)", size, grown.p50Ms(), grownSegments,
                point.searchP50Ms(), compactSeconds, buildSeconds));
        return point;
    }

    /**
     * The quietest of {@link #ROUNDS} rounds of {@link #TIMED_QUERIES} searches (lowest p50), after a warm-up:
     * on a machine shared with other work one round's p50 swings by half, which would make the growth
     * ratio measure the neighbours rather than the index.
     */
    private static Latencies time(LucenePassageIndex index, float[][] topics, double[] zipf, Random random) {
        HybridSearcher searcher = new HybridSearcher(index, SearchOptions.DEFAULTS);
        Latencies best = null;
        for (int round = -1; round < ROUNDS; round++) {
            int count = round < 0 ? WARM_UP_QUERIES : TIMED_QUERIES;
            List<Long> nanos = new ArrayList<>();
            for (int q = 0; q < count; q++) {
                int topic = random.nextInt(SYNTHETIC_TOPICS);
                String question = words(random, zipf, 12);
                float[] vector = near(topics[topic], random);
                long start = System.nanoTime();
                searcher.search(question, vector, 10);
                nanos.add(System.nanoTime() - start);
            }
            Latencies latencies = Latencies.ofNanos(nanos);
            if (round >= 0 && (best == null || latencies.p50Ms() < best.p50Ms())) {
                best = latencies;
            }
        }
        return best;
    }

    private static Passage syntheticPassage(int n, int topic, Random random, double[] zipf) {
        String article = "synthetic-" + n;
        Instant published = Instant.parse("2023-01-01T00:00:00Z").plusSeconds(random.nextInt(365 * 86_400));
        return new Passage(Passage.idOf(article, 0), article, 0, words(random, zipf, WORDS_PER_PASSAGE),
                "Topic " + topic + " " + words(random, zipf, 6), "Outlet " + random.nextInt(50), published,
                "https://synthetic.example/" + n);
    }

    private static String words(Random random, double[] zipf, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int rank = java.util.Arrays.binarySearch(zipf, random.nextDouble());
            rank = rank < 0 ? -rank - 1 : rank;
            text.append(i == 0 ? "" : " ").append("w").append(Integer.toString(rank, 36));
        }
        return text.toString();
    }

    /** Cumulative Zipf(1) distribution over the vocabulary: word frequencies as in natural text. */
    private static double[] zipfCumulative() {
        double[] cumulative = new double[VOCABULARY];
        double sum = 0;
        for (int r = 0; r < VOCABULARY; r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        for (int r = 0; r < VOCABULARY; r++) {
            cumulative[r] /= sum;
        }
        return cumulative;
    }

    private static float[] gaussian(Random random, float scale) {
        float[] vector = new float[SYNTHETIC_DIMENSION];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian() * scale;
        }
        return vector;
    }

    private static float[] near(float[] topic, Random random) {
        float[] vector = gaussian(random, 0.6f);
        double norm = 0;
        for (int i = 0; i < vector.length; i++) {
            vector[i] += topic[i];
            norm += vector[i] * vector[i];
        }
        float inverse = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= inverse;
        }
        return vector;
    }

    private static long sizeOnDisk(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure the index size: " + e.getMessage(), e);
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static Path tempFolder() {
        return IndexedCorpus.createTempFolder("wafer-bench");
    }

    private static void deleteQuietly(Path root) {
        IndexedCorpus.deleteQuietly(root);
    }
}
