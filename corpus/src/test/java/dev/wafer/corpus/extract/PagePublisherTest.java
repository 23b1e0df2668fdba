package dev.wafer.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The publisher a page names for itself, each way a page says it, and where it was read. */
class PagePublisherTest {

    private static ExtractedPage page(String savedPage, String address) throws IOException {
        try (InputStream in = PagePublisherTest.class.getResourceAsStream("/web/" + savedPage)) {
            return HtmlArticleExtractor.extract(in.readAllBytes(), address);
        }
    }

    @Test
    void thePublishersMetadataComesFirstJsonLdBeforeOpenGraph() throws IOException {
        ExtractedPage page = page("outlet-metadata.html", "https://dieshot.example/a");

        assertThat(page.publisher()).isEqualTo("Die Shot");
        assertThat(page.publisherFrom()).isEqualTo(PublisherSource.METADATA);
    }

    @Test
    void aTitleEndingInTheOutletsNameGivesIt() throws IOException {
        ExtractedPage page = page("outlet-title.html", "https://wsj-chips.example/a");

        assertThat(page.publisher()).isEqualTo("Wafer Street Journal");
        assertThat(page.publisherFrom()).isEqualTo(PublisherSource.TITLE);
        assertThat(page.title()).isEqualTo("Accelerator moves to two-nanometre process");
    }

    @Test
    void aTitleStartingWithTheOutletsNameGivesIt() {
        String html = """
                <html><head><title>Node Report | TSMC starts 2nm output in Hsinchu</title></head><body>
                <h1>TSMC starts 2nm output in Hsinchu</h1><p>The foundry said volume production began this quarter.</p>
                </body></html>""";

        ExtractedPage page = HtmlArticleExtractor.extract(html, null);

        assertThat(page.publisher()).isEqualTo("Node Report");
        assertThat(page.publisherFrom()).isEqualTo(PublisherSource.TITLE);
    }

    @Test
    void theMastheadsLogoTextGivesItWhenTheTitleIsTheHeadlineAlone() throws IOException {
        ExtractedPage page = page("outlet-masthead.html", "https://gateoxide.example/a");

        assertThat(page.publisher()).isEqualTo("Gate Oxide Daily");
        assertThat(page.publisherFrom()).isEqualTo(PublisherSource.MASTHEAD);
    }

    @Test
    void theCopyrightHolderGivesItWhenNothingAboveDoes() throws IOException {
        ExtractedPage page = page("outlet-copyright.html", "https://photomask.example/a");

        assertThat(page.publisher()).isEqualTo("Photomask Media Group");
        assertThat(page.publisherFrom()).isEqualTo(PublisherSource.COPYRIGHT);
    }

    @Test
    void aPageThatNamesNobodyIsCreditedToItsHostAndSaysSo() throws IOException {
        ExtractedPage page = page("outlet-unnamed.html", "https://www.lithography-notes.example/2025/a");

        assertThat(page.publisher()).isEqualTo("lithography-notes.example");
        assertThat(page.publisherFrom()).isEqualTo(PublisherSource.HOST);
        assertThat(page("outlet-unnamed.html", null).publisher()).isNull();
    }
}
