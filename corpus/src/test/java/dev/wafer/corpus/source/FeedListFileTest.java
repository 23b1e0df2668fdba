package dev.wafer.corpus.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wafer.corpus.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListFileTest {

    @TempDir
    Path folder;

    @Test
    void aNewFolderStartsWithTheDefaultFeedsAndChangesSurviveReopening() throws Exception {
        FeedListFile feeds = new FeedListFile(folder.resolve("feeds.json"));

        assertThat(feeds.load()).extracting(Feed::url).containsExactlyElementsOf(DefaultFeeds.URLS);
        assertThat(feeds.add("https://example.org/feed?utm_source=x", true)).isTrue();
        assertThat(feeds.add("https://EXAMPLE.org/feed", false)).as("same feed").isFalse();
        assertThat(feeds.remove(DefaultFeeds.URLS.get(0))).isTrue();
        feeds.update("https://example.org/feed", feed -> feed.succeeded(Instant.parse("2025-10-01T00:00:00Z"), "\"e1\"", null, 3));

        FeedListFile reopened = new FeedListFile(folder.resolve("feeds.json"));
        assertThat(reopened.load()).hasSize(DefaultFeeds.URLS.size());
        assertThat(reopened.find("https://example.org/feed")).get().satisfies(feed -> {
            assertThat(feed.allTopics()).isFalse();
            assertThat(feed.etag()).isEqualTo("\"e1\"");
            assertThat(feed.articlesContributed()).isEqualTo(3);
        });
        try (var files = Files.list(folder)) {
            assertThat(files).noneMatch(file -> file.toString().endsWith(".tmp"));
        }
    }

    @Test
    void aFeedRemembersItsLastSuccessLastFailureAndSinceWhenItFails() {
        Instant monday = Instant.parse("2025-10-06T08:00:00Z");
        Feed feed = Feed.of("https://example.org/feed", false).succeeded(monday, null, null, 2)
                .failed(monday.plusSeconds(3600), "HTTP 500").failed(monday.plusSeconds(90_000), "HTTP 503");

        assertThat(feed.lastSuccess()).isEqualTo(monday);
        assertThat(feed.lastFailure()).isEqualTo(monday.plusSeconds(90_000));
        assertThat(feed.failingSince()).isEqualTo(monday.plusSeconds(3600));
        assertThat(feed.failingLongerThan(java.time.Duration.ofDays(1), monday.plusSeconds(80_000))).isFalse();
        assertThat(feed.failingLongerThan(java.time.Duration.ofDays(1), monday.plusSeconds(95_000))).isTrue();
        assertThat(feed.succeeded(monday.plusSeconds(100_000), null, null, 0).failingSince()).isNull();
    }

    @Test
    void twoProcessesAddingFeedsAtOnceLoseNothing() throws Exception {
        Path file = folder.resolve("feeds.json");
        new FeedListFile(file).load();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Process> writers = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            writers.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    FeedListFileTest.class.getName() + "$Writer", file.toString(), name, "40")
                    .redirectErrorStream(true).redirectOutput(folder.resolve(name + ".log").toFile()).start());
        }
        for (Process writer : writers) {
            assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(writer.exitValue()).as(Files.readString(folder.resolve("a.log")) + Files.readString(folder.resolve("b.log")))
                    .isZero();
        }

        assertThat(new FeedListFile(file).load()).hasSize(DefaultFeeds.URLS.size() + 80);
    }

    /** A second process: adds {@code count} feeds named after {@code name} to the list at {@code file}. */
    static final class Writer {
        public static void main(String[] args) {
            FeedListFile feeds = new FeedListFile(Path.of(args[0]));
            for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                feeds.add("https://" + args[1] + ".example/feed/" + i, false);
            }
        }
    }

    @Test
    void aDamagedListIsReportedWithWhatToDo() throws Exception {
        Files.writeString(folder.resolve("feeds.json"), "{\"feeds\": [");

        assertThatThrownBy(() -> new FeedListFile(folder.resolve("feeds.json")).load())
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The feed list is not readable JSON; fix it, or delete it");
    }
}
