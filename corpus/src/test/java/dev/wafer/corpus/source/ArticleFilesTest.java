package dev.wafer.corpus.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wafer.corpus.Article;
import dev.wafer.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    private static final Instant NOW = Instant.parse("2025-09-01T00:00:00Z");

    @TempDir
    Path folder;

    @Test
    void readsJsonLinesWithEitherFieldSpelling() throws IOException {
        Path file = folder.resolve("news.jsonl");
        Files.writeString(file, """
                {"url":"https://example.com/a","title":"A","body":"Body a.","source":"Fab Weekly","published_at":"2023-11-27T08:45:59+00:00","author":null}

                {"url":"https://example.com/b","title":"B","body":"Body b.","publisher":"Chip Ledger","published":"2024-01-02"}
                """);
        List<Article> articles = ArticleFiles.read(file, ImportDefaults.NONE, NOW);
        assertThat(articles).extracting(Article::publisher).containsExactly("Fab Weekly", "Chip Ledger");
        assertThat(articles.get(0).published()).isEqualTo(Instant.parse("2023-11-27T08:45:59Z"));
        assertThat(articles.get(1).published()).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
        assertThat(articles.get(0).author()).isNull();
    }

    @Test
    void aDateNoNewsArticleCanHaveIsDroppedAndTheArticleKeptUndated() throws IOException {
        Path file = folder.resolve("hostile.jsonl");
        Files.writeString(file, """
                {"url":"https://example.com/a","title":"A","body":"Body a.","source":"Fab Weekly","published_at":"0001-01-01"}
                {"url":"https://example.com/b","title":"B","body":"Body b.","source":"Fab Weekly","published_at":"+200000000-01-01T00:00:00Z"}
                {"url":"https://example.com/c","title":"C","body":"Body c.","source":"Fab Weekly","published_at":"1994-12-31"}
                {"url":"https://example.com/d","title":"D","body":"Body d.","source":"Fab Weekly","published_at":"1995-01-01"}
                """);

        List<Article> articles = ArticleFiles.read(file, ImportDefaults.NONE, NOW);

        assertThat(articles).extracting(Article::title).containsExactly("A", "B", "C", "D");
        assertThat(articles).extracting(Article::published)
                .containsExactly(null, null, null, Instant.parse("1995-01-01T00:00:00Z"));
    }

    @Test
    void oneBadLineRejectsTheWholeFileNamingTheLine() throws IOException {
        Path file = folder.resolve("broken.jsonl");
        Files.writeString(file, """
                {"url":"https://example.com/a","title":"A","body":"Body a.","source":"Fab Weekly"}
                {"url":"https://example.com/b","title":"B","source":"Fab Weekly"}
                """);
        assertThatThrownBy(() -> ArticleFiles.read(file, ImportDefaults.NONE, NOW))
                .isInstanceOf(ArticleFileException.class)
                .hasMessageContaining("broken.jsonl").hasMessageContaining("line 2").hasMessageContaining("body");

        Files.writeString(file, "{\"url\": \"https://example.com/a\", \"title\": \n");
        assertThatThrownBy(() -> ArticleFiles.read(file, ImportDefaults.NONE, NOW))
                .hasMessageContaining("line 1 is not valid JSON");
    }

    @Test
    void aRawTextArticleKeepsItsFileNameAsSourceAndTakesDefaults() throws IOException {
        Path file = folder.resolve("r2-story.txt");
        Files.writeString(file, "Listen to this Post\n\nDeepSeek Delays R2 After Chip Trouble\n\n"
                + "DeepSeek delayed its R2 model after training runs on Ascend chips failed.\n");
        Article article = ArticleFiles.read(file, new ImportDefaults(Optional.of("Silicon Dispatch"),
                Optional.of(Instant.parse("2025-08-14T00:00:00Z"))), NOW).get(0);
        assertThat(article.title()).isEqualTo("DeepSeek Delays R2 After Chip Trouble");
        assertThat(article.url()).isEqualTo("file:r2-story.txt");
        assertThat(article.publisher()).isEqualTo("Silicon Dispatch");
        assertThat(article.published()).isEqualTo(Instant.parse("2025-08-14T00:00:00Z"));

        Article withoutDefaults = ArticleFiles.read(file, ImportDefaults.NONE, NOW).get(0);
        assertThat(withoutDefaults.publisher()).isEqualTo(ArticleFiles.UNKNOWN_PUBLISHER);
        assertThat(withoutDefaults.publishedDate()).isEmpty();
    }

    @Test
    void unsupportedAndEmptyFilesFailClearly() throws IOException {
        Path pdf = Files.writeString(folder.resolve("report.pdf"), "%PDF");
        assertThatThrownBy(() -> ArticleFiles.read(pdf, ImportDefaults.NONE, NOW)).hasMessageContaining("unsupported file type");
        Path empty = Files.writeString(folder.resolve("empty.txt"), "Share this\n\n");
        assertThatThrownBy(() -> ArticleFiles.read(empty, ImportDefaults.NONE, NOW)).hasMessageContaining("no article text");
        assertThatThrownBy(() -> ArticleFiles.read(folder.resolve("missing.jsonl"), ImportDefaults.NONE, NOW))
                .hasMessageContaining("no such file");
    }

    private static final String BRIEF = "Samsung starts HBM4 shipments\n\nSamsung said it began shipping HBM4 memory"
            + " stacks to a major AI accelerator customer, ahead of its rivals' schedules for the year.\n";

    @Test
    void randomBytesAreRefusedAsNotText() throws IOException {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Path file = Files.write(folder.resolve("notes.txt"), noise);

        assertThatThrownBy(() -> ArticleFiles.read(file, ImportDefaults.NONE, NOW))
                .isInstanceOf(ArticleFileException.class).hasMessageContaining("is not a text file");
    }

    @Test
    void textWithAByteOrderMarkIsReadInItsEncodingAndStrayControlsAreDropped() throws IOException {
        for (String charset : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "UTF-8")) {
            java.nio.charset.Charset encoding = java.nio.charset.Charset.forName(charset);
            byte[] mark = "\uFEFF".getBytes(encoding);
            byte[] text = (BRIEF + "It expects volume production\u0007 next quarter.\n").getBytes(encoding);
            Path file = folder.resolve("brief-" + charset + ".txt");
            Files.write(file, java.nio.ByteBuffer.allocate(mark.length + text.length).put(mark).put(text).array());

            Article article = ArticleFiles.read(file, ImportDefaults.NONE, NOW).get(0);

            assertThat(article.title()).as(charset).isEqualTo("Samsung starts HBM4 shipments");
            assertThat(article.body()).as(charset).contains("rivals' schedules", "production next quarter")
                    .doesNotContain("\u0007", "\uFEFF");
        }
    }

    @Test
    void foldersSkipHiddenFoldersAndReportFilesOfOtherKinds() throws IOException {
        Files.createDirectories(folder.resolve("news/.git/objects"));
        Files.writeString(folder.resolve("news/.git/objects/HEAD.txt"), BRIEF);
        Files.writeString(folder.resolve("news/brief.txt"), BRIEF);
        Files.writeString(folder.resolve("news/.draft.txt"), BRIEF);
        Files.write(folder.resolve("news/chart.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        ArticleFiles.Listing listing = ArticleFiles.expand(List.of(folder.resolve("news")));

        assertThat(listing.files()).containsExactly(folder.resolve("news/brief.txt"));
        assertThat(listing.skipped()).containsExactly(folder.resolve("news/chart.png"));
    }

    @Test
    void theMultiHopBenchmarkCorpusImportsAsIs() {
        Path corpus = SharedData.require(SharedData.path("eval", "multihop", "corpus.jsonl"),
                "Importing the MultiHop-RAG corpus as it is");
        List<Article> articles = ArticleFiles.read(corpus, ImportDefaults.NONE, NOW);
        assertThat(articles).hasSize(609);
        assertThat(articles).allSatisfy(article -> assertThat(article.hasWebUrl()).isTrue());
    }

    @Test
    void theBundledStarterCorpusIsDatedAndAttributed() {
        List<Article> starter = StarterCorpus.load(NOW);
        assertThat(starter).hasSizeGreaterThanOrEqualTo(60);
        assertThat(starter).allSatisfy(article -> {
            assertThat(article.publishedDate()).isPresent();
            assertThat(article.published()).isBetween(Instant.parse("2023-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
        });
        assertThat(starter.stream().map(Article::id).distinct()).hasSameSizeAs(starter);
    }
}
