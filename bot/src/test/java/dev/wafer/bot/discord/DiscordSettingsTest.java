package dev.wafer.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

    @Test
    void readsTheEnvironment() {
        DiscordSettings settings = DiscordSettings.fromEnvironment(Map.of(
                "WAFER_DISCORD_SHARDS", "2", "WAFER_DISCORD_GUILD", "42", "WAFER_DISCORD_CHANNELS", "1, 2",
                "WAFER_DISCORD_API_URL", "http://127.0.0.1:9/api/v10", "WAFER_RATE_LIMIT", "3"));

        assertThat(settings.shards()).hasValue(2);
        assertThat(settings.guild()).hasValue(42);
        assertThat(settings.apiUrl()).isEqualTo("http://127.0.0.1:9/api/v10/");
        assertThat(settings.answersIn(2)).isTrue();
        assertThat(settings.answersIn(3)).isFalse();
        assertThat(settings.questionsPerMinute()).isEqualTo(3);
        assertThat(settings.perGuild()).isEqualTo(DiscordSettings.DEFAULT_PER_GUILD);
        assertThat(DiscordSettings.fromEnvironment(Map.of()).answersIn(3)).isTrue();
    }

    @Test
    void badValuesNameTheVariable() {
        assertThatThrownBy(() -> DiscordSettings.fromEnvironment(Map.of("WAFER_RATE_LIMIT", "0")))
                .hasMessageStartingWith("WAFER_RATE_LIMIT must be a whole number");
        assertThatThrownBy(() -> DiscordSettings.fromEnvironment(Map.of("WAFER_DISCORD_CHANNELS", "#general")))
                .hasMessageStartingWith("WAFER_DISCORD_CHANNELS must hold Discord ids");
        assertThatThrownBy(() -> DiscordSettings.fromEnvironment(Map.of("WAFER_DISCORD_GATEWAY_URL", "http://x")))
                .hasMessageStartingWith("WAFER_DISCORD_GATEWAY_URL must start with ws://");
    }
}
