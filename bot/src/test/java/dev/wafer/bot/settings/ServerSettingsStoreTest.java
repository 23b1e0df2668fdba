package dev.wafer.bot.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSettingsStoreTest {

    private static final long GUILD = 42, OTHER = 43;

    @Test
    void eachServerKeepsItsOwnSettingsAcrossRestartsAndABadValueChangesNothing(@TempDir Path folder) throws Exception {
        ServerSettingsStore store = new ServerSettingsStore(folder);
        assertThat(store.get(GUILD)).isEqualTo(ServerSettings.defaults(GUILD));

        store.update(GUILD, settings -> settings.withMentionChannel(7, true).withCorrections(false));
        String saved = Files.readString(folder.resolve(GUILD + ".json"));
        assertThatThrownBy(() -> store.update(GUILD, settings -> settings.withFollowLimits(0, 10)))
                .hasMessage("per_user: takes 1 to 25.");

        ServerSettings reopened = new ServerSettingsStore(folder).get(GUILD);
        assertThat(reopened.answersIn(7)).isTrue();
        assertThat(reopened.answersIn(8)).isFalse();
        assertThat(reopened.corrections()).isFalse();
        assertThat(Files.readString(folder.resolve(GUILD + ".json"))).isEqualTo(saved);
        assertThat(store.get(OTHER).answersIn(8)).as("another server is untouched").isTrue();
        assertThat(store.all()).extracting(ServerSettings::guild).containsExactly(GUILD);
    }

    @Test
    void digestTopicsAreReadAsAdminsTypeThemAndMatchHeadlinesByTheirWords() {
        ServerSettings settings = ServerSettings.defaults(GUILD)
                .withDigest(1L, "daily", ServerSettings.topics(" HBM , export rules,hbm "));

        assertThat(settings.digestTopics()).containsExactly("hbm", "export rules");
        assertThat(settings.wantsInDigest("SK hynix ships HBM4 samples")).isTrue();
        assertThat(settings.wantsInDigest("US tightens export rules on AI chips")).isTrue();
        assertThat(settings.wantsInDigest("DeepSeek delays R2")).isFalse();
    }
}
