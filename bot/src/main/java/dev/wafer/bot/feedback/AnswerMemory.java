package dev.wafer.bot.feedback;

import dev.wafer.corpus.store.JsonFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The answers Wafer posted in each server and the claims they cited, one JSON file per server
 * ({@code servers/GUILD-answers.json}, beside its settings, so forgetting a server forgets them),
 * kept for the correction window and written atomically under the file lock ({@link JsonFile}).
 *
 * <p>Not {@link RecentAnswers}: that keeps whole answers in memory for a few minutes of voting, under
 * ids the buttons carry, and may forget them on restart. Corrections need where each answer stands on
 * Discord, for weeks, across restarts, and a mark that its one update was posted.
 */
public final class AnswerMemory {

    /**
     * How much one server's file holds at most; beyond it the oldest answers go first. Each posted answer
     * rewrites its server's file, so the file stays small enough (about 1 MB) to rewrite in milliseconds.
     */
    static final int MAX_PER_SERVER = 1_000;

    /** One server's file. */
    public record Book(List<PostedAnswer> answers) {
        public Book {
            answers = answers == null ? List.of() : List.copyOf(answers);
        }
    }

    private final Path folder;
    private final Duration window;

    /**
     * @param folder the per-server folder of the data folder
     * @param window how long an answer is kept and may be corrected
     */
    public AnswerMemory(Path folder, Duration window) {
        this.folder = folder.toAbsolutePath().normalize();
        this.window = Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
    }

    public Duration window() {
        return window;
    }

    /** Where a server's posted answers are kept. */
    public static Path file(Path folder, long guild) {
        return folder.resolve(guild + "-answers.json");
    }

    /** Keeps a posted answer; answers older than the window are dropped on the way. */
    public void remember(PostedAnswer answer) {
        if (answer.claims().isEmpty()) {
            return; // nothing a newer article could change
        }
        JsonFile<Book> file = file(answer.guild());
        file.locked(() -> {
            List<PostedAnswer> kept = new ArrayList<>(live(read(file), answer.postedAt()));
            kept.add(answer);
            file.write(new Book(kept.subList(Math.max(0, kept.size() - MAX_PER_SERVER), kept.size())));
            return null;
        });
    }

    /** Every server's answers still in the window at {@code now} and not yet corrected, oldest first. */
    public List<PostedAnswer> open(Instant now) {
        List<PostedAnswer> open = new ArrayList<>();
        for (long guild : guilds()) {
            JsonFile<Book> file = file(guild);
            live(file.locked(() -> read(file)), now).stream().filter(Predicate.not(PostedAnswer::corrected))
                    .forEach(open::add);
        }
        return open;
    }

    /** The answers kept for one server, corrected or not, oldest first. */
    public List<PostedAnswer> all(long guild) {
        JsonFile<Book> file = file(guild);
        return file.exists() ? file.locked(() -> read(file)).answers() : List.of();
    }

    /**
     * Marks the answer corrected, before its update is posted: if posting then fails or the process
     * dies, the update is lost rather than posted twice — a thread gets at most one. False when it was
     * marked already (another process or an earlier run got there first) or is no longer kept.
     */
    public boolean markCorrected(PostedAnswer answer, Instant at) {
        JsonFile<Book> file = file(answer.guild());
        return file.locked(() -> {
            List<PostedAnswer> answers = new ArrayList<>(read(file).answers());
            for (int i = 0; i < answers.size(); i++) {
                PostedAnswer known = answers.get(i);
                if (known.channel() == answer.channel() && known.message() == answer.message()) {
                    if (known.corrected()) {
                        return false;
                    }
                    answers.set(i, known.correctedAt(at));
                    file.write(new Book(answers));
                    return true;
                }
            }
            return false;
        });
    }

    private List<PostedAnswer> live(Book book, Instant now) {
        Instant oldest = now.minus(window);
        return book.answers().stream().filter(answer -> !answer.postedAt().isBefore(oldest)).toList();
    }

    private List<Long> guilds() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.matches("\\d+-answers\\.json"))
                    .map(name -> Long.parseLong(name.substring(0, name.indexOf('-')))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the posted answers in " + folder + ": " + e.getMessage(), e);
        }
    }

    private JsonFile<Book> file(long guild) {
        return new JsonFile<>(file(folder, guild), Book.class, "the answers posted in server " + guild);
    }

    private static Book read(JsonFile<Book> file) {
        return file.exists() ? file.read("fix it, or delete it to forget the answers posted there (no corrections follow them)")
                : new Book(List.of());
    }
}
