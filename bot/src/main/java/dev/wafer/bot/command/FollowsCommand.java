package dev.wafer.bot.command;

import dev.wafer.bot.follow.FollowBook;
import dev.wafer.bot.format.FollowText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Every follow in the data folder. The list is its own small file, read under its lock, so this works
 * while a bot runs on the folder and opens no index.
 */
@Command(name = "follows", description = "List every followed story: where its updates go, the topic, its options"
        + " (min_outlets, quiet hours in UTC) and when it last posted; tab-separated.")
final class FollowsCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        out.print(FollowText.table(new FollowBook(options.folder().follows()).load().follows()));
        out.flush();
        return 0;
    }
}
