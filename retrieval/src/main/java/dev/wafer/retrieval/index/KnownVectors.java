package dev.wafer.retrieval.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Passage vectors computed ahead of time for texts that every new installation embeds: the bundled
 * starter briefs. A new data folder then indexes its starter corpus without running the model over it
 * (seconds on a small machine, before the first answer). Vectors are found by the SHA-256 of the exact
 * text the model would be given, so a text that changed (an edited brief, another passage split) simply
 * misses and is embedded as usual: a stale file costs time, never a wrong vector.
 *
 * <p>The file names the model it was made with; one made by another model is not used.
 */
final class KnownVectors {

    /** The bundled set, for the product's bge-small model. */
    static final String RESOURCE = "/dev/wafer/retrieval/index/starter-vectors.bin";
    private static final int MAGIC = 0x57564543; // "WVEC"
    private static final int DIGEST_BYTES = 32;
    private static final KnownVectors NONE = new KnownVectors(Map.of());

    private final Map<String, float[]> byDigest;

    private KnownVectors(Map<String, float[]> byDigest) {
        this.byDigest = byDigest;
    }

    static KnownVectors none() {
        return NONE;
    }

    /**
     * The bundled vectors when they were made by {@code model} with this many dimensions; none when the
     * file is absent, damaged or from another model (then every text is embedded, as without this file).
     */
    static KnownVectors bundled(String model, int dimension) {
        try (InputStream stream = KnownVectors.class.getResourceAsStream(RESOURCE)) {
            return stream == null ? NONE : read(stream, model, dimension);
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    static KnownVectors read(InputStream stream, String model, int dimension) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
        if (in.readInt() != MAGIC || !in.readUTF().equals(model) || in.readInt() != dimension) {
            return NONE;
        }
        int count = in.readInt();
        Map<String, float[]> vectors = new HashMap<>(count * 2);
        byte[] digest = new byte[DIGEST_BYTES];
        for (int i = 0; i < count; i++) {
            in.readFully(digest);
            float[] vector = new float[dimension];
            for (int d = 0; d < dimension; d++) {
                vector[d] = in.readFloat();
            }
            vectors.put(HexFormat.of().formatHex(digest), vector);
        }
        return new KnownVectors(Map.copyOf(vectors));
    }

    /** Writes {@code vectors} (text to vector) as a file {@link #bundled} reads. */
    static void write(Path file, String model, int dimension, Map<String, float[]> vectors) {
        try (OutputStream stream = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream))) {
            out.writeInt(MAGIC);
            out.writeUTF(model);
            out.writeInt(dimension);
            out.writeInt(vectors.size());
            for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
                if (entry.getValue().length != dimension) {
                    throw new IllegalArgumentException("A vector of " + entry.getValue().length + " dimensions, not " + dimension);
                }
                out.write(HexFormat.of().parseHex(digest(entry.getKey())));
                for (float value : entry.getValue()) {
                    out.writeFloat(value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    int size() {
        return byDigest.size();
    }

    /** The vector made ahead of time for exactly this text, or null. A copy: callers may keep or change it. */
    float[] get(String text) {
        float[] vector = byDigest.get(digest(text));
        return vector == null ? null : vector.clone();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
