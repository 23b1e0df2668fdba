package dev.wafer.bot.command;

import dev.wafer.bot.app.NewsModeratorActions;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.format.JsonOutput;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.source.PageImport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add-url", exitCodeOnInvalidInput = 1, description = {
        "Fetch one article page and add it (no topic filter: you chose it).",
        "A page already stored is not added again; another outlet's copy of a stored story is recorded on it."})
final class AddUrlCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Parameters(paramLabel = "URL", description = "The article's address (http or https).")
    String url;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String address = FeedsCommand.requireWebAddress(spec.commandLine(), url);
        try (WaferServices services = options.openServices(spec)) {
            PageImport result = NewsModeratorActions.of(services).addArticle(address);
            Article article = result.article();
            PrintWriter out = spec.commandLine().getOut();
            String line = result.outcome().description();
            out.printf("%s: %s — %s, %s%n    %s%n", line, article.title(), article.publisher(),
                    article.published() == null ? "undated" : JsonOutput.date(article.published()), article.url());
            out.flush();
        }
        return 0;
    }
}
