package dev.wafer.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wafer.corpus.source.DefaultFeeds;
import dev.wafer.corpus.source.Feed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListFileTest {

    @TempDir
    Path folder;

    @Test
    void aNewFolderStartsWithTheDefaultFeedsAndChangesSurviveReopening() {
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
        assertThat(folder.resolve("feeds.json.tmp")).doesNotExist();
    }

    @Test
    void aDamagedListIsReportedWithWhatToDo() throws Exception {
        Files.writeString(folder.resolve("feeds.json"), "{\"feeds\": [");

        assertThatThrownBy(() -> new FeedListFile(folder.resolve("feeds.json")).load())
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The feed list is not readable JSON; fix it, or delete it");
    }
}
