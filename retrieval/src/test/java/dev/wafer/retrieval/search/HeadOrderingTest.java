package dev.wafer.retrieval.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.index.CandidateQuery;
import dev.wafer.retrieval.index.Hit;
import dev.wafer.retrieval.index.IndexFacts;
import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.index.SearchView;
import dev.wafer.retrieval.index.TermCounts;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeadOrderingTest {

    /** A view whose passage 1 was deleted by another process after the lists were made. */
    private static final class ViewWithADeletedPassage implements SearchView {
        private final Map<Integer, Passage> passages = Map.of(
                0, passage("tsmc", "TSMC starts 2nm volume production in Hsinchu."),
                2, passage("nvidia", "Nvidia took a $5.5 billion charge on H20 inventory."),
                3, passage("amd", "AMD's MI350 ships to cloud providers."));

        @Override
        public Passage passage(int doc) {
            return passages.get(doc);
        }

        @Override
        public String sentenceTerms(int doc) {
            return null;
        }

        @Override
        public int passageCount() {
            return 4;
        }

        @Override
        public TermCounts termCounts(Collection<String> terms) {
            return new TermCounts(4, Map.of(), Map.of());
        }

        @Override
        public List<Hit> candidates(CandidateQuery query) {
            return List.of();
        }

        @Override
        public IndexFacts facts() {
            return IndexFacts.NONE;
        }

        private static Passage passage(String article, String text) {
            return new Passage(article + ":0", article, 0, text, text, "Wire", Instant.parse("2025-06-01T00:00:00Z"),
                    "https://news.example/" + article);
        }
    }

    @Test
    void aPassageDeletedSinceTheListsWereMadeIsLeftOutAndTheNextTakesItsPlace() throws IOException {
        HeadOrdering head = new HeadOrdering(new RankFusion(SearchOptions.DEFAULTS.rrfK()), SearchOptions.DEFAULTS);
        List<Fused> ranked = List.of(new Fused(0, 0.9, 1, 1, 0.9), new Fused(1, 0.8, 2, 2, 0.8),
                new Fused(2, 0.7, 3, 3, 0.7), new Fused(3, 0.6, 4, 4, 0.6));

        List<ScoredPassage> results = head.select(ranked, 3, new ViewWithADeletedPassage(), new HashMap<>(), null);

        assertThat(results).extracting(hit -> hit.passage().articleId()).containsExactly("tsmc", "nvidia", "amd");
    }
}
