package dev.wafer.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.retrieval.NewsLibrary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search's filters and lexical clauses as the embedded index runs them. */
class PassageFilterTest {

    private static final Instant IMPORTED = Instant.parse("2026-01-01T00:00:00Z");

    private static Article story(String slug, String publisher, String published, String body) {
        return Article.of("https://news.example/" + slug, "Chip news: " + slug.replace('-', ' '), publisher, null,
                Instant.parse(published), body, IMPORTED);
    }

    private static final List<Article> STORIES = List.of(
            story("bofa-note", "Bank of America", "2025-03-03T09:00:00Z", "Bank of America raised its Nvidia target."),
            story("bank-america-blog", "Bank America Blog", "2025-03-03T23:30:00Z", "A blog says Nvidia will rise."),
            story("late-wire", "Wire", "2025-03-04T11:00:00Z", "Nvidia shipped H20 accelerators, the wire said."),
            story("april-wire", "Wire", "2025-04-20T09:00:00Z", "Nvidia took an H20 charge in April."));

    /** The urls of the passages the lexical clause "nvidia" finds within {@code filter}, best first. */
    private static List<String> nvidiaWithin(NewsLibrary library, PassageFilter filter) {
        return library.passages().read(1.2f, 0.75f, view -> {
            List<String> urls = new ArrayList<>();
            for (Hit hit : view.candidates(new CandidateQuery.Lexical(
                    List.of(new TermClause(SearchField.TEXT, "nvidia", 1f)), filter, 10))) {
                urls.add(view.passage(hit.doc()).url().replace("https://news.example/", ""));
            }
            return urls;
        });
    }

    private static NewsLibrary library(Path folder) {
        NewsLibrary library = NewsLibrary.open(DataFolder.open(folder), NewsLibrary.Options.defaults().withStarter(false));
        library.ingest(STORIES, IndexProgress.NONE);
        return library;
    }

    @Test
    void anOutletNamedWithAStopWordMatchesOnlyTheNameWithTheWordInPlace(@TempDir Path folder) {
        try (NewsLibrary library = library(folder)) {
            assertThat(nvidiaWithin(library, PassageFilter.outlet("Bank of America").orElseThrow()))
                    .containsExactly("bofa-note");
            assertThat(nvidiaWithin(library, PassageFilter.outlet("Bank America").orElseThrow()))
                    .containsExactly("bank-america-blog");
        }
    }

    @Test
    void aDayHoldsArticlesDatedWithinHalfADayOfItAndCombinesWithAnOutlet(@TempDir Path folder) {
        try (NewsLibrary library = library(folder)) {
            PassageFilter marchThird = PassageFilter.publishedOn(LocalDate.of(2025, 3, 3));

            assertThat(nvidiaWithin(library, marchThird))
                    .containsExactlyInAnyOrder("bofa-note", "bank-america-blog", "late-wire");
            assertThat(nvidiaWithin(library, PassageFilter.allOf(PassageFilter.outlet("Wire").orElseThrow(), marchThird)))
                    .containsExactly("late-wire");
            assertThat(nvidiaWithin(library, new PassageFilter.AnyOf(List.of(PassageFilter.publishedOn(
                    LocalDate.of(2025, 4, 20)), PassageFilter.outlet("Bank of America").orElseThrow()))))
                    .containsExactlyInAnyOrder("april-wire", "bofa-note");
            // By the end of March 2nd somewhere: up to noon of the 3rd in UTC.
            assertThat(nvidiaWithin(library, PassageFilter.publishedBy(LocalDate.of(2025, 3, 2))))
                    .containsExactly("bofa-note");
        }
    }

    @Test
    void anOutletOfStopWordsOnlyIsNoFilterAndABackwardSpanIsRefused() {
        assertThat(PassageFilter.outlet("The")).isEmpty();
        assertThatThrownBy(() -> new PassageFilter.Published(10, 9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends");
    }

    @Test
    void termCountsTellTextFromHeadline(@TempDir Path folder) throws IOException {
        try (NewsLibrary library = library(folder)) {
            TermCounts counts = library.passages().read(1.2f, 0.75f, view -> view.termCounts(List.of("nvidia", "chip")));

            assertThat(counts.passages()).isEqualTo(4);
            assertThat(counts.inText("nvidia")).isEqualTo(4);
            assertThat(counts.inTitle("nvidia")).isZero();
            assertThat(counts.inTitle("chip")).isEqualTo(4);
        }
    }
}
