package dev.wafer.corpus.source;

import dev.wafer.corpus.Article;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The AI-chip news briefs bundled in the jar, so a new installation answers questions before any
 * feed has been fetched. Written for Wafer; each names its publisher and publication date.
 */
public final class StarterCorpus {

    static final String RESOURCE = "/wafer/starter/articles.jsonl";

    private StarterCorpus() {
    }

    public static List<Article> load(Instant importedAt) {
        try (InputStream stream = StarterCorpus.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("The starter corpus " + RESOURCE + " is missing from the jar; rebuild Wafer");
            }
            return JsonlArticleReader.urlOptional()
                    .read(Path.of("starter-corpus.jsonl"), new InputStreamReader(stream, StandardCharsets.UTF_8), importedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled starter corpus", e);
        }
    }
}
