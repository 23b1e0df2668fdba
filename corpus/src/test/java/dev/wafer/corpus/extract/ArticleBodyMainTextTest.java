package dev.wafer.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The main text is found on templates that mislead a reader of tags and classes: broken markup that makes a banner
 * or an aside the wrapper of the article, page builders that split one article into many small sections, and blocks
 * named as furniture (comments, author boxes, ratings) inside a wrapper named as the post.
 */
class ArticleBodyMainTextTest {

    private static String body(String savedPage) throws IOException {
        try (InputStream in = ArticleBodyMainTextTest.class.getResourceAsStream("/pages/" + savedPage)) {
            return HtmlArticleExtractor.extract(in.readAllBytes(), null).body();
        }
    }

    @Test
    void aLedeTheTemplateNamesBesideTheHeadlineOpensTheTextButAnotherPagesExcerptDoesNot() throws IOException {
        String body = body("named-lede-beside-headline.html");

        assertThat(body).startsWith("The new site doubles the foundry's capacity for stacked memory");
        assertThat(body).contains("start production next year", "approved the plans");
        assertThat(body).doesNotContain("Contract prices for stacked memory", "Memory prices rise again");
    }

    @Test
    void anUnclosedBannerThatWrapsThePageKeepsTheArticle() throws IOException {
        String body = body("banner-wraps-article.html");

        assertThat(body).contains("second advanced packaging line", "limited how many accelerators",
                "twice last year's volume");
        assertThat(body).doesNotContain("Cloud", "About");
    }

    @Test
    void anAsideHoldingThePagesDeclaredArticleBodyIsTheArticle() throws IOException {
        String body = body("aside-holds-article.html");

        assertThat(body).contains("cleared the merger", "The commitments answer that concern");
        assertThat(body).doesNotContain("Most read", "Memory prices rise again", "Contact the newsroom");
    }

    @Test
    void anArticleSplitIntoPageBuilderSectionsIsReadWhole() throws IOException {
        String body = body("page-builder-sections.html");

        assertThat(body).contains("Am Anfang steht ein Block aus Silizium", "Belichten und Ätzen",
                "Dieser Kreislauf wiederholt sich", "Zum Schluss prüft eine Maschine");
        assertThat(body).doesNotContain("Impressum", "Datenschutz", "Kontakt");
    }

    @Test
    void commentsReplyFormsRatingsAndAuthorBoxesStayOutEvenInsideThePost() throws IOException {
        String body = body("post-with-comments-and-author-box.html");

        assertThat(body).contains("keep their weights in memory", "sets the speed of answering");
        assertThat(body).doesNotContain("3 comments", "Great explanation", "how the stacks are cooled", "Leave a reply",
                "will not be published", "Was this post useful", "Sam Okafor");
    }

    @Test
    void creditLinesAndTheSitesInvitationsAtTheEndStayOut() throws IOException {
        String body = body("credits-and-invitations.html");

        assertThat(body).contains("neue Fabrik für Leistungshalbleiter", "Rund tausend Arbeitsplätze",
                "Der Bau soll im Frühjahr beginnen");
        assertThat(body).doesNotContain("Lena Berger", "JONAS WEBER", "Quelle:", "Newsletter", "App Store");
    }

    @Test
    void theSitesNoteOnItsAdvertisingAtTheEndStaysOut() throws IOException {
        String body = body("review-with-advertising-note.html");

        assertThat(body).contains("timed how long each took", "finished first", "drawing less power",
                "had no say in what we wrote");
        assertThat(body).doesNotContain("Advertising disclosure", "receive compensation", "affiliate links");
    }

    @Test
    void theLedeInTheArticlesOwnHeaderOpensTheText() throws IOException {
        String body = body("story-with-header-lede.html");

        assertThat(body).startsWith("The new plant doubles the number of accelerators");
        assertThat(body).contains("four hundred people", "without naming any of them");
        assertThat(body).doesNotContain("Home", "Share");
    }

    @Test
    void aLogInOverlayIsNotTheArticleAndAnArticleThatOpensOneStays() throws IOException {
        String body = body("article-under-login-overlay.html");

        assertThat(body).contains("fell for a second month in November", "made up for part of the fall");
        assertThat(body).doesNotContain("Sign in", "password", "terms of use");
    }

    @Test
    void theSitesAsksOfTheReaderAndTeasersCutShortStayOutWhereverTheyStand() throws IOException {
        String body = body("story-with-asks-and-teasers.html");

        assertThat(body).contains("separating a voice from the noise", "less than a milliwatt", "first ones in shops",
                "thirty engineers");
        assertThat(body).doesNotContain("download the", "please subscribe", "Weather reports");
    }
}
