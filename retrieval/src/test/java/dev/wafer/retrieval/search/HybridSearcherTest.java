package dev.wafer.retrieval.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.index.LucenePassageIndex;
import dev.wafer.retrieval.index.IndexProgress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HybridSearcherTest {

    private static final Instant IMPORTED = Instant.parse("2026-01-01T00:00:00Z");

    private static Article story(String slug, String publisher, String day, String body) {
        return Article.of("https://news.example/" + slug, "H20 export rules: " + slug.replace('-', ' '), publisher, null,
                Instant.parse(day + "T09:00:00Z"), body, IMPORTED);
    }

    /** As in real news, "reported" is a common word here, so it does not single out a sentence. */
    private static final List<Article> STORIES = List.of(
            story("reuters-licence", "Reuters", "2025-03-03",
                    "The Commerce Department tightened H20 export rules. Nvidia must now apply for a licence before"
                            + " shipping H20 accelerators to Chinese customers. Analysts expect orders to slow, it was reported."),
            story("reuters-writedowns", "Reuters", "2025-04-15",
                    "Nvidia said the new H20 export rules would cost it billions in write-downs. The company had"
                            + " built H20 inventory for Chinese customers before the licence requirement, the company reported."),
            story("bloomberg-rush", "Bloomberg", "2025-03-03",
                    "Chinese cloud providers rushed to buy H20 chips before the export rules changed. Bloomberg"
                            + " reported that Tencent and ByteDance placed large orders."),
            story("verge-fab", "The Verge", "2025-03-04",
                    "TSMC opened its second Arizona fab. The plant will make 3-nanometre chips from 2028, TSMC reported."));

    private static NewsLibrary libraryWithStories(Path folder) {
        NewsLibrary library = NewsLibrary.open(DataFolder.open(folder), NewsLibrary.Options.defaults().withStarter(false));
        library.ingest(STORIES, IndexProgress.NONE);
        return library;
    }

    @Test
    void aSearchWithinSomeArticlesFindsNothingOutsideThemWhateverTheRestSay(@TempDir Path folder) {
        try (NewsLibrary library = libraryWithStories(folder)) {
            List<String> fresh = List.of(STORIES.get(2).id(), STORIES.get(3).id());

            List<ScoredPassage> hits = library.searcher(SearchOptions.DEFAULTS)
                    .searchWithin("H20 export licence for Nvidia", 10, fresh);

            assertThat(hits).extracting(hit -> hit.passage().articleId()).isNotEmpty().allMatch(fresh::contains);
            assertThat(hits.getFirst().passage().url()).isEqualTo("https://news.example/bloomberg-rush");
            assertThat(hits).allMatch(hit -> !Double.isNaN(hit.similarity()));
        }
    }

    @Test
    void anOutletAndADayNamedWithoutAYearFindThatOutletsStoryOfThatDay(@TempDir Path folder) {
        try (NewsLibrary library = libraryWithStories(folder)) {
            List<ScoredPassage> hits = library.searcher(SearchOptions.DEFAULTS)
                    .search("What did Reuters report on March 3rd about the H20 export rules?", 4);

            assertThat(hits.getFirst().passage().url()).isEqualTo("https://news.example/reuters-licence");
        }
    }

    @Test
    void aDayWithoutAYearStillAnswersWhenOneStoredArticleCarriesAnAbsurdDate(@TempDir Path folder) {
        // Stored before dates were checked at the edge, as an older data folder may hold it.
        Article placeholder = new Article("placeholder-date", "https://news.example/placeholder", "H20 export rules recap",
                "Wire", null, Instant.parse("0001-01-01T00:00:00Z"), "A recap of the H20 export rules for Nvidia.",
                IMPORTED, List.of());
        try (NewsLibrary library = libraryWithStories(folder)) {
            library.ingest(List.of(placeholder), IndexProgress.NONE);

            List<ScoredPassage> hits = library.searcher(SearchOptions.DEFAULTS)
                    .search("What did Reuters report on March 3rd about the H20 export rules?", 4);

            assertThat(hits.getFirst().passage().url()).isEqualTo("https://news.example/reuters-licence");
        }
    }

    @Test
    void withHintsSwitchedOffANamedOutletAndDayAddNoListsOfTheirOwn(@TempDir Path folder) {
        String question = "What did Reuters report on March 3rd about the H20 export rules?";
        SearchOptions off = SearchOptions.DEFAULTS.withHintWeight(0);
        // Without hint lists a passage is at best first in BM25's, the vectors' and the sentence list.
        double bestWithoutHints = (off.lexicalWeight() + off.denseWeight() + off.sentenceWeight()) / (off.rrfK() + 1);
        try (NewsLibrary library = libraryWithStories(folder)) {
            List<ScoredPassage> withoutHints = library.searcher(off).search(question, 4);
            List<ScoredPassage> withHints = library.searcher(SearchOptions.DEFAULTS).search(question, 4);

            assertThat(withoutHints).hasSize(4)
                    .allSatisfy(hit -> assertThat(hit.score()).isLessThanOrEqualTo(bestWithoutHints + 1e-12));
            assertThat(withHints.getFirst().score()).as("Reuters' and March 3rd's own lists count")
                    .isGreaterThan(bestWithoutHints);
        }
    }

    @Test
    void theFirstResultIsThePassageWhoseSentenceStatesTheClaim(@TempDir Path folder) {
        try (NewsLibrary library = libraryWithStories(folder)) {
            List<ScoredPassage> hits = library.searcher(SearchOptions.DEFAULTS)
                    .search("Which Chinese companies placed large H20 orders before the export rules changed?", 4);

            assertThat(hits.getFirst().passage().url()).isEqualTo("https://news.example/bloomberg-rush");
            assertThat(hits).extracting(hit -> hit.passage().articleId()).doesNotHaveDuplicates();
        }
    }

    @Test
    void splittingTheIndexIntoRangesSearchedSideBySideChangesNoResult(@TempDir Path folder) {
        try (NewsLibrary library = libraryWithStories(folder)) {
            HybridSearcher whole = library.searcher(SearchOptions.DEFAULTS);
            // One document per range: every list is gathered from several threads and merged.
            HybridSearcher split = new HybridSearcher(((LucenePassageIndex) library.passages()).withSearchRanges(1),
                    SearchOptions.DEFAULTS);

            for (String question : List.of("What did Reuters report on March 3rd about the H20 export rules?",
                    "Which Chinese companies placed large H20 orders before the export rules changed?",
                    "Where is TSMC building 3-nanometre chips?")) {
                assertThat(split.search(question, 10))
                        .extracting(hit -> hit.passage().id(), ScoredPassage::score)
                        .containsExactlyElementsOf(whole.search(question, 10).stream()
                                .map(hit -> tuple(hit.passage().id(), hit.score())).toList());
            }
        }
    }
}
