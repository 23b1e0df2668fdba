package dev.wafer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wafer.corpus.source.DefaultFeeds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** A moderator's session: set up feeds, refresh, ask, add a link, forget an article. Steps build on each other. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private LoopbackNewsSite site;
    private String data;

    @BeforeAll
    void start() throws Exception {
        site = new LoopbackNewsSite(2, 3);
        // No starter corpus to embed, so the test stays fast.
        System.setProperty("WAFER_STARTER", "off");
        data = folder.toString();
    }

    @AfterAll
    void stop() {
        System.clearProperty("WAFER_STARTER");
        site.close();
    }

    @Test
    @Order(1)
    void feedsAreAddedListedAndRemoved() throws Exception {
        assertThat(run("feeds", "list", "--json").exitCode()).isZero();
        for (String url : DefaultFeeds.URLS) {
            assertThat(run("feeds", "remove", url).out()).startsWith("Removed ");
        }
        assertThat(run("feeds", "add", site.feedUrl(0)).out()).contains("Added", "AI-chip and semiconductor news only");
        assertThat(run("feeds", "add", site.feedUrl(1), "--all-topics").exitCode()).isZero();
        assertThat(run("feeds", "add", site.brokenFeedUrl()).exitCode()).isZero();

        JsonNode list = JSON.readTree(run("feeds", "list", "--json").out());
        assertThat(list.get("feeds")).hasSize(3);
        assertThat(list.get("feeds").get(1).get("allTopics").asBoolean()).isTrue();
        assertThat(list.get("feeds").get(0).get("lastStatus").isNull()).isTrue();

        CommandRun bad = run("feeds", "add", "ftp://example.org/feed");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("\"ftp://example.org/feed\" is not a web address");
        CommandRun notListed = run("feeds", "remove", "https://nowhere.example/feed");
        assertThat(notListed.exitCode()).isEqualTo(1);
        assertThat(notListed.err()).contains("no feed https://nowhere.example/feed in the list");
        assertThat(run("feeds", "remove", "ftp://example.org/feed").err()).as("a typo is not reported as a missing feed")
                .contains("\"ftp://example.org/feed\" is not a web address");
    }

    @Test
    @Order(2)
    void refreshReportsEachFeedAsDocumentedAndExitsTwoWhenOneFailed() throws Exception {
        CommandRun refresh = run("refresh", "--json");

        assertThat(refresh.exitCode()).isEqualTo(2);
        JsonNode report = JSON.readTree(refresh.out());
        assertThat(fieldNames(report)).containsExactly("feeds", "added", "updated", "tookMs");
        assertThat(fieldNames(report.get("feeds").get(0)))
                .containsExactly("url", "status", "added", "updated", "duplicates", "offTopic", "error");
        assertThat(report.get("added").asInt()).isEqualTo(6);
        assertThat(report.get("feeds").get(0).get("status").asText()).isEqualTo("ok");
        assertThat(report.get("feeds").get(0).get("error").isNull()).isTrue();
        JsonNode broken = report.get("feeds").get(2);
        assertThat(broken.get("status").asText()).isEqualTo("failed");
        assertThat(broken.get("error").asText()).startsWith("the server answered HTTP 500");

        String listed = run("feeds", "list").out();
        assertThat(listed).contains("ok at ", "3 articles contributed", "last error: the server answered HTTP 500");
    }

    @Test
    @Order(2)
    void statusShowsWhatWasAddedAndEachFeedsLastSuccessAndFailure() throws Exception {
        JsonNode status = JSON.readTree(run("status", "--json").out());

        assertThat(status.path("addedLast24h").asLong()).isPositive();
        assertThat(status.path("addedLast7d").asLong()).isEqualTo(status.path("addedLast24h").asLong());
        assertThat(status.path("newest").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(status.path("corpus").asText()).isEqualTo("this data folder");
        JsonNode good = null;
        JsonNode broken = null;
        for (JsonNode feed : status.path("feeds")) {
            good = feed.path("url").asText().equals(site.feedUrl(0)) ? feed : good;
            broken = feed.path("url").asText().equals(site.brokenFeedUrl()) ? feed : broken;
        }
        assertThat(good).isNotNull();
        assertThat(good.path("lastSuccess").isNull()).isFalse();
        assertThat(good.path("failingSince").isNull()).isTrue();
        assertThat(broken).isNotNull();
        assertThat(broken.path("lastSuccess").isNull()).isTrue();
        assertThat(broken.path("lastFailure").asText()).isEqualTo(broken.path("failingSince").asText());
        assertThat(broken.path("lastError").asText()).isNotBlank();
        assertThat(broken.path("failingOverADay").asBoolean()).isFalse();
        assertThat(run("status").out()).contains("Added: ", "failing since");
    }

    @Test
    @Order(3)
    void aSecondRefreshOfGoodFeedsAddsNothingAndExitsZero() throws Exception {
        CommandRun again = run("refresh", "--json", "--feed", site.feedUrl(0), "--feed", site.feedUrl(1));

        assertThat(again.exitCode()).isZero();
        JsonNode report = JSON.readTree(again.out());
        assertThat(report.get("added").asInt()).isZero();
        assertThat(report.get("feeds").get(0).get("duplicates").asInt()).isEqualTo(3);

        CommandRun usage = run("refresh", "--feed", "not a url");
        assertThat(usage.exitCode()).isEqualTo(1);
        assertThat(usage.err()).startsWith("\"not a url\" is not a web address; give a full http:// or https:// URL");
    }

    @Test
    @Order(4)
    void newArticlesAreCitedAndAForgottenOneNeverAgain() throws Exception {
        String title = LoopbackNewsSite.title(0, 1);
        JsonNode answer = JSON.readTree(run("ask", "--json", title).out());
        assertThat(citedUrls(answer)).contains(site.pageUrl(0, 1));

        CommandRun forget = run("forget", site.pageUrl(0, 1) + "?utm_source=discord");
        assertThat(forget.exitCode()).isZero();
        assertThat(forget.out()).startsWith("Forgot: " + title);

        JsonNode after = JSON.readTree(run("ask", "--json", title).out());
        assertThat(citedUrls(after)).doesNotContain(site.pageUrl(0, 1));
        assertThat(run("forget", site.pageUrl(0, 1)).exitCode()).isEqualTo(1);
    }

    @Test
    @Order(5)
    void aModeratorCanAddOnePage() {
        CommandRun added = run("add-url", site.pageUrl(0, 1));
        assertThat(added.exitCode()).isZero();
        assertThat(added.out()).startsWith("Added: " + LoopbackNewsSite.title(0, 1) + " — Outlet 0, 2025-10-01");

        assertThat(run("add-url", site.pageUrl(0, 1)).out()).startsWith("Already stored: ");
        CommandRun missing = run("add-url", site.pageUrl(0, 1).replace("/news/", "/gone/"));
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("wafer: " + site.pageUrl(0, 1).replace("/news/", "/gone/")
                + ": the server answered HTTP 404 (Not Found)" + System.lineSeparator());
    }

    private CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(args[0].equals("feeds") ? 2 : 1, "--data=" + data);
        return CommandRun.of(all.toArray(String[]::new));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> citedUrls(JsonNode answer) {
        List<String> urls = new ArrayList<>();
        answer.get("citations").forEach(citation -> urls.add(citation.get("url").asText()));
        return urls;
    }
}
