package dev.wafer.bot.command;

import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.format.ReviewText;
import dev.wafer.bot.review.ReviewReport;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "review", description = "The questions the news could not answer (declined, or answered and voted"
        + " 👎), grouped by topic, most asked first, with the sources that came nearest and the 👍/👎 votes by topic;"
        + " a question the news answers since it was kept leaves the list.")
final class ReviewCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--since", paramLabel = "DAY", description = "Only questions asked on or after this day (e.g. 2025-10-01, UTC).")
    String since;

    @Option(names = "--csv", description = "One CSV row per topic instead of text.")
    boolean csv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate day = DayOption.parse(spec, "--since", since);
        try (WaferServices services = options.openServices(spec)) {
            ReviewReport report = services.review().report(day);
            var out = spec.commandLine().getOut();
            out.print(csv ? ReviewText.csv(report) : ReviewText.plain(report));
            out.flush();
        }
        return 0;
    }
}
