package dev.wafer.eval.command;

import dev.wafer.bot.Offline;
import dev.wafer.bot.command.WaferCommand;
import picocli.CommandLine;

/**
 * Entry point of the evaluation jar: the {@code wafer} command line with {@code eval} and {@code bench}
 * added. The product jar carries neither; {@code ./wafer eval} and {@code ./wafer bench} run this one.
 */
public final class EvalMain {

    private EvalMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        Offline.enforce();
        return commandLine().execute(args);
    }

    /** Wafer's command line plus the measuring commands. */
    public static CommandLine commandLine() {
        return WaferCommand.commandLine().addSubcommand(new EvalCommand()).addSubcommand(new BenchCommand());
    }
}
