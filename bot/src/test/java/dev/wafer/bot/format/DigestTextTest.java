package dev.wafer.bot.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.retrieval.digest.Digest;
import dev.wafer.retrieval.digest.DigestStory;
import dev.wafer.retrieval.sourcing.Sourcing;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestTextTest {

    private static final Instant DAY = Instant.parse("2025-10-14T09:00:00Z");

    private static List<String> posted(String title) {
        DigestStory story = new DigestStory("a", title, "Chip Ledger", DAY, "https://news.example/story", List.of(), List.of(), null);
        return DigestText.discord(new Digest(DAY.minusSeconds(86_400), List.of(story)));
    }

    @Test
    void aStoryRestingOnUnnamedSourcesSaysSoOnItsLine() {
        DigestStory story = new DigestStory("a", "Huawei readies a new Ascend chip", "Chip Ledger", DAY,
                "https://news.example/story", List.of(), List.of(), new Sourcing(Sourcing.Kind.ANONYMOUS, null, null));

        assertThat(DigestText.discord(new Digest(DAY.minusSeconds(86_400), List.of(story))).getFirst())
                .contains("Huawei readies a new Ascend chip").contains("— citing unnamed sources");
        assertThat(String.join("\n", posted("TSMC starts 2nm volume production"))).doesNotContain("citing");
    }

    @Test
    void aTitleCannotStartAHeadingQuoteOrListInTheChannel() {
        String shown = String.join("\n", posted("TSMC expands CoWoS\n# FREE GPUS\n> click here\n- also this"));

        assertThat(shown.lines().filter(line -> line.matches("^\\s*([#>]|- ).*"))).isEmpty();
        assertThat(shown).contains("TSMC expands CoWoS").contains("(<https://news.example/story>)");
    }

    @Test
    void directionOverridesAndZeroWidthCharactersAreRemovedFromTitles() {
        String shown = posted("Nvidia\u202E sales\u200B rise\u2066 \uFEFFagain").getFirst();

        assertThat(shown).contains("Nvidia sales rise again")
                .doesNotContain("\u202E", "\u2066", "\uFEFF");
    }

    @Test
    void anOverlongTitleIsShortenedAndItsLinkKept() {
        List<String> messages = posted("Chip ".repeat(1_000));

        assertThat(messages).hasSize(1);
        assertThat(messages.getFirst()).contains("…](<https://news.example/story>) — Chip Ledger, 2025-10-14")
                .hasSizeLessThan(DiscordText.MAX_MESSAGE);
    }
}
