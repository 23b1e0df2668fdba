package dev.wafer.bot.command;

import dev.wafer.bot.app.Settings;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.corpus.DataFolder;
import dev.wafer.corpus.solr.SolrSettings;
import dev.wafer.corpus.source.RefreshReport;
import dev.wafer.retrieval.NewsLibrary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options every command takes. They may also stand before the command's name ({@code wafer --data DIR
 * status}), where {@link WaferCommand} holds them; given after it, they win.
 */
public final class DataOptions {

    static final String DATA_DESCRIPTION = "Data folder (default: $WAFER_DATA, else ./wafer-data).";
    static final String VERBOSE_DESCRIPTION = "Print stack traces with errors.";

    @Option(names = "--data", paramLabel = "DIR", description = DATA_DESCRIPTION)
    Path data;

    @Option(names = "--verbose", description = VERBOSE_DESCRIPTION)
    boolean verbose;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The services this process already holds open, for commands it runs for another shell; else null. */
    private final WaferServices held;
    /** What the holding process does after a refresh it ran for another shell. */
    private final Consumer<RefreshReport> afterHeldRefresh;

    public DataOptions() {
        this(null, report -> { });
    }

    /**
     * Options whose commands run on {@code held}, whatever folder their arguments name; a refresh among
     * them is followed by {@code afterRefresh}, as the holder's own refreshes are.
     */
    DataOptions(WaferServices held, Consumer<RefreshReport> afterRefresh) {
        this.held = held;
        this.afterHeldRefresh = Objects.requireNonNull(afterRefresh, "afterRefresh");
    }

    /** The services over this folder, showing indexing progress on the command's stderr. */
    public WaferServices openServices(CommandSpec spec) {
        if (held != null) {
            return held.share();
        }
        return WaferServices.open(folder(), new StderrProgress(spec.commandLine().getErr(), "Indexing"));
    }

    /** The services over this folder, opened only to read (see {@link WaferServices#openForReading}). */
    public WaferServices openServicesForReading(CommandSpec spec) {
        if (held != null) {
            return held.share();
        }
        return WaferServices.openForReading(folder(), new StderrProgress(spec.commandLine().getErr(), "Indexing"));
    }

    /**
     * Called once a refresh has committed: a running bot that ran it for another shell posts what it posts
     * after its own refreshes (corrections, digests, follow updates); a command run on its own posts nothing,
     * having no Discord connection.
     */
    void refreshed(RefreshReport report) {
        afterHeldRefresh.accept(report);
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
        Path beforeTheCommand = topLevel().data;
        if (beforeTheCommand != null) {
            return DataFolder.open(beforeTheCommand);
        }
        String fromEnvironment = System.getenv("WAFER_DATA");
        return DataFolder.open(Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "wafer-data" : fromEnvironment));
    }

    /** The {@code wafer} command this one runs under, holding the options given before its name. */
    private WaferCommand topLevel() {
        CommandSpec root = command;
        while (root != null && root.parent() != null) {
            root = root.parent();
        }
        return root != null && root.userObject() instanceof WaferCommand wafer ? wafer : new WaferCommand();
    }
}
