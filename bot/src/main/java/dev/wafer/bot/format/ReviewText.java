package dev.wafer.bot.format;

import dev.wafer.bot.review.ReviewReport;
import dev.wafer.bot.review.TopicGroup;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The review of what the news could not answer, for moderators: as plain text (command line and
 * console), as one Discord message, and as CSV for a spreadsheet.
 */
public final class ReviewText {

    /** Topics listed in text; the CSV has them all. */
    static final int TOPICS_SHOWN = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReviewText() {
    }

    public static String plain(ReviewReport report) {
        return String.join("\n", lines(report, UnaryOperator.identity(), TOPICS_SHOWN)) + "\n";
    }

    /** One Discord message: as many topics as fit, every text from a user or a source shown as written. */
    public static String discord(ReviewReport report) {
        for (int shown = Math.min(TOPICS_SHOWN, report.gaps().size()); ; shown--) {
            String text = String.join("\n", lines(report, DiscordText::plain, Math.max(shown, 0)));
            if (text.length() <= DiscordText.MAX_MESSAGE || shown <= 0) {
                return text.length() <= DiscordText.MAX_MESSAGE ? text
                        : text.substring(0, DiscordText.MAX_MESSAGE - 1) + "…";
            }
        }
    }

    private static List<String> lines(ReviewReport report, UnaryOperator<String> shown, int topics) {
        List<String> lines = new ArrayList<>();
        String since = report.since() == null ? "" : " since " + report.since();
        if (report.gaps().isEmpty()) {
            lines.add("No unanswered questions kept" + since + ". Questions the news does not cover, and answers"
                    + " voted 👎, are listed here by topic.");
        } else {
            lines.add("What the news could not answer" + since + ", most asked first (" + report.gaps().size()
                    + " topic" + (report.gaps().size() == 1 ? "" : "s") + "):");
        }
        for (int i = 0; i < Math.min(topics, report.gaps().size()); i++) {
            TopicGroup group = report.gaps().get(i);
            lines.add((i + 1) + ". " + shown.apply(group.topic()) + " — " + times(group.gaps()) + " ("
                    + group.declined() + " declined, " + group.votedDown() + " 👎) in " + group.servers()
                    + (group.servers() == 1 ? " place" : " places") + ", last " + WHEN.format(group.last()));
            if (group.questions().size() > 1) {
                lines.add("   asked as: " + group.questions().stream()
                        .map(question -> "\"" + shown.apply(question.text()) + "\" ×" + question.count())
                        .collect(Collectors.joining("; ")));
            }
            if (!group.nearMiss().isEmpty()) {
                lines.add("   nearest sources: " + group.nearMiss().stream()
                        .map(source -> shown.apply(source.text()) + " ×" + source.count())
                        .collect(Collectors.joining("; ")));
            }
        }
        if (report.gaps().size() > topics) {
            lines.add("… and " + (report.gaps().size() - topics) + " more topics (wafer review --csv lists them all).");
        }
        if (!report.votes().isEmpty()) {
            lines.add("Votes by topic:");
            report.votes().stream().limit(topics == 0 ? 0 : 10).forEach(group -> lines.add("   👍 " + group.votedUp()
                    + " 👎 " + group.votedDown() + " — " + shown.apply(group.topic())));
        }
        if (report.rechecked() > 0) {
            lines.add("Asked again after news arrived: " + report.rechecked() + " question"
                    + (report.rechecked() == 1 ? "" : "s") + ", " + report.answered() + " answered now and taken off the list.");
        }
        return lines;
    }

    private static String times(int count) {
        return count == 1 ? "once" : count + " times";
    }

    /**
     * One row per topic: the gaps first, most asked first, then the topics only voted on. Questions and
     * sources are joined with " | " within their cell.
     */
    public static String csv(ReviewReport report) {
        StringBuilder out = new StringBuilder("topic,declined,voted_down,voted_up,places,last_asked,questions,nearest_sources\n");
        Set<TopicGroup> rows = new LinkedHashSet<>(report.gaps());
        rows.addAll(report.votes());
        for (TopicGroup group : rows) {
            out.append(String.join(",", cell(group.topic()), String.valueOf(group.declined()),
                    String.valueOf(group.votedDown()), String.valueOf(group.votedUp()), String.valueOf(group.servers()),
                    group.last().toString(),
                    cell(group.questions().stream().map(q -> q.text() + " ×" + q.count()).collect(Collectors.joining(" | "))),
                    cell(group.nearMiss().stream().map(s -> s.text() + " ×" + s.count()).collect(Collectors.joining(" | ")))))
                    .append('\n');
        }
        return out.toString();
    }

    /**
     * A CSV cell (RFC 4180 quoting). A cell that a spreadsheet would run as a formula (=, +, -, @) gets a
     * leading apostrophe: the questions are typed by anyone.
     */
    static String cell(String text) {
        String value = text.isEmpty() || "=+-@".indexOf(text.charAt(0)) < 0 ? text : "'" + text;
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
