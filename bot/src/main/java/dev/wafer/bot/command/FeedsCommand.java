package dev.wafer.bot.command;

import dev.wafer.bot.app.FeedChange;
import dev.wafer.bot.app.NewsModeratorActions;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.app.WebAddress;
import dev.wafer.bot.format.JsonOutput;
import dev.wafer.corpus.source.Feed;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "feeds", description = "List, add or remove the RSS/Atom feeds that `wafer refresh` reads.",
        exitCodeOnInvalidInput = 1,
        subcommands = {FeedsCommand.Add.class, FeedsCommand.Remove.class, FeedsCommand.ListFeeds.class})
final class FeedsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", exitCodeOnInvalidInput = 1, description = {
            "Add a feed (RSS 0.9x/1.0/2.0 or Atom). Its items are filtered to AI-chip, semiconductor and",
            "AI-infrastructure news unless --all-topics is given. Adding a listed feed again updates that setting."})
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOptions options;
        @Option(names = "--all-topics", description = "Keep every item of this feed (no topic filter).")
        boolean allTopics;
        @Parameters(paramLabel = "URL", description = "The feed's address (http or https).")
        String url;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            requireWebAddress(spec.commandLine(), url);
            try (WaferServices services = options.openServices(spec)) {
                FeedChange change = NewsModeratorActions.of(services).addFeed(url, allTopics);
                spec.commandLine().getOut().printf("%s %s (%s)%n", change.added() ? "Added" : "Updated", Feed.shown(change.url()),
                        change.allTopics() ? "all topics" : "AI-chip and semiconductor news only");
            }
            return 0;
        }
    }

    @Command(name = "remove", exitCodeOnInvalidInput = 1,
            description = "Stop reading a feed. Articles it brought in stay; use `wafer forget URL` to remove one.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        DataOptions options;
        @Parameters(paramLabel = "URL", description = "The feed's address, as listed by `wafer feeds list`.")
        String url;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String address = requireWebAddress(spec.commandLine(), url);
            try (WaferServices services = options.openServices(spec)) {
                String removed = NewsModeratorActions.of(services).removeFeed(address);
                spec.commandLine().getOut().printf("Removed %s%n", Feed.shown(removed));
            } catch (IllegalArgumentException notListed) {
                spec.commandLine().getErr().printf("wafer: no feed %s in the list; see `wafer feeds list`%n", Feed.shown(address));
                return 1;
            }
            return 0;
        }
    }

    @Command(name = "list", exitCodeOnInvalidInput = 1,
            description = "Show each feed with its last fetch, last status and the articles it contributed.")
    static final class ListFeeds implements Callable<Integer> {
        @Mixin
        DataOptions options;
        @Option(names = "--json", description = "Print one JSON object instead of text.")
        boolean json;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<Feed> feeds;
            try (WaferServices services = options.openServices(spec)) {
                feeds = NewsModeratorActions.of(services).feeds();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                List<Map<String, Object>> items = new ArrayList<>();
                for (Feed feed : feeds) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    // Shown as everywhere else: a list piped into a ticket or chat must not carry a feed's key.
                    item.put("url", Feed.shown(feed.url()));
                    item.put("allTopics", feed.allTopics());
                    item.put("lastFetched", feed.lastFetched() == null ? null : feed.lastFetched().toString());
                    item.put("lastStatus", feed.lastStatus());
                    item.put("lastError", feed.lastError());
                    item.put("articlesContributed", feed.articlesContributed());
                    items.add(item);
                }
                out.println(JsonOutput.write(Map.of("feeds", items)));
                return 0;
            }
            if (feeds.isEmpty()) {
                out.println("No feeds. Add one with: wafer feeds add URL");
                return 0;
            }
            for (Feed feed : feeds) {
                String status = feed.lastStatus() == null ? "never fetched"
                        : feed.lastStatus() + " at " + feed.lastFetched().toString().replace('T', ' ').replaceFirst("\\.\\d+Z$|Z$", " UTC");
                out.printf("%s%n    %s · %d article%s contributed · %s%n", Feed.shown(feed.url()), status, feed.articlesContributed(),
                        feed.articlesContributed() == 1 ? "" : "s", feed.allTopics() ? "all topics" : "topic filter on");
                if (feed.lastError() != null) {
                    out.printf("    last error: %s%n", feed.lastError());
                }
            }
            return 0;
        }
    }

    /** The address if it is an absolute http(s) URL; otherwise a usage error naming it. */
    static String requireWebAddress(CommandLine commandLine, String url) {
        try {
            return WebAddress.of(url);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, e.getMessage(), e);
        }
    }
}
