package dev.wafer.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The lengths counted in one walk agree with what reading each block's text gives. */
class BlockLengthsTest {

    private static final String PAGE = """
            <body><div id="article"><p>The foundry   opened a second line
            for advanced packaging this spring.</p><p>Read <a href="/other">the earlier story</a> and
            <a href="#notes">the notes</a>.</p></div>
            <ul id="links"><li><a href="/a">Memory prices rise</a></li><li><a href="/b">A new fab</a></li></ul></body>""";

    @Test
    void textLengthsAndLinkSharesMatchEachBlocksOwnText() {
        Element body = Jsoup.parse(PAGE).body();
        BlockLengths lengths = BlockLengths.of(body);

        Element article = body.getElementById("article");
        assertThat(lengths.text(article)).isCloseTo(article.text().length(), within(2));
        assertThat(lengths.linkDensity(article)).isCloseTo(ArticleBody.linkDensity(article), within(0.02));
        assertThat(lengths.linkDensity(body.getElementById("links"))).isEqualTo(1.0);
        assertThat(lengths.linkDensity(article.child(0))).isZero();
    }
}
