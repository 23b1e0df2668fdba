package dev.wafer.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wafer.bot.CommandRun;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The `wafer` command line itself: where its options may stand, what its help and version say. */
class WaferCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @BeforeAll
    static void withoutStarterCorpus() {
        System.setProperty("WAFER_STARTER", "off");
    }

    @AfterAll
    static void restore() {
        System.clearProperty("WAFER_STARTER");
    }

    private Path news() throws URISyntaxException {
        return Path.of(WaferCommandTest.class.getResource("/news.jsonl").toURI());
    }

    @Test
    void dataAndVerboseMayStandBeforeTheCommandOrAfterIt() throws Exception {
        Path data = temp.resolve("data");
        assertThat(CommandRun.of("--data", data.toString(), "import", news().toString()).exitCode()).isZero();

        CommandRun before = CommandRun.of("--data", data.toString(), "status", "--json");
        CommandRun after = CommandRun.of("status", "--json", "--data", data.toString());

        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(JSON.readTree(before.out()).get("articles").asInt()).isEqualTo(6);
        assertThat(JSON.readTree(after.out()).get("articles").asInt()).isEqualTo(6);
        assertThat(CommandRun.of("--data", data.toString(), "feeds", "list").exitCode())
                .as("a command under a command sees it too").isZero();

        CommandRun other = CommandRun.of("--data", temp.resolve("elsewhere").toString(), "status", "--json",
                "--data", data.toString());
        assertThat(JSON.readTree(other.out()).get("articles").asInt()).as("the command's own --data wins").isEqualTo(6);

        CommandRun verbose = CommandRun.of("--verbose", "ask", "--data", data.toString(), "   ");
        assertThat(verbose.exitCode()).isEqualTo(1);
        assertThat(verbose.err()).startsWith("wafer: Ask a question").contains("\tat ");
    }

    @Test
    void topLevelHelpShowsEachCommandsFirstSentenceWhole() {
        CommandRun help = CommandRun.of("--help");
        // Wrapping may break a line anywhere; what must not happen is text left out.
        String shown = help.out().replaceAll("\\s+", "");

        List<CommandLine> commands = List.copyOf(WaferCommand.commandLine().getSubcommands().values());
        assertThat(commands).hasSizeGreaterThan(10);
        for (CommandLine command : commands) {
            // The list shows a command's header when it has one (picocli's own help does), else its description.
            String[] header = command.getCommandSpec().usageMessage().header();
            String[] summary = header.length > 0 ? header : command.getCommandSpec().usageMessage().description();
            String first = summary[0].replaceAll("\\s+", " ").strip();
            assertThat(first).as("the first line of %s's summary is a whole sentence", command.getCommandName())
                    .matches(".*[.?!)]$");
            assertThat(shown).as("the help lists %s with its whole first sentence", command.getCommandName())
                    .contains(first.replaceAll("\\s+", ""));
        }
        assertThat(help.out()).contains("--data=DIR").contains("--verbose");
    }

    @Test
    void theVersionIsTheOneTheBuildWroteIntoTheJar() {
        assertThat(JarVersion.lines("0.1.0")[0]).isEqualTo("Wafer 0.1.0");
        assertThat(JarVersion.lines("0.1.0")).anyMatch(line -> line.startsWith("Java " + Runtime.version().feature()));
        assertThat(JarVersion.lines(null)[0]).contains("development build");

        CommandRun version = CommandRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Wafer ");
    }
}
