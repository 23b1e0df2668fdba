package dev.wafer.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    @Test
    void aWindows1252PageLabelledUtf8IsReadAsWindows1252() {
        byte[] bytes = "<p>SK hynix’s €1,000 premium</p>".getBytes(Charset.forName("windows-1252"));

        assertThat(TextDecoding.decode(bytes, "utf-8")).isEqualTo("<p>SK hynix’s €1,000 premium</p>");
    }

    @Test
    void theHeaderWinsWhenTheBytesAgreeWithIt() {
        byte[] bytes = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>naïve – ok</a>".getBytes(StandardCharsets.UTF_8);

        assertThat(TextDecoding.decode(bytes, "UTF-8")).contains("naïve – ok");
        assertThat(TextDecoding.charsetParameter("text/html; charset=\"Shift_JIS\"")).isEqualTo("Shift_JIS");
    }
}
