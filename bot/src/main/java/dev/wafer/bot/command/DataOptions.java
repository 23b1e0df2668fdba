package dev.wafer.bot.command;

import dev.wafer.bot.app.Settings;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.store.solr.SolrSettings;
import dev.wafer.retrieval.NewsLibrary;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder (default: $WAFER_DATA, else ./wafer-data).")
    Path data;

    @Option(names = "--verbose", description = "Print stack traces with errors, and more log lines.")
    boolean verbose;

    /** The services this process already holds open, for commands it runs for another shell; else null. */
    private final WaferServices held;

    public DataOptions() {
        this(null);
    }

    /** Options whose commands run on {@code held}, whatever folder their arguments name. */
    DataOptions(WaferServices held) {
        this.held = held;
    }

    /** The services over this folder, showing indexing progress on the command's stderr. */
    public WaferServices openServices(CommandSpec spec) {
        if (held != null) {
            return held.share();
        }
        return WaferServices.open(folder(), new StderrProgress(spec.commandLine().getErr(), "Indexing"));
    }

    /** Whether these commands run inside the process that holds the folder (so never forward again). */
    boolean held() {
        return held != null;
    }

    /**
     * How to open this folder's news library, showing progress on {@code err}: where {@code WAFER_INDEX}
     * (environment or the folder's settings) says the articles and passages live.
     */
    public NewsLibrary.Options libraryOptions(PrintWriter err) {
        return NewsLibrary.Options.defaults().withProgress(new StderrProgress(err, "Indexing"))
                .withCluster(SolrSettings.fromSettings(Settings.load(folder(), System.getenv())));
    }

    public DataFolder folder() {
        if (held != null) {
            return held.library().folder();
        }
        if (data != null) {
            return DataFolder.open(data);
        }
        String fromEnvironment = System.getenv("WAFER_DATA");
        return DataFolder.open(Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "wafer-data" : fromEnvironment));
    }
}
