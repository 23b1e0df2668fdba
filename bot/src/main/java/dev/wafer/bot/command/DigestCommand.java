package dev.wafer.bot.command;

import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.format.DigestText;
import dev.wafer.bot.format.JsonOutput;
import dev.wafer.retrieval.digest.Digest;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "digest", description = "The new stories, newest first, one line each, syndicated copies collapsed:"
        + " what the news channel would get next (new since its last digest), or --since a day. Posts nothing.")
final class DigestCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--since", paramLabel = "DATE", description = "Stories published on or after this day (e.g. 2025-10-01).")
    String since;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate day = DayOption.parse(spec, "--since", since);
        try (WaferServices services = options.openServices(spec)) {
            Digest digest = day != null ? services.digestSince(day) : services.nextDigest();
            var out = spec.commandLine().getOut();
            out.print(json ? JsonOutput.write(DigestText.json(digest)) + "\n" : DigestText.plain(digest));
            out.flush();
        }
        return 0;
    }
}
