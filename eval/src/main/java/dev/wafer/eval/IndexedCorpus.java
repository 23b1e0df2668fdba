package dev.wafer.eval;

import dev.wafer.corpus.Article;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.source.ArticleFiles;
import dev.wafer.corpus.source.ImportDefaults;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.index.Embedder;
import dev.wafer.retrieval.index.IndexProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A benchmark corpus imported into a fresh temporary data folder exactly as {@code wafer import}
 * would (same reader, splitter, index), with an embedding model that can reuse cached passage
 * vectors and measures its own time. Closing it deletes the folder.
 */
public final class IndexedCorpus implements AutoCloseable {

    private final Path folder;
    private final NewsLibrary library;
    private final MeasuredEmbeddingModel model;
    private final List<Article> articles;
    private final double indexSeconds;

    private IndexedCorpus(Path folder, NewsLibrary library, MeasuredEmbeddingModel model, List<Article> articles,
                          double indexSeconds) {
        this.folder = folder;
        this.library = library;
        this.model = model;
        this.articles = articles;
        this.indexSeconds = indexSeconds;
    }

    /** Imports {@code corpus}; with {@code embeddingCache}, passage vectors come from (and go to) that file. */
    public static IndexedCorpus build(Path corpus, Path embeddingCache, String label, Consumer<String> progress) {
        List<Article> articles = ArticleFiles.read(corpus, ImportDefaults.NONE, Instant.now());
        MeasuredEmbeddingModel model = new MeasuredEmbeddingModel(NewsLibrary.sharedEmbedder().get().model(), embeddingCache);
        Embedder embedder = new Embedder(model, true);
        Path folder = createTempFolder("wafer-eval");
        NewsLibrary.Options options = NewsLibrary.Options.defaults().withStarter(false)
                .withEmbedder(() -> embedder).withProgress(progressOf(label, progress));
        NewsLibrary library = null;
        try {
            library = NewsLibrary.open(DataFolder.open(folder), options);
            model.reuse(true);
            long start = System.nanoTime();
            library.ingest(articles, progressOf(label, progress));
            double seconds = (System.nanoTime() - start) / 1e9;
            progress.accept(label + ": indexed " + library.passages().size() + " passages in "
                    + String.format("%.1f s", seconds));
            return new IndexedCorpus(folder, library, model, articles, seconds);
        } catch (RuntimeException e) {
            if (library != null) {
                library.close();
            }
            deleteQuietly(folder);
            throw e;
        }
    }

    public NewsLibrary library() {
        return library;
    }

    MeasuredEmbeddingModel model() {
        return model;
    }

    List<Article> articles() {
        return articles;
    }

    double indexSeconds() {
        return indexSeconds;
    }

    @Override
    public void close() {
        try {
            library.close();
        } finally {
            deleteQuietly(folder);
        }
    }

    static IndexProgress progressOf(String label, Consumer<String> progress) {
        int[] lastTenth = {-1};
        return (done, total) -> {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth[0]) {
                lastTenth[0] = tenth;
                progress.accept(label + ": " + done + "/" + total + " passages embedded");
            }
        };
    }

    static Path createTempFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary data folder: " + e.getMessage(), e);
        }
    }

    static void deleteQuietly(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary folder is harmless; the OS cleans its temp space.
        }
    }
}
