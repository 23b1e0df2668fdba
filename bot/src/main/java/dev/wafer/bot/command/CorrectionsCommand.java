package dev.wafer.bot.command;

import dev.wafer.bot.app.Corrections;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.format.CorrectionText;
import dev.wafer.bot.settings.ServerSettingsStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "corrections", description = {"The \"Update:\" replies the bot would post in old threads: answers it "
        + "posted (within WAFER_CORRECTION_DAYS, not updated yet, in servers with corrections on) whose cited claim an "
        + "article stored since a day changes. Posts nothing."})
final class CorrectionsCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--since", paramLabel = "DATE", description = "Articles stored on or after this day (UTC, e.g. 2025-10-01); "
            + "default: the whole correction window.")
    String since;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate day = DayOption.parse(spec, "--since", since);
        try (WaferServices services = options.openServices(spec)) {
            Corrections corrections = services.corrections(new ServerSettingsStore(services.library().folder().servers()));
            Instant from = day != null ? day.atStartOfDay().toInstant(ZoneOffset.UTC)
                    : services.library().clock().instant().minus(Corrections.window(services.settings()));
            List<Corrections.Pending> due = corrections.pending(from);
            var out = spec.commandLine().getOut();
            if (due.isEmpty()) {
                out.println("No answer to update: nothing stored since " + from.toString().substring(0, 10)
                        + " changes a claim an answer in the window cited.");
            }
            due.forEach(update -> out.print(CorrectionText.plain(update)));
            out.flush();
        }
        return 0;
    }
}
