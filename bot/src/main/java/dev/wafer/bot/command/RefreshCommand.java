package dev.wafer.bot.command;

import dev.wafer.bot.app.NewsModeratorActions;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.format.JsonOutput;
import dev.wafer.corpus.source.Feed;
import dev.wafer.corpus.source.FeedReport;
import dev.wafer.corpus.source.RefreshReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "refresh", exitCodeOnInvalidInput = 1, description = {
        "Fetch the configured feeds (or only those given with --feed) and add their new on-topic articles.",
        "Exit code: 0 when every feed succeeded, 2 when some failed (the others were still added),",
        "1 on a usage or setup error."})
final class RefreshCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--feed", paramLabel = "URL",
            description = "Refresh only this feed (repeatable). A feed not in the list is read once, topic filter on.")
    List<String> feeds = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> urls = feeds.stream().map(url -> FeedsCommand.requireWebAddress(spec.commandLine(), url)).toList();
        RefreshReport report;
        try (WaferServices services = options.openServices(spec)) {
            report = NewsModeratorActions.of(services).refresh(urls);
            options.refreshed(report); // right after the refresh's last commit, as the bot's own refreshes
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.write(json(report)));
        } else {
            for (FeedReport feed : report.feeds()) {
                if (feed.ok()) {
                    out.printf("ok      %s: %d added, %d updated, %d duplicate%s, %d off-topic%n", Feed.shown(feed.url()), feed.added(),
                            feed.updated(), feed.duplicates(), feed.duplicates() == 1 ? "" : "s", feed.offTopic());
                } else {
                    out.printf("failed  %s: %s%n", Feed.shown(feed.url()), feed.error());
                }
            }
            long failed = report.feeds().stream().filter(feed -> !feed.ok()).count();
            out.printf("%d added, %d updated from %d feed%s in %.1f s%s.%n", report.added(), report.updated(),
                    report.feeds().size(), report.feeds().size() == 1 ? "" : "s", report.took().toMillis() / 1000.0,
                    failed == 0 ? "" : "; " + failed + " failed");
        }
        out.flush();
        return report.allSucceeded() ? 0 : 2;
    }

    /** The documented {@code --json} shape. */
    static Map<String, Object> json(RefreshReport report) {
        List<Map<String, Object>> feeds = new ArrayList<>();
        for (FeedReport feed : report.feeds()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("url", Feed.shown(feed.url()));
            item.put("status", feed.status());
            item.put("added", feed.added());
            item.put("updated", feed.updated());
            item.put("duplicates", feed.duplicates());
            item.put("offTopic", feed.offTopic());
            item.put("error", feed.error());
            feeds.add(item);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("feeds", feeds);
        json.put("added", report.added());
        json.put("updated", report.updated());
        json.put("tookMs", report.took().toMillis());
        return json;
    }
}
