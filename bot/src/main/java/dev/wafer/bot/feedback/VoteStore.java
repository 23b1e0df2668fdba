package dev.wafer.bot.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Votes on answers, one JSON line each in {@code votes/votes.jsonl} of the data folder: append-only,
 * so a vote once written is never rewritten, and each line goes out in a single write and is forced
 * to disk before the voter hears "thanks". A line cut short by a crash is skipped on reading.
 * One vote per person per answer: a second is refused.
 */
public final class VoteStore {

    private static final Logger LOG = LoggerFactory.getLogger(VoteStore.class);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** What happened to a vote. */
    public enum Outcome { RECORDED, ALREADY_VOTED }

    private final Path file;
    private final Set<String> cast = new HashSet<>();

    private VoteStore(Path file) {
        this.file = file;
    }

    /** Opens (creating if needed) the vote file in {@code folder}. */
    public static VoteStore open(Path folder) {
        VoteStore store = new VoteStore(folder.resolve("votes.jsonl"));
        try {
            Files.createDirectories(folder);
            store.endTornLine();
            for (Vote vote : store.read()) {
                store.cast.add(key(vote.answerId(), vote.voter()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the votes in " + folder + ": " + e.getMessage(), e);
        }
        return store;
    }

    /** After a crash mid-write the file may end inside a line; the next vote must start a new one. */
    private void endTornLine() throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, channel.size() - 1);
            if (last.get(0) != '\n') {
                channel.write(ByteBuffer.wrap(new byte[] {'\n'}), channel.size());
                channel.force(false);
            }
        }
    }

    public synchronized Outcome record(Vote vote) {
        String key = key(vote.answerId(), vote.voter());
        if (cast.contains(key)) {
            return Outcome.ALREADY_VOTED;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer line = ByteBuffer.wrap((JSON.writeValueAsString(vote) + "\n").getBytes(StandardCharsets.UTF_8));
            while (line.hasRemaining()) {
                channel.write(line);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the vote to " + file + ": " + e.getMessage(), e);
        }
        cast.add(key);
        return Outcome.RECORDED;
    }

    /** Every vote stored, oldest first. */
    public synchronized List<Vote> read() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(VoteStore::parse)
                .filter(vote -> vote != null)
                .toList();
    }

    private static Vote parse(String line) {
        try {
            return JSON.readValue(line, Vote.class);
        } catch (IOException e) {
            LOG.warn("Skipping an unreadable line in the votes file: {}", e.getMessage());
            return null;
        }
    }

    private static String key(String answerId, String voter) {
        return answerId + "\u0000" + voter;
    }
}
