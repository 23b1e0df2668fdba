package dev.wafer.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.corpus.Article;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one decision both stores make before they write: what is new, what changed, what stays as it is. */
class UpsertPlanTest {

    private static final Instant FIRST_IMPORT = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    private static Article article(String url, String body) {
        return Article.of(url, "TSMC expands CoWoS", "Chip Ledger", null, Instant.parse("2026-11-01T06:00:00Z"), body, NOW);
    }

    @Test
    void aChangedArticleReplacesTheStoredOneButKeepsItsFirstImportTimeAndAnUnchangedOneIsNotWritten() {
        Article same = article("https://chipledger.example/cowos", "TSMC doubles CoWoS capacity in 2026.");
        Article edited = article("https://chipledger.example/hbm4", "SK hynix ships HBM4 samples.");
        Article fresh = article("https://chipledger.example/euv", "ASML ships its first High-NA tool.");
        Map<String, UpsertPlan.Stored> stored = Map.of(
                same.id(), new UpsertPlan.Stored(ArticleStore.fingerprint(same), FIRST_IMPORT),
                edited.id(), new UpsertPlan.Stored("an older version", FIRST_IMPORT));

        UpsertPlan plan = UpsertPlan.of(List.of(same, edited, fresh), ids -> stored);

        assertThat(plan.result().added()).containsExactly(fresh.id());
        assertThat(plan.result().updated()).containsExactly(edited.id());
        assertThat(plan.result().unchanged()).containsExactly(same.id());
        assertThat(plan.toWrite()).extracting(Article::id).containsExactly(edited.id(), fresh.id());
        assertThat(plan.toWrite().get(0).importedAt()).isEqualTo(FIRST_IMPORT);
        assertThat(plan.toWrite().get(1).importedAt()).isEqualTo(NOW);
    }

    @Test
    void theLastCopyOfARepeatedIdWinsAndTheStoreIsAskedOnceForEveryId() {
        Article first = article("https://chipledger.example/cowos", "TSMC doubles CoWoS capacity.");
        Article second = article("https://chipledger.example/cowos", "TSMC doubles CoWoS capacity in 2026.");
        AtomicInteger asked = new AtomicInteger();

        UpsertPlan plan = UpsertPlan.of(List.of(first, second), ids -> {
            asked.incrementAndGet();
            assertThat(ids).containsExactly(first.id());
            return Map.of();
        });

        assertThat(asked).hasValue(1);
        assertThat(plan.toWrite()).singleElement().extracting(Article::body).isEqualTo(second.body());
        assertThat(UpsertPlan.of(List.of(), ids -> { throw new AssertionError("nothing to ask"); }).writesNothing()).isTrue();
    }
}
