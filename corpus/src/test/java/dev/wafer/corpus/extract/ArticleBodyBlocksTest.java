package dev.wafer.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The body keeps the page's blocks apart (a heading never runs into the paragraph after it, a list item or table
 * row is its own line) and leaves the page's crumbs out: reading time, view and comment counts, share and listen
 * buttons, image credits.
 */
class ArticleBodyBlocksTest {

    private static String body(String savedPage) throws IOException {
        try (InputStream in = ArticleBodyBlocksTest.class.getResourceAsStream("/pages/" + savedPage)) {
            return HtmlArticleExtractor.extract(in.readAllBytes(), null).body();
        }
    }

    @Test
    void headingsListItemsAndTableRowsEndAsTheirOwnLines() throws IOException {
        List<String> lines = body("blocks-and-crumbs.html").lines().map(String::strip).filter(line -> !line.isEmpty()).toList();

        assertThat(lines).contains("A second supplier, not a replacement", "What the deal covers", "Volume",
                "About a fifth of next year's stacks, according to two people familiar with the plans.",
                "Price: not disclosed by either company.", "Supplier | Share", "Samsung | 20%");
        assertThat(lines).anyMatch(line -> line.startsWith("The agreement lands as demand"));
        assertThat(lines).anyMatch(line -> line.startsWith("Deliveries start in the second quarter"));
    }

    @Test
    void crumbsNeverEnterTheBody() throws IOException {
        String body = body("blocks-and-crumbs.html");

        assertThat(body).contains("Samsung will supply high-bandwidth memory", "Shares of the memory maker rose three percent");
        assertThat(body).doesNotContain("min read", "views", "Listen to this", "Image credit", "comments", "shares",
                "Getty Images", "Dana Reyes", "©");
    }

    @Test
    void aBoxOfOtherPagesAfterTheArticleEndsItInAnyLanguageAndItsButtonsStayOut() throws IOException {
        String body = body("other-pages-box.html");

        assertThat(body).contains("zweite Fabrik bauen", "Hälfte der Kosten trägt der Staat");
        assertThat(body).doesNotContain("Seite drucken", "Ähnliche Beiträge", "nach Sachsen zieht", "Chipmangel");
    }

    @Test
    void buttonsPrintedSideBySideStayOutAndTheStepsAroundThemStay() throws IOException {
        String body = body("recipe-with-buttons.html");

        assertThat(body).contains("schmeckt am zweiten Tag", "gib die Eier einzeln dazu", "streiche den Teig",
                "Zitronensaft und Puderzucker");
        assertThat(body).doesNotContain("Zum Rezept", "Drucken", "Pinnen", "Pinterest", "Bild anzeigen");
    }

    @Test
    void captionsEndingInACreditAndPromptsForOtherStoriesStayOut() throws IOException {
        String body = body("story-with-captions-and-prompts.html");

        assertThat(body).contains("trescientos trabajadores", "las prueba antes", "la mitad de la inversión",
                "doscientos trabajadores");
        assertThat(body).doesNotContain("MIRA", "Cinco cosas", "AFP", "día y noche", "Lee también", "precio de la memoria");
    }
}
