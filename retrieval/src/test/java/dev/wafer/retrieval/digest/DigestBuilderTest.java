package dev.wafer.retrieval.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.store.LuceneArticleStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestBuilderTest {

    private static Article article(String slug, String title, String publisher, String published, String imported) {
        return Article.of("https://news.example/" + slug, title, publisher, null, Instant.parse(published),
                title + ". More on this story follows in the body of the article.", Instant.parse(imported));
    }

    private static final Article OLD = article("old", "Intel delays its Ohio fab to 2031", "Wire",
            "2025-05-01T08:00:00Z", "2025-05-01T09:00:00Z");
    private static final Article TSMC = article("tsmc", "TSMC starts 2nm volume production", "Wire",
            "2025-06-01T08:00:00Z", "2025-06-01T09:00:00Z");
    private static final Article TSMC_AGAIN = article("tsmc-again", "TSMC starts 2nm volume production", "Daily Chips",
            "2025-06-01T10:00:00Z", "2025-06-01T11:00:00Z");
    private static final Article NVIDIA = article("nvidia", "Nvidia takes a $5.5 billion H20 charge", "Wire",
            "2025-06-02T08:00:00Z", "2025-06-02T09:00:00Z");

    @Test
    void newStoriesComeNewestFirstWithReportsOfOneEventUnderTheNewest(@TempDir Path folder) {
        try (LuceneArticleStore store = LuceneArticleStore.open(folder)) {
            store.upsert(List.of(OLD, TSMC, TSMC_AGAIN, NVIDIA));

            Digest digest = new DigestBuilder(store).newSince(Instant.parse("2025-06-01T00:00:00Z"), Set.of());

            assertThat(digest.stories()).extracting(DigestStory::articleId).containsExactly(NVIDIA.id(), TSMC_AGAIN.id());
            assertThat(digest.stories().get(1).related()).extracting(DigestStory::articleId).containsExactly(TSMC.id());
            assertThat(digest.articleIds()).containsExactlyInAnyOrder(NVIDIA.id(), TSMC_AGAIN.id(), TSMC.id());
        }
    }

    @Test
    void aStoryRestingOnUnnamedSourcesSaysSoAndAnOfficialOneNeedsNoCaveat(@TempDir Path folder) {
        Article rumor = Article.of("https://news.example/rumor", "Huawei readies a new Ascend chip", "Wire", null,
                Instant.parse("2025-06-03T08:00:00Z"),
                "Huawei is preparing to ship a new Ascend accelerator next quarter, according to people familiar with the matter. "
                        + "The company has not announced a date.", Instant.parse("2025-06-03T09:00:00Z"));
        try (LuceneArticleStore store = LuceneArticleStore.open(folder)) {
            store.upsert(List.of(rumor, NVIDIA));

            Digest digest = new DigestBuilder(store).newSince(Instant.parse("2025-06-02T00:00:00Z"), Set.of());

            assertThat(digest.stories()).extracting(DigestStory::articleId).containsExactly(rumor.id(), NVIDIA.id());
            assertThat(digest.stories().get(0).sourcing().caveat()).contains("citing unnamed sources");
            assertThat(digest.stories().get(1).sourcing().caveat()).isEmpty();
        }
    }

    @Test
    void storiesPostedBeforeAreLeftOutOfTheNextDigest(@TempDir Path folder) {
        try (LuceneArticleStore store = LuceneArticleStore.open(folder)) {
            store.upsert(List.of(TSMC, NVIDIA));

            Digest digest = new DigestBuilder(store).newSince(Instant.parse("2025-06-01T00:00:00Z"), Set.of(NVIDIA.id()));

            assertThat(digest.stories()).extracting(DigestStory::articleId).containsExactly(TSMC.id());
        }
    }

    @Test
    void sinceADayListsWhatWasPublishedFromThatDayPostedOrNot(@TempDir Path folder) {
        try (LuceneArticleStore store = LuceneArticleStore.open(folder)) {
            store.upsert(List.of(OLD, NVIDIA));

            Digest digest = new DigestBuilder(store).publishedSince(LocalDate.of(2025, 6, 2));

            assertThat(digest.since()).isEqualTo(Instant.parse("2025-06-02T00:00:00Z"));
            assertThat(digest.stories()).extracting(DigestStory::articleId).containsExactly(NVIDIA.id());
        }
    }
}
