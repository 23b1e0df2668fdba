package dev.wafer.bot.command;

import dev.wafer.bot.app.NewsModeratorActions;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.corpus.Article;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "forget", exitCodeOnInvalidInput = 1,
        description = "Remove an article from the store and the index, so it is never cited again.")
final class ForgetCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Parameters(paramLabel = "URL", description = "The article's address (tracking parameters are ignored).")
    String url;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (WaferServices services = options.openServices(spec)) {
            Optional<Article> forgotten = NewsModeratorActions.of(services).forget(url);
            if (forgotten.isEmpty()) {
                spec.commandLine().getErr().printf("wafer: no stored article has the address %s%n", url);
                return 1;
            }
            spec.commandLine().getOut().printf("Forgot: %s — %s%n    %s%n", forgotten.get().title(),
                    forgotten.get().publisher(), forgotten.get().url());
        }
        return 0;
    }
}
