package dev.wafer.bot.command;

import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.format.JsonOutput;
import dev.wafer.bot.format.PlainText;
import dev.wafer.retrieval.timeline.Timeline;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "timeline", description = "A story's events in date order, one line per event, each cited and dated by"
        + " its earliest report; the newest " + dev.wafer.retrieval.timeline.TimelineBuilder.MAX_EVENTS
                + " events, older ones paged with --until.")
final class TimelineCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--since", paramLabel = "DATE", description = "Only events on or after this day (e.g. 2025-04-01).")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only events on or before this day.")
    String until;

    @Parameters(arity = "1..*", paramLabel = "TOPIC", description = "The story, e.g. H20 export licences.")
    List<String> words;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate from = day("--since", since);
        LocalDate to = day("--until", until);
        try (WaferServices services = options.openServices(spec)) {
            Timeline timeline = services.timeline(String.join(" ", words), from, to);
            var out = spec.commandLine().getOut();
            out.print(json ? JsonOutput.write(JsonOutput.timeline(timeline)) + "\n" : PlainText.timeline(timeline));
            out.flush();
        }
        return 0;
    }

    private LocalDate day(String option, String value) {
        return DayOption.parse(spec, option, value);
    }
}
