package dev.wafer.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileTest {

    /** What a small settings file in the data folder might hold. */
    record Counter(String name, int count) {
    }

    @TempDir
    Path folder;

    @Test
    void whatIsWrittenIsReadBackAndTheFolderIsCreatedOnTheWay() {
        JsonFile<Counter> file = new JsonFile<>(folder.resolve("servers/200.json"), Counter.class, "the server's settings");
        assertThat(file.exists()).isFalse();

        file.write(new Counter("digest", 3));

        assertThat(file.exists()).isTrue();
        assertThat(file.read("delete it to start again")).isEqualTo(new Counter("digest", 3));
        assertThat(file.file()).content().contains("\"name\" : \"digest\"");
    }

    @Test
    void aRewriteReplacesTheContentsAndLeavesNoTemporaryFileBehind() throws Exception {
        JsonFile<Counter> file = new JsonFile<>(folder.resolve("votes.json"), Counter.class, "the votes");
        file.write(new Counter("votes", 1));
        file.write(new Counter("votes", 2));

        assertThat(file.read("fix it")).isEqualTo(new Counter("votes", 2));
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("votes.json");
        }
    }

    @Test
    void aFileThatIsNotJsonIsReportedWithWhatItIsAndWhatToDo() throws Exception {
        Path path = Files.writeString(folder.resolve("feeds.json"), "{ not json");
        JsonFile<Counter> file = new JsonFile<>(path, Counter.class, "the feed list");

        assertThatThrownBy(() -> file.read("fix it, or delete it to start again"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("The feed list is not readable JSON; fix it, or delete it to start again")
                .satisfies(error -> assertThat(((StoreException) error).location()).isEqualTo(path.toAbsolutePath()));
    }

    @Test
    void fieldsAnOlderOrNewerVersionWroteAreIgnored() throws Exception {
        Path path = Files.writeString(folder.resolve("c.json"), "{\"name\":\"x\",\"count\":4,\"addedLater\":true}");

        assertThat(new JsonFile<>(path, Counter.class, "the counter").read("fix it")).isEqualTo(new Counter("x", 4));
    }

    @Test
    void readModifyWritesUnderTheLockLoseNoChangeWhenManyRunAtOnce() throws Exception {
        Path path = folder.resolve("count.json");
        new JsonFile<>(path, Counter.class, "the counter").write(new Counter("hits", 0));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> changes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                // A new JsonFile each time, as each command or request opens its own: the lock is the file's, not the object's.
                changes.add(pool.submit(() -> {
                    JsonFile<Counter> file = new JsonFile<>(path, Counter.class, "the counter");
                    return file.locked(() -> {
                        Counter now = file.read("fix it");
                        file.write(new Counter(now.name(), now.count() + 1));
                        return null;
                    });
                }));
            }
            for (Future<?> change : changes) {
                change.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(new JsonFile<>(path, Counter.class, "the counter").read("fix it").count()).isEqualTo(200);
    }

    @Test
    void deleteRemovesTheFileAndItsLockFile() throws Exception {
        JsonFile<Counter> file = new JsonFile<>(folder.resolve("follows.json"), Counter.class, "the follows");
        file.write(new Counter("follows", 1));
        file.locked(() -> null);
        assertThat(folder.resolve("follows.json.lock")).exists();

        file.delete();

        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
