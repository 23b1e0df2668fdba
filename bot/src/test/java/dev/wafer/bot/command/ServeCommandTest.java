package dev.wafer.bot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void missingTokenIsOneClearLineAndExitCodeOne() throws Exception {
        Path empty = Files.writeString(dir.resolve("token"), "  \n");
        StringWriter err = new StringWriter();
        var commandLine = WaferCommand.commandLine();
        commandLine.setErr(new PrintWriter(err));

        int exit = commandLine.execute("serve", "--data", dir.resolve("data").toString(), "--token-file", empty.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("wafer: The token file").contains("is empty");
    }

    @Test
    void tokenComesFromTheFileFirstThenTheEnvironment() throws Exception {
        Path file = Files.writeString(dir.resolve("token"), "from-file\n");

        assertThat(ServeCommand.token(file, "from-env")).isEqualTo("from-file");
        assertThat(ServeCommand.token(null, " from-env ")).isEqualTo("from-env");
        assertThatThrownBy(() -> ServeCommand.token(null, null)).hasMessageStartingWith("No Discord bot token");
        assertThatThrownBy(() -> ServeCommand.token(null, "two words"))
                .hasMessageContaining("spaces").hasMessageNotContaining("two words");
    }
}
