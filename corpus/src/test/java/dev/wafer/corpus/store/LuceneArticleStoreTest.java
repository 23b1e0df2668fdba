package dev.wafer.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wafer.corpus.Article;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneArticleStoreTest {

    private static final Instant IMPORTED = Instant.parse("2025-09-01T00:00:00Z");

    @TempDir
    Path folder;

    private static Article article(String url, String title, String body) {
        return Article.of(url, title, "Fab Weekly", null, Instant.parse("2025-08-14T00:00:00Z"), body, IMPORTED);
    }

    @Test
    void importingTheSameArticlesTwiceNeverDuplicates() {
        Article a = article("https://example.com/a", "A", "Body of a.");
        Article b = article("https://example.com/b", "B", "Body of b.");
        try (LuceneArticleStore store = LuceneArticleStore.open(folder)) {
            assertThat(store.upsert(List.of(a, b)).added()).hasSize(2);
            UpsertResult again = store.upsert(List.of(a, b));
            assertThat(again.added()).isEmpty();
            assertThat(again.unchanged()).containsExactlyInAnyOrder(a.id(), b.id());
            assertThat(store.all()).hasSize(2);
        }
    }

    @Test
    void aChangedArticleReplacesTheOldVersionAndKeepsItsFirstImportTime() {
        Article first = article("https://example.com/a", "A", "First version.");
        Article second = Article.of("https://example.com/a?utm_source=rss", "A (updated)", "Fab Weekly", null,
                first.published(), "Second version.", IMPORTED.plusSeconds(3600));
        try (LuceneArticleStore store = LuceneArticleStore.open(folder)) {
            store.upsert(List.of(first));
            assertThat(store.upsert(List.of(second)).updated()).containsExactly(first.id());
            Article stored = store.get(first.id()).orElseThrow();
            assertThat(stored.body()).isEqualTo("Second version.");
            assertThat(stored.importedAt()).isEqualTo(IMPORTED);
            assertThat(store.all()).hasSize(1);
        }
    }

    @Test
    void committedArticlesSurviveReopeningWithEveryField() {
        Article full = new Article("id-1", "https://example.com/x", "Title", "Chip Ledger", "Jane Doe",
                Instant.parse("2024-03-18T20:00:00Z"), "Body.", IMPORTED, List.of("Other Outlet"));
        Article undated = Article.of("file:note.txt", "Undated", "Unknown publisher", null, null, "Text.", IMPORTED);
        long version;
        try (LuceneArticleStore store = LuceneArticleStore.open(folder)) {
            store.upsert(List.of(full, undated));
            version = store.version();
        }
        try (LuceneArticleStore store = LuceneArticleStore.open(folder)) {
            assertThat(store.get("id-1")).contains(full);
            assertThat(store.get(undated.id()).orElseThrow().publishedDate()).isEmpty();
            assertThat(store.version()).isEqualTo(version);
            StoreStats stats = store.stats();
            assertThat(stats.articles()).isEqualTo(2);
            assertThat(stats.undated()).isEqualTo(1);
            assertThat(stats.newest()).contains(full.published());
        }
    }

    @Test
    void articlesAreFoundByAnyTrackingVariantOfTheirUrlAndCanBeDeleted() {
        Article a = article("https://example.com/story", "A", "Body.");
        try (LuceneArticleStore store = LuceneArticleStore.open(folder)) {
            store.upsert(List.of(a));
            assertThat(store.findByUrl("https://EXAMPLE.com/story/?utm_medium=social#comments")).contains(a);
            assertThat(store.delete(a.id())).isTrue();
            assertThat(store.delete(a.id())).isFalse();
            assertThat(store.findByUrl("https://example.com/story")).isEmpty();
        }
    }

    @Test
    void aSecondProcessOnTheSameFolderGetsAClearMessage() {
        try (LuceneArticleStore store = LuceneArticleStore.open(folder)) {
            assertThat(store.stats().articles()).isZero();
            assertThatThrownBy(() -> LuceneArticleStore.open(folder))
                    .isInstanceOf(DataFolderInUseException.class)
                    .hasMessageContaining("in use by another Wafer process");
        }
    }

    @Test
    void theDateRangeFollowsEveryWriteAndForgetsARemovedArticleAtOnce() {
        Article oldest = Article.of("https://example.com/1999", "Old", "Fab Weekly", null,
                Instant.parse("1999-01-05T00:00:00Z"), "Old body.", IMPORTED);
        Article middle = article("https://example.com/2025", "Middle", "Middle body.");
        Article newest = Article.of("https://example.com/2026", "New", "Fab Weekly", null,
                Instant.parse("2026-12-01T00:00:00Z"), "New body.", IMPORTED);
        try (LuceneArticleStore store = LuceneArticleStore.open(folder)) {
            store.upsert(List.of(oldest, middle, newest));
            assertThat(store.stats()).isEqualTo(new StoreStats(3, 0, java.util.Optional.of(oldest.published()),
                    java.util.Optional.of(newest.published())));

            store.delete(oldest.id());
            store.delete(newest.id());

            assertThat(store.stats()).as("not the range of documents deleted but not yet merged away")
                    .isEqualTo(new StoreStats(1, 0, java.util.Optional.of(middle.published()),
                            java.util.Optional.of(middle.published())));
        }
    }
}
