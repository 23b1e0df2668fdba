package dev.wafer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wafer.corpus.source.DefaultFeeds;
import dev.wafer.corpus.source.FeedRefresher;
import dev.wafer.testkit.LoopbackServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A feed whose address carries a password and an API key: every command that shows feeds, in text and
 * in JSON, and the refresher's log lines show it redacted, so a pasted listing or a shared log leaks
 * neither.
 */
class FeedAddressesShownTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void aFeedsPasswordAndKeyAppearNowhere() throws Exception {
        System.setProperty("WAFER_STARTER", "off");
        Logger logger = (Logger) LoggerFactory.getLogger(FeedRefresher.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addAppender(log);
        try (LoopbackServer server = LoopbackServer.start().route("/feed.xml", request -> LoopbackServer.Reply.status(500))) {
            String secret = server.base().replace("://", "://reader:hunter2@") + "/feed.xml?apikey=s3cr3t&lang=en";
            String shown = server.base().replace("://", "://***@") + "/feed.xml?apikey=***&lang=en";
            for (String url : DefaultFeeds.URLS) {
                run("feeds", "remove", url);
            }

            List<String> printed = new ArrayList<>();
            CommandRun added = run("feeds", "add", secret);
            assertThat(added.out()).contains("Added " + shown);
            printed.add(added.out());
            CommandRun refreshJson = run("refresh", "--json");
            assertThat(refreshJson.exitCode()).isEqualTo(2);
            assertThat(JSON.readTree(refreshJson.out()).get("feeds").get(0).get("url").asText()).isEqualTo(shown);
            printed.add(refreshJson.out());
            printed.add(run("refresh").out());
            JsonNode list = JSON.readTree(run("feeds", "list", "--json").out());
            assertThat(list.get("feeds").get(0).get("url").asText()).isEqualTo(shown);
            assertThat(list.get("feeds").get(0).get("lastStatus").asText()).isEqualTo("failed");
            printed.add(list.toString());
            printed.add(run("feeds", "list").out());
            printed.add(run("status", "--json").out());
            printed.add(run("status").out());
            CommandRun removed = run("feeds", "remove", secret);
            assertThat(removed.out()).startsWith("Removed " + shown);
            printed.add(removed.out());
            log.list.forEach(event -> printed.add(event.getFormattedMessage()));

            assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).anyMatch(line -> line.contains(shown));
            assertThat(printed).noneMatch(text -> text.contains("hunter2") || text.contains("s3cr3t"));
        } finally {
            logger.detachAppender(log);
            logger.setLevel(level);
            System.clearProperty("WAFER_STARTER");
        }
    }

    private CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(args[0].equals("feeds") ? 2 : 1, "--data=" + data);
        return CommandRun.of(all.toArray(String[]::new));
    }
}
