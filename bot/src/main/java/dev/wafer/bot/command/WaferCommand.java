package dev.wafer.bot.command;

import dev.wafer.bot.app.Failures;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

@Command(name = "wafer", mixinStandardHelpOptions = true, versionProvider = JarVersion.class,
        description = "Answers questions about AI-chip news with short answers that cite dated sources.",
        subcommands = {AskCommand.class, ChatCommand.class, ImportCommand.class, StatusCommand.class,
                ReindexCommand.class, FeedsCommand.class, RefreshCommand.class, AddUrlCommand.class,
                ForgetCommand.class, TimelineCommand.class, DigestCommand.class, FollowsCommand.class,
                CorrectionsCommand.class, ReviewCommand.class, ExtractCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Measuring Wafer: `./wafer eval` (retrieval and answer quality on a benchmark) and `./wafer bench`"
                + " (speed and scale) run from the evaluation jar, which the product jar does not carry."})
public final class WaferCommand implements Runnable {

    /** {@code --data} before the command's name; the command's own {@code --data} wins. */
    @Option(names = "--data", paramLabel = "DIR", description = DataOptions.DATA_DESCRIPTION)
    Path data;

    @Option(names = "--verbose", description = DataOptions.VERBOSE_DESCRIPTION)
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The configured command line: errors become one clear line on stderr and exit code 1, and a command
     * on a data folder that a running bot holds runs in that bot.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = commandLine(CommandLine.defaultFactory());
        commandLine.setExecutionStrategy(HolderCommands.forwardingWhenHeld());
        return commandLine;
    }

    static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine commandLine = new CommandLine(new WaferCommand(), factory);
        commandLine.setExecutionExceptionHandler(WaferCommand::handle);
        return commandLine;
    }

    private static int handle(Exception error, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        // The trace is for whoever asks for it: a person at a terminal gets the one line.
        err.println("wafer: " + Failures.message(error, "running " + command.getCommandName(),
                "Run it again with --verbose to see the details."));
        if (verbose(parsed)) {
            error.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult result = parsed; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
