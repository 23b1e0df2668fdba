package dev.wafer.bot.command;

import dev.wafer.bot.Offline;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in-process and captures what a user would see. */
final class Cli {

    record Result(int exitCode, String out, String err) {
    }

    static Result run(String... args) {
        Offline.enforce();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = WaferCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Cli() {
    }
}
