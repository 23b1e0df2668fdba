package dev.wafer.retrieval;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.source.ArticleFiles;
import dev.wafer.corpus.source.ImportDefaults;
import dev.wafer.retrieval.index.IndexProgress;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The small fixture corpus (six AI-chip stories written for these tests) and a library over it. */
public final class Fixtures {

    public static final Instant IMPORTED = Instant.parse("2025-09-01T00:00:00Z");

    private Fixtures() {
    }

    public static Path newsFile() {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/news.jsonl").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Article> news() {
        return ArticleFiles.read(newsFile(), ImportDefaults.NONE, IMPORTED);
    }

    /** A library in {@code folder} without the starter corpus, holding the fixture news. */
    public static NewsLibrary libraryWithNews(Path folder) {
        NewsLibrary library = NewsLibrary.open(DataFolder.open(folder), NewsLibrary.Options.defaults().withStarter(false));
        library.ingest(news(), IndexProgress.NONE);
        return library;
    }
}
