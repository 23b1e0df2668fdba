package dev.wafer.eval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedding model as the evaluation sees it: it adds up the time spent inside the model (the
 * "embedding only" share of an index build) and, when given a cache file, reuses vectors of texts
 * it has embedded before — so experiments with ranking knobs do not re-embed thousands of unchanged
 * passages. A cached run's timings do not measure embedding; the evaluation says so.
 */
public final class MeasuredEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel model;
    private final Path cacheFile;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();
    private final AtomicLong embedNanos = new AtomicLong();
    private final AtomicLong embedded = new AtomicLong();
    private final AtomicLong reused = new AtomicLong();
    private volatile boolean reusing = true;

    /** @param cacheFile where vectors are kept between runs, or null for no cache */
    public MeasuredEmbeddingModel(EmbeddingModel model, Path cacheFile) {
        this.model = model;
        this.cacheFile = cacheFile;
        if (cacheFile != null && Files.isRegularFile(cacheFile)) {
            load(cacheFile);
        }
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Embedding> result = new ArrayList<>(segments.size());
        List<TextSegment> missing = new ArrayList<>();
        List<Integer> missingAt = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            float[] known = cacheFile == null || !reusing ? null : cache.get(key(segments.get(i).text()));
            result.add(known == null ? null : Embedding.from(known.clone()));
            if (known == null) {
                missing.add(segments.get(i));
                missingAt.add(i);
            }
        }
        reused.addAndGet(segments.size() - missing.size());
        if (!missing.isEmpty()) {
            long start = System.nanoTime();
            List<Embedding> fresh = model.embedAll(missing).content();
            embedNanos.addAndGet(System.nanoTime() - start);
            embedded.addAndGet(missing.size());
            for (int i = 0; i < missing.size(); i++) {
                Embedding embedding = fresh.get(i);
                result.set(missingAt.get(i), embedding);
                if (cacheFile != null && reusing) {
                    cache.put(key(missing.get(i).text()), embedding.vector().clone());
                }
            }
        }
        return Response.from(result);
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public String modelName() {
        return model.modelName();
    }

    /**
     * Turns the cache on (for index builds) or off (while questions are timed: a question must cost
     * what it costs a user).
     */
    public void reuse(boolean on) {
        reusing = on;
    }

    /** Seconds spent inside the model since the last {@link #resetCounters()}. */
    public double embedSeconds() {
        return embedNanos.get() / 1e9;
    }

    public long embeddedTexts() {
        return embedded.get();
    }

    public long reusedTexts() {
        return reused.get();
    }

    public void resetCounters() {
        embedNanos.set(0);
        embedded.set(0);
        reused.set(0);
    }

    /** Writes the cache file (atomically), if there is one. */
    public void save() {
        if (cacheFile == null) {
            return;
        }
        try {
            Path parent = cacheFile.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, "embeddings", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                out.writeInt(cache.size());
                for (Map.Entry<String, float[]> entry : cache.entrySet()) {
                    out.writeUTF(entry.getKey());
                    out.writeInt(entry.getValue().length);
                    for (float value : entry.getValue()) {
                        out.writeFloat(value);
                    }
                }
            }
            Files.move(temp, cacheFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the embedding cache " + cacheFile + ": " + e.getMessage(), e);
        }
    }

    private void load(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                float[] vector = new float[in.readInt()];
                for (int j = 0; j < vector.length; j++) {
                    vector[j] = in.readFloat();
                }
                cache.put(key, vector);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedding cache " + file + " (delete it to start afresh): "
                    + e.getMessage(), e);
        }
    }

    private static String key(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
