package dev.wafer.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebAddressTest {

    @Test
    void aFullHttpOrHttpsAddressIsTakenWithoutTheBlanksAroundIt() {
        assertThat(WebAddress.of("  https://www.eetimes.com/feed/ \n")).isEqualTo("https://www.eetimes.com/feed/");
        assertThat(WebAddress.of("HTTP://news.example/rss?topic=chips")).isEqualTo("HTTP://news.example/rss?topic=chips");
    }

    @Test
    void anAddressWithoutSchemeOrHostIsRefusedNamingWhatWasTyped() {
        assertThatThrownBy(() -> WebAddress.of("www.eetimes.com/feed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"www.eetimes.com/feed\" is not a web address; give a full http:// or https:// URL");
        assertThatThrownBy(() -> WebAddress.of("https:///feed")).hasMessageContaining("\"https:///feed\" is not a web address");
        assertThatThrownBy(() -> WebAddress.of("https://exa mple.com/feed")).hasMessageContaining("is not a web address");
    }

    @Test
    void otherSchemesAreRefusedSoNoLocalFileOrFtpIsFetched() {
        assertThatThrownBy(() -> WebAddress.of("file:///etc/passwd")).hasMessageContaining("give a full http:// or https:// URL");
        assertThatThrownBy(() -> WebAddress.of("ftp://news.example/feed.xml")).hasMessageContaining("is not a web address");
    }

    @Test
    void nothingTypedAsksForAnAddress() {
        assertThatThrownBy(() -> WebAddress.of(null)).hasMessage("Give a web address starting with https://");
        assertThatThrownBy(() -> WebAddress.of("   ")).hasMessage("Give a web address starting with https://");
    }
}
