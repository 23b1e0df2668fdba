package dev.wafer.retrieval.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestLedgerTest {

    private static final Instant NOW = Instant.parse("2025-06-02T12:00:00Z");

    @Test
    void aDigestSwitchedOnStartsThenAndEachPostMovesTheStartOn(@TempDir Path folder) {
        DigestLedger ledger = new DigestLedger(folder.resolve("digest.json"));
        Instant switchedOn = NOW.minus(Duration.ofHours(5));

        ledger.save(ledger.load().switchedOn(42L, "daily", switchedOn));
        assertThat(ledger.load().nextDigestFrom(NOW)).isEqualTo(switchedOn);

        ledger.save(ledger.load().afterPosting(NOW, List.of("a", "b")));
        DigestLedger.State reread = new DigestLedger(folder.resolve("digest.json")).load();
        assertThat(reread.nextDigestFrom(NOW.plusSeconds(60))).isEqualTo(NOW);
        assertThat(reread.posted()).containsExactly("a", "b");
        assertThat(reread.channel()).isEqualTo(42L);
        assertThat(reread.every()).isEqualTo("daily");
    }

    @Test
    void withNoDigestEverPostedOrSwitchedOnTheNextStartsADayBack(@TempDir Path folder) {
        DigestLedger.State never = new DigestLedger(folder.resolve("digest.json")).load();

        assertThat(never).isEqualTo(DigestLedger.State.OFF);
        assertThat(never.nextDigestFrom(NOW)).isEqualTo(NOW.minus(Duration.ofDays(1)));
    }

    @Test
    void switchingOffAndOnAgainKeepsWhatWasPostedAndWhereTheDigestWas(@TempDir Path folder) {
        DigestLedger.State posted = DigestLedger.State.OFF.switchedOn(7L, "refresh", NOW.minusSeconds(600))
                .afterPosting(NOW, List.of("a"));

        DigestLedger.State again = posted.switchedOff().switchedOn(8L, "weekly", NOW.plusSeconds(3600));

        assertThat(again.nextDigestFrom(NOW.plusSeconds(7200))).isEqualTo(NOW);
        assertThat(again.posted()).containsExactly("a");
        assertThat(posted.switchedOff().channel()).isNull();
    }

    @Test
    void anUnreadableLedgerSaysWhichFileAndWhatToDo(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("digest.json");
        Files.writeString(file, "{not json");

        assertThatThrownBy(() -> new DigestLedger(file).load()).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("fix or delete it");
    }
}
