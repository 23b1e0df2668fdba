package dev.wafer.bot.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wafer.corpus.source.Feed;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Citation;
import dev.wafer.retrieval.answer.Removal;
import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.timeline.Timeline;
import dev.wafer.retrieval.timeline.TimelineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --json} shapes, built as ordered maps so the field order is the documented one. */
public final class JsonOutput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonOutput() {
    }

    public static Map<String, Object> answer(Answer answer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("question", answer.question());
        json.put("answer", answer.text());
        json.put("mode", answer.mode().label());
        json.put("abstained", answer.abstained());
        json.put("citations", citations(answer.citations()));
        answer.fallback().ifPresent(reason -> json.put("fallbackReason", reason));
        if (answer.mode() == Answer.Mode.LLM || !answer.removed().isEmpty()) {
            List<Map<String, Object>> removed = new ArrayList<>();
            for (Removal removal : answer.removed()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("sentence", removal.sentence());
                item.put("reason", removal.reason());
                removed.add(item);
            }
            json.put("removed", removed);
        }
        json.put("tookMs", answer.took().toMillis());
        json.put("searchMs", answer.searchTook().toMillis());
        return json;
    }

    /** {@code {topic, events:[{date, text, citations, outlets}], citations:[…], leftOut, since, until}} */
    public static Map<String, Object> timeline(Timeline timeline) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("topic", timeline.topic());
        List<Map<String, Object>> events = new ArrayList<>();
        for (TimelineEvent event : timeline.events()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("date", event.date().toString());
            item.put("text", event.text());
            item.put("citations", event.citations());
            item.put("outlets", event.outlets());
            events.add(item);
        }
        json.put("events", events);
        json.put("citations", citations(timeline.citations()));
        json.put("leftOut", timeline.leftOut());
        json.put("since", timeline.since() == null ? null : timeline.since().toString());
        json.put("until", timeline.until() == null ? null : timeline.until().toString());
        return json;
    }

    private static List<Map<String, Object>> citations(List<Citation> cited) {
        List<Map<String, Object>> citations = new ArrayList<>();
        for (Citation citation : cited) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("n", citation.n());
            item.put("title", citation.title());
            item.put("publisher", citation.publisher());
            item.put("url", citation.url());
            item.put("published", date(citation.published()));
            item.put("brief", citation.isBrief());
            citation.sourcingRead().ifPresent(sourcing -> {
                // {kind, via, note}: what the cited claim rests on in that article.
                Map<String, Object> read = new LinkedHashMap<>();
                read.put("kind", sourcing.kind().label());
                sourcing.viaOutlet().ifPresent(via -> read.put("via", via));
                sourcing.noteText().ifPresent(note -> read.put("note", note));
                item.put("sourcing", read);
            });
            citations.add(item);
        }
        return citations;
    }

    /** {@code wafer status --json}: coverage, freshness and each feed's health. */
    public static Map<String, Object> status(dev.wafer.bot.app.Status status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("articles", status.articles());
        json.put("passages", status.passages());
        json.put("oldest", date(status.oldest()));
        json.put("newest", date(status.newest()));
        json.put("answerMode", status.answerMode());
        json.put("corpus", status.corpus());
        json.put("addedLast24h", status.addedLastDay());
        json.put("addedLast7d", status.addedLastWeek());
        json.put("starterLoaded", status.starterLoaded());
        json.put("stale", status.stale());
        json.put("nextRefresh", status.nextRefresh() == null ? null : status.nextRefresh().toString());
        List<Map<String, Object>> feeds = new ArrayList<>();
        for (var feed : status.feeds()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("url", Feed.shown(feed.url()));
            item.put("lastStatus", feed.lastStatus());
            item.put("lastSuccess", feed.lastSuccess() == null ? null : feed.lastSuccess().toString());
            item.put("lastFailure", feed.lastFailure() == null ? null : feed.lastFailure().toString());
            item.put("lastError", feed.lastError());
            item.put("failingSince", feed.failingSince() == null ? null : feed.failingSince().toString());
            item.put("failingOverADay", feed.failingLongerThan(dev.wafer.bot.app.Status.FAILING_TOO_LONG, status.at()));
            item.put("articlesContributed", feed.articlesContributed());
            feeds.add(item);
        }
        json.put("feeds", feeds);
        return json;
    }

    /** {@code 2025-08-14}, or null for an undated article. */
    public static String date(Instant instant) {
        return instant == null ? null : Passage.dateLabel(instant);
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON output", e);
        }
    }
}
