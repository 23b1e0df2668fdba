package dev.wafer.bot.command;

import dev.wafer.bot.app.Status;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.format.JsonOutput;
import dev.wafer.bot.format.PlainText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status", aliases = "stats", description = "Is the news fresh? Articles, passages and their dates, articles"
        + " added in the last 24 h and 7 days, each feed's last success and last failure, feeds failing for more than a day.")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (WaferServices services = options.openServicesForReading(spec)) {
            Status status = services.status();
            var out = spec.commandLine().getOut();
            out.print(json ? JsonOutput.write(JsonOutput.status(status)) + "\n" : PlainText.health(status));
            out.flush();
        }
        return 0;
    }
}
