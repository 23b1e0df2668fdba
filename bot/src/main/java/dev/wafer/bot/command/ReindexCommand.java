package dev.wafer.bot.command;

import dev.wafer.bot.app.Settings;
import dev.wafer.corpus.solr.SolrSettings;
import dev.wafer.retrieval.CorpusCopy;
import dev.wafer.retrieval.NewsLibrary;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reindex", description = {"Rebuild the passage index from the article store.",
        "With --to solr, copy this data folder's articles and passages (vectors included) into the Solr cluster",
        "that WAFER_SOLR_URL names (WAFER_SOLR_USER, WAFER_SOLR_PASSWORD, WAFER_SOLR_COLLECTION; see the README)."})
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--to", paramLabel = "ENGINE", description = "solr: copy into the shared corpus on a Solr cluster.")
    String to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        long start = System.nanoTime();
        if (to != null) {
            if (!to.equalsIgnoreCase("solr")) {
                throw new IllegalArgumentException("--to takes \"solr\", not \"" + to + "\"");
            }
            Map<String, String> settings = new HashMap<>(Settings.load(options.folder(), System.getenv()));
            settings.put(SolrSettings.INDEX, "solr");
            SolrSettings target = SolrSettings.fromSettings(settings).orElseThrow();
            try (NewsLibrary library = NewsLibrary.open(options.folder(),
                    options.libraryOptions(err).withCluster(Optional.empty()))) {
                CorpusCopy.Copied copied = CorpusCopy.toSolr(library, target, new StderrProgress(err, "Copying passages"));
                out.printf("Copied %d articles and their passages into Solr (%s, %s): it now holds %d passages."
                        + " Took %.1f s. Start Wafer with WAFER_INDEX=solr to use it.%n", copied.articles(),
                        target.articles(), target.passages(), copied.passages(), (System.nanoTime() - start) / 1e9);
            }
            return 0;
        }
        try (NewsLibrary library = NewsLibrary.open(options.folder(), options.libraryOptions(err))) {
            int passages = library.reindex(new StderrProgress(err, "Reindexing"));
            out.printf("Reindexed %d articles into %d passages in %.1f s.%n",
                    library.stats().articles(), passages, (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }
}
