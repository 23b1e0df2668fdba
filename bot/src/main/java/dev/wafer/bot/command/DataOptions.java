package dev.wafer.bot.command;

import dev.wafer.bot.app.WaferServices;
import dev.wafer.corpus.DataFolder;
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

    /** The services over this folder, showing indexing progress on the command's stderr. */
    public WaferServices openServices(CommandSpec spec) {
        return WaferServices.open(folder(), new StderrProgress(spec.commandLine().getErr(), "Indexing"));
    }

    public DataFolder folder() {
        if (data != null) {
            return DataFolder.open(data);
        }
        String fromEnvironment = System.getenv("WAFER_DATA");
        return DataFolder.open(Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "wafer-data" : fromEnvironment));
    }
}
