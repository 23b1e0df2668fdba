package dev.wafer.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wafer.bot.CommandRun;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `wafer extract` shows what saved pages would give, as a moderator checks before importing them. */
class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = """
            <html><head><title>Cerebras files for IPO | Chip Ledger</title>
            <meta property="og:site_name" content="Chip Ledger">
            <meta property="article:published_time" content="2024-09-30T22:15:00-07:00">
            <link rel="canonical" href="https://chipledger.example/cerebras-ipo"></head>
            <body><nav>Home Chips</nav><article><h1>Cerebras files for IPO</h1>
            <p>Cerebras Systems, which builds wafer-scale AI processors, filed to list its shares on the Nasdaq.</p>
            <p>The company reported revenue of 136 million dollars for the first half of the year, mostly from G42.</p>
            </article><footer>Subscribe to our newsletter</footer></body></html>
            """;

    @TempDir
    Path temp;

    @Test
    void jsonGivesOneObjectPerPageWithThePagesOwnOffsetAndAnErrorLineForABrokenOne() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("saved/sub"));
        Files.writeString(temp.resolve("saved/cerebras.html"), PAGE);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve("undated.html.gz")))) {
            out.write(PAGE.replace("article:published_time", "x-ignored").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(folder.resolve("broken.html.gz"), "not gzip at all");
        Files.writeString(folder.resolve("notes.txt"), "not a page, not listed");
        Files.createDirectories(temp.resolve("saved/.cache"));
        Files.writeString(temp.resolve("saved/.cache/hidden.html"), PAGE);

        CommandRun result = CommandRun.of("extract", "--json", temp.resolve("saved").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        List<String> lines = result.out().strip().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode dated = JSON.readTree(lines.get(0));
        assertThat(dated.get("file").asText()).endsWith("cerebras.html");
        assertThat(dated.get("title").asText()).isEqualTo("Cerebras files for IPO");
        assertThat(dated.get("publisher").asText()).isEqualTo("Chip Ledger");
        assertThat(dated.get("publisherFrom").asText()).isEqualTo("metadata");
        assertThat(dated.get("published").asText()).isEqualTo("2024-09-30T22:15-07:00");
        assertThat(dated.get("url").asText()).isEqualTo("https://chipledger.example/cerebras-ipo");
        assertThat(dated.get("body").asText()).contains("wafer-scale AI processors", "136 million dollars")
                .doesNotContain("newsletter", "Home");
        assertThat(dated.has("author")).isTrue();
        JsonNode broken = JSON.readTree(lines.get(1));
        assertThat(broken.get("file").asText()).endsWith("broken.html.gz");
        assertThat(broken.get("error").asText()).contains("not gzip");
        JsonNode undated = JSON.readTree(lines.get(2));
        assertThat(undated.get("published").isNull()).isTrue();
        assertThat(undated.get("body").asText()).contains("wafer-scale");
    }

    @Test
    void plainOutputShowsTitlePublisherDateAddressAndBodyAndStoresNothing() throws Exception {
        Path page = Files.writeString(temp.resolve("cerebras.htm"), PAGE);

        CommandRun result = CommandRun.of("extract", page.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("Title:     Cerebras files for IPO", "Publisher: Chip Ledger (from metadata)", "Published: 2024-09-30T22:15-07:00",
                        "URL:       https://chipledger.example/cerebras-ipo", "filed to list its shares on the Nasdaq");
        assertThat(temp.resolve("data")).doesNotExist();
    }

    @Test
    void aMissingFileIsReportedAndExitsTwo() {
        CommandRun result = CommandRun.of("extract", temp.resolve("nope.html").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).contains("failed  " + temp.resolve("nope.html") + ": no such file");
    }
}
