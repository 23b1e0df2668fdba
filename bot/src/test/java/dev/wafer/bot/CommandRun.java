package dev.wafer.bot;

import dev.wafer.bot.command.WaferCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code wafer} command line in this JVM and captures what a user would see. */
public record CommandRun(int exitCode, String out, String err) {

    public static CommandRun of(String... args) {
        Offline.enforce();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = WaferCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new CommandRun(exit, out.toString(), err.toString());
    }
}
