package dev.wafer.bot.command;

import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.console.ChatConsole;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "chat", description = "An interactive console that answers like the Discord bot (/help, /status, /quit).")
final class ChatCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Spec
    CommandSpec spec;

    // The control socket is held open for the command's lifetime and closed with it; nothing else uses it.
    @SuppressWarnings("try")
    @Override
    public Integer call() throws IOException {
        // A refresh from another shell has nothing to post here: the console is not on Discord.
        try (WaferServices services = options.openServices(spec);
             HolderCommands.Listening control = HolderCommands.listen(services, report -> { })) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            new ChatConsole(services, in, spec.commandLine().getOut()).run();
        }
        return 0;
    }
}
