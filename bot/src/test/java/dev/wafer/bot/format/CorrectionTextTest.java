package dev.wafer.bot.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.correction.ChangeKind;
import dev.wafer.retrieval.correction.CitedClaim;
import dev.wafer.retrieval.correction.Correction;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectionTextTest {

    @Test
    void anUpdateFitsOneMessageCannotPingAndLinksWithoutPreviews() {
        String longClaim = "Samsung denied reports @everyone that it would cut HBM prices " + "for Nvidia ".repeat(200) + ".";
        Correction correction = new Correction(new CitedClaim("Samsung will cut HBM prices by 10% for Nvidia.",
                "https://chips.example/hbm", "Samsung to cut HBM prices", "Chip Wire", Instant.parse("2025-10-01T00:00:00Z"),
                List.of()), ChangeKind.DENIED, longClaim, "Samsung denies [price] cut", "Fab Daily",
                "https://fab.example/denial", Instant.parse("2025-10-09T00:00:00Z"));

        String text = CorrectionText.discord(correction);

        assertThat(text).hasSizeLessThan(DiscordText.MAX_MESSAGE)
                .startsWith("**Update:** newer news changes this answer (report denied).\nThen: “Samsung will cut HBM prices")
                .contains("[1] [Samsung to cut HBM prices](<https://chips.example/hbm>) — Chip Wire, 2025-10-01",
                        "[2] [Samsung denies (price) cut](<https://fab.example/denial>) — Fab Daily, 2025-10-09", "…” [2]")
                .doesNotContain("@everyone");
    }
}
