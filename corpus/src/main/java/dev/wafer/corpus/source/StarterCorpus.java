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
 * feed has been fetched. Written for Wafer; each names its publisher and publication date. They are
 * Wafer's own summaries of those outlets' reports, not the outlets' words, so they carry a reference that
 * says so ({@link #isBrief}) and no web address: an address is only given where the page is known to exist.
 */
public final class StarterCorpus {

    static final String RESOURCE = "/wafer/starter/articles.jsonl";

    /** How the reference of a brief without a known page begins: {@code wafer:starter/<id>}, never a link. */
    public static final String BRIEF_REFERENCE = "wafer:starter/";

    private StarterCorpus() {
    }

    /** True for the reference of one of Wafer's own briefs (a summary of a report, not the report). */
    public static boolean isBrief(String reference) {
        return reference != null && reference.startsWith(BRIEF_REFERENCE);
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
