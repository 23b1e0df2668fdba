package dev.wafer.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.bot.CommandRun;
import dev.wafer.bot.feedback.AnswerMemory;
import dev.wafer.bot.feedback.PostedAnswer;
import dev.wafer.bot.settings.ServerSettingsStore;
import dev.wafer.retrieval.correction.CitedClaim;
import dev.wafer.retrieval.figure.Figures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectionsCommandTest {

    private static final String CLAIM = "Samsung expects to ship 8 million HBM3E stacks to Nvidia this year.";

    @TempDir
    Path temp;

    @Test
    void listsTheUpdateTheBotWouldPostAndPostsNothing() throws Exception {
        Path data = temp.resolve("data");
        Path news = Files.writeString(temp.resolve("news.jsonl"), """
                {"url":"https://news.example/hbm-cut","title":"Samsung trims HBM3E outlook","publisher":"Chip Wire","published":"2025-11-02","body":"Samsung now expects to ship 6 million HBM3E stacks to Nvidia this year after delays in qualification."}
                """);
        assertThat(CommandRun.of("import", "--data", data.toString(), news.toString()).exitCode()).isZero();
        AnswerMemory memory = new AnswerMemory(data.resolve("servers"), Duration.ofDays(30));
        memory.remember(answer(200, 300, 400));
        memory.remember(answer(201, 301, 401));
        new ServerSettingsStore(data.resolve("servers")).update(201, settings -> settings.withCorrections(false));
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        CommandRun run = CommandRun.of("corrections", "--data", data.toString(), "--since", today);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Server 200, thread 300, answer 400").contains("figure revised",
                "  then: " + CLAIM + " — Fab Daily, 2025-10-01 — https://fab.example/hbm",
                "  now:  Samsung now expects to ship 6 million HBM3E stacks", "https://news.example/hbm-cut")
                .as("a server that switched corrections off").doesNotContain("Server 201");
        assertThat(memory.open(Instant.now())).as("listing marks nothing as posted").hasSize(2);
        assertThat(CommandRun.of("corrections", "--data", data.toString(), "--since", "2099-01-01").out())
                .startsWith("No answer to update");
        CommandRun wrong = CommandRun.of("corrections", "--data", data.toString(), "--since", "last week");
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.err()).contains("--since: cannot read \"last week\" as a day; use e.g. 2025-10-01");
    }

    private static PostedAnswer answer(long guild, long channel, long message) {
        return new PostedAnswer(guild, channel, message, "How many HBM3E stacks will Samsung ship?", Instant.now(),
                List.of(new CitedClaim(CLAIM, "https://fab.example/hbm", "Samsung's HBM3E plans", "Fab Daily",
                        Instant.parse("2025-10-01T00:00:00Z"), Figures.in(CLAIM))), null);
    }
}
