package dev.wafer.bot.command;

import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.control.ControlClient;
import dev.wafer.bot.control.ControlServer;
import dev.wafer.corpus.source.RefreshReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * Commands that work while another process ({@code wafer serve}, {@code wafer chat}) holds their data
 * folder: the caller hands its command line to that process over the folder's control socket, which runs
 * it on its open index, so the output and exit code are those of a command run here, and writes from both
 * sides queue on the one library instead of colliding.
 */
final class HolderCommands {

    /**
     * The commands a running bot runs for other shells. Not {@code serve} or {@code chat} (they would hold
     * the folder themselves), not {@code reindex} (it replaces the index the bot answers from; stop the bot
     * first), not {@code extract} (it needs no data folder).
     */
    static final Set<String> FORWARDED = Set.of("status", "ask", "timeline", "digest", "feeds", "import",
            "add-url", "forget", "refresh", "review");

    private HolderCommands() {
    }

    /** Runs a parsed command here, unless the folder it names is held by a live process: then there. */
    static IExecutionStrategy forwardingWhenHeld() {
        return parsed -> forward(parsed).orElseGet(() -> new CommandLine.RunLast().execute(parsed));
    }

    private static OptionalInt forward(ParseResult parsed) {
        ParseResult command = parsed.subcommand();
        if (command == null || !FORWARDED.contains(command.commandSpec().name()) || helpAsked(parsed)) {
            return OptionalInt.empty();
        }
        Optional<DataOptions> options = dataOptions(parsed);
        if (options.isEmpty() || options.get().held()) {
            return OptionalInt.empty();
        }
        Path socket;
        try {
            socket = options.get().folder().controlSocket();
        } catch (RuntimeException unusable) {
            return OptionalInt.empty(); // the command itself reports a folder it cannot use, in one line
        }
        CommandLine root = parsed.commandSpec().commandLine();
        return ControlClient.forward(socket, parsed.originalArgs(),
                Path.of("").toAbsolutePath(), root.getOut(), root.getErr());
    }

    /**
     * Starts taking commands from other shells on the folder {@code services} holds, until the result is
     * closed (before the services, so no command arrives on a closing folder).
     *
     * @param afterRefresh what this process does once a refresh asked from another shell has committed, as
     *                     after its own: a Discord bot posts its corrections, digests and follow updates
     */
    static Listening listen(WaferServices services, Consumer<RefreshReport> afterRefresh) {
        return new Listening(ControlServer.listen(services.library().folder().controlSocket(),
                (args, workingDirectory, out, err) -> run(services, afterRefresh, args, workingDirectory, out, err)));
    }

    /** The control socket while it is open; empty when none could be made (the reason is logged). */
    record Listening(Optional<ControlServer> server) implements AutoCloseable {
        @Override
        public void close() {
            server.ifPresent(ControlServer::close);
        }
    }

    /** Runs a command line that came over the control socket on {@code services}. */
    static int run(WaferServices services, Consumer<RefreshReport> afterRefresh, List<String> args, Path workingDirectory,
                   PrintWriter out, PrintWriter err) {
        CommandLine commandLine = WaferCommand.commandLine(new HeldFactory(services, afterRefresh));
        // Picocli turns path arguments into paths against this process's directory; the caller's is meant.
        commandLine.registerConverter(Path.class, text -> workingDirectory.resolve(text).normalize());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionStrategy(parsed -> {
            ParseResult command = parsed.subcommand();
            if (command != null && !FORWARDED.contains(command.commandSpec().name()) && !helpAsked(parsed)) {
                err.println("wafer: `" + command.commandSpec().name() + "` cannot run while another Wafer process "
                        + "holds the data folder " + services.library().folder().root() + ". Stop that process first.");
                return 1;
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        return commandLine.execute(args.toArray(String[]::new));
    }

    private static boolean helpAsked(ParseResult parsed) {
        for (ParseResult result = parsed; result != null; result = result.subcommand()) {
            if (result.isUsageHelpRequested() || result.isVersionHelpRequested()) {
                return true;
            }
        }
        return false;
    }

    /** The data options of the command that runs: the innermost command's, or an enclosing one's. */
    private static Optional<DataOptions> dataOptions(ParseResult parsed) {
        Optional<DataOptions> found = Optional.empty();
        for (ParseResult result = parsed; result != null; result = result.subcommand()) {
            for (var mixin : result.commandSpec().mixins().values()) {
                if (mixin.userObject() instanceof DataOptions options) {
                    found = Optional.of(options);
                }
            }
        }
        return found;
    }

    /** Gives every command's data options the services already open in this process, and what follows its refreshes. */
    private record HeldFactory(WaferServices services, Consumer<RefreshReport> afterRefresh) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == DataOptions.class) {
                return type.cast(new DataOptions(services, afterRefresh));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
