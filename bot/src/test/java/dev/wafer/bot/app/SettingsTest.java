package dev.wafer.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wafer.corpus.DataFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path data;

    @Test
    void theFolderFileGivesSettingsAndTheEnvironmentWins() throws IOException {
        DataFolder folder = DataFolder.open(data);
        Files.writeString(folder.config(), """
                # language model for this server
                WAFER_LLM_PROVIDER=ollama
                WAFER_LLM_MODEL = llama3.1
                WAFER_REFRESH_MINUTES=30
                """);
        Map<String, String> settings = Settings.load(folder,
                Map.of("WAFER_LLM_MODEL", "qwen2.5", "PATH", "/usr/bin", "HOME", "/root"));
        assertThat(settings).containsEntry("WAFER_LLM_PROVIDER", "ollama")
                .containsEntry("WAFER_LLM_MODEL", "qwen2.5")
                .containsEntry("WAFER_REFRESH_MINUTES", "30")
                .doesNotContainKeys("PATH", "HOME");
    }

    @Test
    void noFileMeansTheEnvironmentAlone() {
        assertThat(Settings.load(DataFolder.open(data), Map.of("WAFER_LLM_PROVIDER", "none")))
                .isEqualTo(Map.of("WAFER_LLM_PROVIDER", "none"));
    }

    @Test
    void aTokenOrTypoInTheFileIsRefusedWithTheReason() throws IOException {
        DataFolder folder = DataFolder.open(data);
        Files.writeString(folder.config(), "DISCORD_TOKEN=abc\n");
        assertThatThrownBy(() -> Settings.load(folder, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown key \"DISCORD_TOKEN\"")
                .hasMessageNotContaining("abc");
    }

    @Test
    void aBareTokenLineIsRefusedByItsLineNumberWithoutShowingIt() throws IOException {
        DataFolder folder = DataFolder.open(data);
        String token = "MTA5ODc2NTQzMjEwOTg3NjU0Mw.GaBcDe.fGhIjKlMnOpQrStUvWxYz0123456789abcdef";
        Files.writeString(folder.config(), "# Wafer\nWAFER_LLM_PROVIDER=ollama\n\n" + token + "\n");

        assertThatThrownBy(() -> Settings.load(folder, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("KEY=value")
                .hasMessageNotContaining(token)
                .hasMessageNotContaining(token.substring(0, 12));
    }

    @Test
    void aTokenUnderAKeyThatIsNoSettingNameIsNotEchoedEither() throws IOException {
        DataFolder folder = DataFolder.open(data);
        String token = "MTA5ODc2NTQzMjEwOTg3NjU0Mw.GaBcDe.fGhIjKlMnOpQrStUvWxYz0123456789abcdef";
        Files.writeString(folder.config(), "WAFER_LLM_PROVIDER=ollama\n" + token + " = x\n");

        assertThatThrownBy(() -> Settings.load(folder, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2")
                .hasMessageNotContaining(token.substring(0, 12));
    }

    @Test
    void anUnknownSettingNameIsNamedWithItsLine() throws IOException {
        DataFolder folder = DataFolder.open(data);
        Files.writeString(folder.config(), "WAFER_LLM_PROVIDER=ollama\nDISCORD_TOKEN=MTA5ODc2NTQzMjEwOTg3NjU0Mw.GaBcDe.fGh\n");

        assertThatThrownBy(() -> Settings.load(folder, Map.of()))
                .hasMessageContaining("line 2")
                .hasMessageContaining("unknown key \"DISCORD_TOKEN\"")
                .hasMessageNotContaining("MTA5");
    }
}
