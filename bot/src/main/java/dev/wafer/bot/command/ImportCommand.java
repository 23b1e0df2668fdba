package dev.wafer.bot.command;

import dev.wafer.bot.app.WaferServices;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.extract.PublishedDates;
import dev.wafer.corpus.source.ArticleFileException;
import dev.wafer.corpus.source.ArticleFiles;
import dev.wafer.corpus.source.ImportDefaults;
import dev.wafer.corpus.store.UpsertResult;
import dev.wafer.retrieval.NewsLibrary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = {
        "Import articles from files or folders: JSON Lines (.jsonl), text or Markdown (.txt, .md), saved pages (.html).",
        "Each file is imported whole or not at all; a bad file is reported and the others still import.",
        "Exit code: 0 when every file imported, 2 when some failed."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--publisher", paramLabel = "NAME",
            description = "Publisher for text and HTML files that do not name one.")
    String publisher;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (e.g. 2025-08-14) for text and HTML files that do not give one.")
    String published;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ImportDefaults defaults = new ImportDefaults(Optional.ofNullable(publisher), publishedDate());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        int imported = 0;
        int skipped = 0;
        try (WaferServices services = options.openServices(spec)) {
            NewsLibrary library = services.library();
            ArticleFiles.Listing listing = ArticleFiles.expand(paths);
            skipped = listing.skipped().size();
            for (Path file : listing.skipped()) {
                out.printf("skipped %s: not an article file (.jsonl, .txt, .md, .html)%n", file);
            }
            for (Path file : listing.files()) {
                try {
                    List<Article> articles = ArticleFiles.read(file, defaults, Instant.now());
                    UpsertResult result = library.ingest(articles, new StderrProgress(err, file.getFileName().toString()));
                    imported++;
                    out.printf("ok      %s: %d article%s (%d added, %d updated, %d unchanged)%n", file, articles.size(),
                            articles.size() == 1 ? "" : "s", result.added().size(), result.updated().size(),
                            result.unchanged().size());
                } catch (ArticleFileException e) {
                    failed++;
                    out.printf("failed  %s%n", e.getMessage());
                }
            }
        }
        out.printf("%d file%s imported, %d failed%s.%n", imported, imported == 1 ? "" : "s", failed,
                skipped == 0 ? "" : ", " + skipped + " skipped");
        return failed == 0 ? 0 : 2;
    }

    private Optional<Instant> publishedDate() {
        if (published == null) {
            return Optional.empty();
        }
        return Optional.of(PublishedDates.parse(published).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--published: cannot read \"" + published + "\" as a date; use e.g. 2025-08-14")));
    }
}
