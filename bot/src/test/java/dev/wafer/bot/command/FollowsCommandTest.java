package dev.wafer.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.bot.CommandRun;
import dev.wafer.bot.follow.Follow;
import dev.wafer.bot.follow.FollowBook;
import dev.wafer.bot.follow.QuietHours;
import dev.wafer.corpus.DataFolder;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowsCommandTest {

    @TempDir
    Path data;

    @Test
    void listsEveryFollowWithWhereItPostsItsOptionsAndLastUpdate() {
        assertThat(CommandRun.of("follows", "--data", data.toString()).out()).isEqualTo("No one follows a story yet.\n");
        Instant created = Instant.parse("2026-11-02T10:00:00Z");
        FollowBook book = new FollowBook(DataFolder.open(data).follows());
        book.update(contents -> contents
                .with(new Follow("a1b2c3", 200L, 300L, 7L, "H20 export licence", 2, new QuietHours(22, 7), created, null))
                .with(new Follow("d4e5f6", null, null, 8L, "Intel 18A", 1, null, created, created.plusSeconds(3600))));

        CommandRun run = CommandRun.of("follows", "--data", data.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                id\twhere\ttopic\toptions\tlast update
                a1b2c3\tchannel 300 in server 200\tH20 export licence\tat least 2 outlets, quiet 22:00–07:00 UTC\tnone yet
                d4e5f6\tdirect messages of user 8\tIntel 18A\t-\t2026-11-02T11:00:00Z
                """);
    }
}
