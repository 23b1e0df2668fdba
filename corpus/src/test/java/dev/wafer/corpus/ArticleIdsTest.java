package dev.wafer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void trackingVariantsOfOneLinkGetTheSameId() {
        String plain = ArticleIds.forArticle("https://news.example.com/2025/08/14/r2-delay", "a");
        assertThat(ArticleIds.forArticle("https://News.Example.com:443/2025/08/14/r2-delay/?utm_source=x&utm_medium=rss#top", "b"))
                .isEqualTo(plain);
        assertThat(ArticleIds.forArticle("https://news.example.com/2025/08/14/r2-delay?fbclid=abc", "c")).isEqualTo(plain);
    }

    @Test
    void meaningfulQueryParametersAreKept() {
        assertThat(ArticleIds.canonicalUrl("https://example.com/article?id=42&utm_campaign=z"))
                .isEqualTo("https://example.com/article?id=42");
        assertThat(ArticleIds.forArticle("https://example.com/article?id=42", ""))
                .isNotEqualTo(ArticleIds.forArticle("https://example.com/article?id=43", ""));
    }

    @Test
    void articlesWithoutWebUrlAreIdentifiedByTheirText() {
        assertThat(ArticleIds.forArticle("file:a.txt", "Same  text\nhere"))
                .isEqualTo(ArticleIds.forArticle("file:b.txt", "same text here"))
                .isNotEqualTo(ArticleIds.forArticle("file:a.txt", "other text"));
    }
}
