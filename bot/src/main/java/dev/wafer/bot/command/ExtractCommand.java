package dev.wafer.bot.command;

import dev.wafer.bot.format.JsonOutput;
import dev.wafer.corpus.extract.ExtractedPage;
import dev.wafer.corpus.extract.SavedPages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", exitCodeOnInvalidInput = 1,
        description = {"Show what Wafer would store from saved pages (.html, .htm, .html.gz; folders are recursed),"
                + " without storing anything.", "Exit code 2 when some page could not be read."})
final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--json", description = "One JSON object per page and line: file, title, publisher, publisherFrom (metadata, title, masthead, copyright or host), author, published, url, body.")
    boolean json;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Saved pages or folders of them.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (Path file : SavedPages.list(paths)) {
            SavedPages.Result result = SavedPages.read(file);
            failed += result.failed() ? 1 : 0;
            out.println(json ? JsonOutput.write(asJson(result)) : asText(result));
            out.flush();
        }
        return failed > 0 ? 2 : 0;
    }

    private static Map<String, Object> asJson(SavedPages.Result result) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("file", result.file().toString());
        if (result.failed()) {
            object.put("error", result.error());
            return object;
        }
        ExtractedPage page = result.page();
        object.put("title", page.title());
        object.put("publisher", page.publisher());
        object.put("publisherFrom", page.publisherFrom() == null ? null : page.publisherFrom().name().toLowerCase(Locale.ROOT));
        object.put("author", page.author());
        object.put("published", page.publishedAsStated() == null ? null : page.publishedAsStated().iso());
        object.put("url", page.canonicalUrl());
        object.put("body", page.body());
        return object;
    }

    private static String asText(SavedPages.Result result) {
        if (result.failed()) {
            return "failed  " + result.file() + ": " + result.error() + "\n";
        }
        ExtractedPage page = result.page();
        return "== " + result.file() + "\n"
                + "Title:     " + orDash(page.title()) + "\n"
                + "Publisher: " + orDash(page.publisher())
                + (page.publisherFrom() == null ? "" : " (from " + page.publisherFrom().name().toLowerCase(Locale.ROOT) + ")") + "\n"
                + "Published: " + (page.publishedAsStated() == null ? "undated" : page.publishedAsStated().iso()) + "\n"
                + "URL:       " + orDash(page.canonicalUrl()) + "\n\n"
                + page.body() + "\n";
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
