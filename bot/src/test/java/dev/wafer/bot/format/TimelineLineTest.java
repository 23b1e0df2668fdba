package dev.wafer.bot.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.sourcing.Sourcing;
import dev.wafer.retrieval.timeline.TimelineEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineLineTest {

    private static String line(Sourcing sourcing) {
        return PlainText.line(new TimelineEvent(LocalDate.of(2025, 3, 4), "Nvidia is preparing a cut-down H20 for China.",
                List.of(1), List.of("Wire", "Daily Chips"), sourcing));
    }

    @Test
    void anEventTheReportsTellOnlyFromUnnamedSourcesSaysSo() {
        assertThat(line(new Sourcing(Sourcing.Kind.ANONYMOUS, null, null)))
                .startsWith("2025-03-04 — Nvidia is preparing a cut-down H20 for China")
                .endsWith("(+1 outlet) — citing unnamed sources");
        assertThat(line(new Sourcing(Sourcing.Kind.ESTIMATE, null, null))).endsWith("— an estimate");
        assertThat(line(new Sourcing(Sourcing.Kind.DENIED, null, "Nvidia denied the report")))
                .endsWith("— Nvidia denied the report");
    }

    @Test
    void anOfficialOrPlainlyReportedEventNeedsNoCaveat() {
        assertThat(line(Sourcing.of(Sourcing.Kind.OFFICIAL))).endsWith("(+1 outlet)");
        assertThat(line(Sourcing.of(Sourcing.Kind.REPORTED))).endsWith("(+1 outlet)");
    }
}
