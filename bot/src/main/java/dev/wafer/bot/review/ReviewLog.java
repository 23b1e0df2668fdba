package dev.wafer.bot.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kept questions, one JSON line each in {@code review/questions.jsonl} of the data folder: appended
 * in one write and forced to disk, so a crash loses at most the line being written, and a line cut
 * short is skipped on reading. Bounded: only the newest {@link #MAX_KEPT} are kept; once the file holds
 * twice that many it is rewritten with the newest (to a new file first, then moved over the old one).
 */
public final class ReviewLog {

    /**
     * About two months of a busy server's gaps (a hundred a day); at ~2 KB a line (the vector is most
     * of it) the file stays under 20 MB.
     */
    public static final int MAX_KEPT = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(ReviewLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final int bound;
    private final Deque<KeptQuestion> kept = new ArrayDeque<>();
    private int lines;

    private ReviewLog(Path file, int bound) {
        this.file = file;
        this.bound = bound;
    }

    /** Opens (creating if needed) the review log in {@code folder}. */
    public static ReviewLog open(Path folder) {
        return open(folder, MAX_KEPT);
    }

    static ReviewLog open(Path folder, int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be at least 1, was " + bound);
        }
        ReviewLog log = new ReviewLog(folder.resolve("questions.jsonl"), bound);
        try {
            Files.createDirectories(folder);
            log.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the review questions in " + folder + ": " + e.getMessage(), e);
        }
        return log;
    }

    private void load() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines = all.size();
        for (String line : all) {
            if (!line.isBlank()) {
                KeptQuestion question = parse(line);
                if (question != null) {
                    remember(question);
                }
            }
        }
        if (lines > 0 && !Files.readString(file, StandardCharsets.UTF_8).endsWith("\n")) {
            rewrite(); // a crash cut the last line short: the next one must start on a line of its own
        }
    }

    /** Appends {@code question}; compacts the file when it has grown to twice the bound. */
    public synchronized void add(KeptQuestion question) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer line = ByteBuffer.wrap((write(question) + "\n").getBytes(StandardCharsets.UTF_8));
            while (line.hasRemaining()) {
                channel.write(line);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the question to " + file + ": " + e.getMessage(), e);
        }
        remember(question);
        lines++;
        if (lines >= 2 * bound) {
            try {
                rewrite();
            } catch (IOException e) {
                LOG.warn("Could not compact {}; it keeps growing until the next try: {}", file, e.toString());
            }
        }
    }

    /** Every question kept, oldest first. */
    public synchronized List<KeptQuestion> all() {
        return List.copyOf(kept);
    }

    private void remember(KeptQuestion question) {
        kept.addLast(question);
        while (kept.size() > bound) {
            kept.removeFirst();
        }
    }

    private void rewrite() throws IOException {
        Path fresh = file.resolveSibling(file.getFileName() + ".new");
        StringBuilder text = new StringBuilder();
        for (KeptQuestion question : kept) {
            text.append(write(question)).append('\n');
        }
        try (FileChannel channel = FileChannel.open(fresh, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        lines = kept.size();
    }

    private static String write(KeptQuestion question) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", question.kind().name());
        node.put("question", question.question());
        node.put("at", question.at().toString());
        node.put("server", question.server());
        node.putPOJO("sources", question.sources());
        float[] vector = question.meaning();
        if (vector.length > 0) {
            // Base64 of little-endian floats: a third the size of the numbers written out.
            ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asFloatBuffer().put(vector);
            node.put("vector", Base64.getEncoder().encodeToString(bytes.array()));
        }
        return JSON.writeValueAsString(node);
    }

    private static KeptQuestion parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            List<String> sources = new ArrayList<>();
            node.path("sources").forEach(source -> sources.add(source.asText()));
            float[] vector = new float[0];
            if (node.hasNonNull("vector")) {
                ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(node.get("vector").asText()))
                        .order(ByteOrder.LITTLE_ENDIAN);
                vector = new float[bytes.remaining() / Float.BYTES];
                bytes.asFloatBuffer().get(vector);
            }
            return new KeptQuestion(KeptQuestion.Kind.valueOf(node.path("kind").asText()), node.path("question").asText(),
                    Instant.parse(node.path("at").asText()), node.path("server").asText(), sources, vector);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Skipping an unreadable line in the review questions: {}", e.getMessage());
            return null;
        }
    }
}
