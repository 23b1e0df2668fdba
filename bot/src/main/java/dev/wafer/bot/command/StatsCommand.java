package dev.wafer.bot.command;

import dev.wafer.bot.format.JsonOutput;
import dev.wafer.bot.format.PlainText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", description = "Show how many articles and passages the data folder holds, and their dates.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (WaferServices services = WaferServices.open(options.folder(), new StderrProgress(spec.commandLine().getErr(), "Indexing"))) {
            Status status = services.status();
            var out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> object = new LinkedHashMap<>();
                object.put("articles", status.articles());
                object.put("passages", status.passages());
                object.put("oldest", JsonOutput.date(status.oldest()));
                object.put("newest", JsonOutput.date(status.newest()));
                out.println(JsonOutput.write(object));
            } else {
                out.print(PlainText.status(status));
            }
            out.flush();
        }
        return 0;
    }
}
