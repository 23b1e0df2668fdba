package dev.wafer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.store.StoreException;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.index.IndexProgress;
import dev.wafer.testkit.FillingDisk;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills while an import writes. The data folder is a real temp folder seen through
 * {@link FillingDisk}, a file system whose writes throw {@code IOException("No space left on device")}
 * once its space is gone; the library gets that path as it gets any data folder, so every file it
 * writes (both Lucene indexes, its JSON files) meets the full disk.
 */
class FullDiskLibraryTest {

    @TempDir
    Path temp;

    @Test
    void whileTheDiskIsFullAnsweringAndStatusStillWorkAndNothingIsLost() {
        FillingDisk disk = FillingDisk.over(temp);
        DataFolder folder = DataFolder.open(disk.root().resolve("data"));
        try (NewsLibrary library = NewsLibrary.open(folder, NewsLibrary.Options.defaults().withStarter(false))) {
            library.ingest(Fixtures.news(), IndexProgress.NONE);
            // The articles are stored, then the disk fills as the passages (the larger write) are indexed.
            disk.fillWhenWriting(path -> path.startsWith(temp.resolve("data").resolve("passages")));

            assertThatThrownBy(() -> library.ingest(List.of(tsmcArticle()), IndexProgress.NONE))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("The disk holding " + temp.resolve("data") + " is full")
                    .hasMessageContaining("nothing was lost");
        }

        // The next command, the disk still full: the passage index lags the store by one article and cannot
        // catch up, so the library answers from what is indexed.
        try (NewsLibrary library = NewsLibrary.open(folder, NewsLibrary.Options.defaults().withStarter(false))) {
            Answer answer = library.extractiveAnswers().answer(Question.of("Why was DeepSeek's R2 delayed?"));

            assertThat(answer.abstained()).isFalse();
            assertThat(answer.citations()).isNotEmpty();
            assertThat(library.stats().articles()).isEqualTo(Fixtures.news().size() + 1);
        }

        // Space again: the next open indexes the article the full disk held back.
        disk.free();
        try (NewsLibrary library = NewsLibrary.open(folder, NewsLibrary.Options.defaults().withStarter(false))) {
            Answer answer = library.extractiveAnswers().answer(Question.of("When does TSMC's Arizona fab start 2 nm production?"));

            assertThat(answer.citations()).anySatisfy(citation -> assertThat(citation.url()).isEqualTo(tsmcArticle().url()));
        }
    }

    private static Article tsmcArticle() {
        return Article.of("https://fab.example/2025/09/03/tsmc-arizona-2nm", "TSMC brings 2 nm production to Arizona",
                "Fab Weekly", null, Instant.parse("2025-09-03T08:00:00Z"),
                "TSMC said its second Arizona fab will start 2 nm production in 2027, a year earlier than planned,"
                        + " after Apple and Nvidia committed to buy its output.", Instant.parse("2025-09-03T09:00:00Z"));
    }
}
