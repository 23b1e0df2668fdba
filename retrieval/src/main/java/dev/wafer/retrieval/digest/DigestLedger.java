package dev.wafer.retrieval.digest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the news digest remembers across restarts, in {@code digest.json} in the data folder: where it
 * posts, how often, when it last posted and which articles it has posted, so nothing is posted twice.
 * Written to a temporary file and moved over the old one, so a crash leaves the old state or the new.
 */
public final class DigestLedger {

    /** Posted ids kept: far more than one digest holds, few enough to read at once. */
    private static final int KEEP_POSTED = 5000;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** How far back a digest reaches when no digest was posted or switched on before. */
    static final Duration FIRST_DIGEST_SPAN = Duration.ofDays(1);

    /**
     * @param channel   the channel id to post in, or null when the digest is off
     * @param every     "refresh", "daily" or "weekly"
     * @param lastPost  when the last digest was posted (or the digest was switched on), or null
     * @param posted    ids of articles already posted, oldest first
     */
    public record State(Long channel, String every, Instant lastPost, List<String> posted) {

        public static final State OFF = new State(null, "refresh", null, List.of());

        public State {
            posted = posted == null ? List.of() : List.copyOf(posted);
            every = every == null ? "refresh" : every;
        }

        /**
         * Where the next digest starts: the last post, or the moment the digest was switched on (its first
         * digest holds the stories that arrived since); a ledger that records neither starts a day back.
         */
        public Instant nextDigestFrom(Instant now) {
            return lastPost != null ? lastPost : now.minus(FIRST_DIGEST_SPAN);
        }

        public State switchedOn(long channelId, String how, Instant now) {
            return new State(channelId, how, lastPost == null ? now : lastPost, posted);
        }

        public State switchedOff() {
            return new State(null, every, lastPost, posted);
        }

        public State afterPosting(Instant at, List<String> ids) {
            Set<String> all = new LinkedHashSet<>(posted);
            all.addAll(ids);
            List<String> kept = new ArrayList<>(all);
            return new State(channel, every, at, kept.subList(Math.max(0, kept.size() - KEEP_POSTED), kept.size()));
        }
    }

    private final Path file;

    public DigestLedger(Path file) {
        this.file = file;
    }

    public synchronized State load() {
        if (!Files.exists(file)) {
            return State.OFF;
        }
        try {
            return JSON.readValue(file.toFile(), State.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The digest state " + file + " is not readable JSON; fix or delete it"
                    + " (the digest then starts afresh)", e);
        }
    }

    public synchronized void save(State state) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + ".", ".tmp");
            try {
                Files.write(temp, JSON.writeValueAsBytes(state));
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the digest state " + file + ": " + e.getMessage(), e);
        }
    }
}
