package dev.wafer.bot.format;

import dev.wafer.bot.app.Status;
import dev.wafer.corpus.source.Feed;
import java.time.Instant;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Citation;
import dev.wafer.retrieval.answer.CitationMarks;
import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.timeline.Timeline;
import dev.wafer.retrieval.timeline.TimelineEvent;

/** Answers and status as a terminal shows them. */
public final class PlainText {

    private PlainText() {
    }

    public static String answer(Answer answer) {
        StringBuilder out = new StringBuilder(answer.text()).append('\n');
        if (!answer.citations().isEmpty()) {
            out.append("\nSources:\n");
            for (Citation citation : answer.citations()) {
                out.append(source(citation)).append('\n');
            }
        }
        answer.fallback().ifPresent(reason -> out.append("\n(answered without the language model: ").append(reason).append(")\n"));
        return out.toString();
    }

    /** {@code [1] Headline — Publisher, 2025-08-14 — https://…} */
    public static String source(Citation citation) {
        String line = "[" + citation.n() + "] " + citation.title() + " — " + citation.sourceLabel() + ", " + citation.dateLabel();
        return citation.hasWebUrl() ? line + " — " + citation.url() : line;
    }

    /** {@code 2025-04-15 — The US government told Nvidia … [1] (+1 outlet)}, oldest first, then the sources. */
    public static String timeline(Timeline timeline) {
        StringBuilder out = new StringBuilder();
        if (timeline.events().isEmpty()) {
            return "No dated news about \"" + timeline.topic() + "\"" + range(timeline) + ".\n";
        }
        timeline.olderUntil().ifPresent(day -> out.append("(").append(timeline.leftOut()).append(" earlier ")
                .append(timeline.leftOut() == 1 ? "event" : "events").append(" left out; see them with --until ")
                .append(day).append(")\n"));
        for (TimelineEvent event : timeline.events()) {
            out.append(line(event)).append('\n');
        }
        out.append("\nSources:\n");
        for (Citation citation : timeline.citations()) {
            out.append(source(citation)).append('\n');
        }
        return out.toString();
    }

    /** One event as a line; shared by every front end. */
    public static String line(TimelineEvent event) {
        StringBuilder line = new StringBuilder(event.date().toString()).append(" — ")
                .append(CitationMarks.mark(event.text(), event.citations()));
        if (event.otherOutlets() > 0) {
            line.append(" (+").append(event.otherOutlets()).append(event.otherOutlets() == 1 ? " outlet)" : " outlets)");
        }
        event.sourcing().caveat().ifPresent(caveat -> line.append(" — ").append(caveat));
        return line.toString();
    }

    static String range(Timeline timeline) {
        if (timeline.since() == null && timeline.until() == null) {
            return "";
        }
        return (timeline.since() == null ? "" : " since " + timeline.since())
                + (timeline.until() == null ? "" : " until " + timeline.until());
    }

    /** The status every front end shows, then each feed's last success and failure (a terminal has room). */
    public static String health(Status status) {
        StringBuilder out = new StringBuilder(String.join("\n", StatusLines.of(status, url -> url, text -> text))).append('\n');
        for (Feed feed : status.feeds()) {
            out.append("  ").append(Feed.shown(feed.url())).append("\n    last success ").append(moment(feed.lastSuccess()))
                    .append(", last failure ").append(moment(feed.lastFailure()));
            if (feed.failingSince() != null) {
                out.append(" (failing since ").append(moment(feed.failingSince())).append(": ").append(feed.lastError())
                        .append(')');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** {@code 2025-10-14 08:30 UTC}, or "never". */
    public static String moment(Instant instant) {
        return instant == null ? "never" : Passage.dateLabel(instant) + " " + instant.toString().substring(11, 16) + " UTC";
    }
}
