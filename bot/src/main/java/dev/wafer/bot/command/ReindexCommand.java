package dev.wafer.bot.command;

import dev.wafer.retrieval.NewsLibrary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reindex", description = "Rebuild the passage index from the article store.")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try (NewsLibrary library = NewsLibrary.open(options.folder(),
                NewsLibrary.Options.defaults().withProgress(new StderrProgress(err, "Indexing")))) {
            int passages = library.reindex(new StderrProgress(err, "Reindexing"));
            spec.commandLine().getOut().printf("Reindexed %d articles into %d passages in %.1f s.%n",
                    library.stats().articles(), passages, (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }
}
