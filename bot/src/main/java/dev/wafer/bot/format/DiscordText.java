package dev.wafer.bot.format;

import dev.wafer.bot.app.Status;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Citation;
import dev.wafer.retrieval.timeline.Timeline;
import dev.wafer.retrieval.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers and status as Discord shows them: Markdown, sources as masked links whose URL sits in
 * angle brackets (Discord then shows no link preview), no text that could ping anyone, and no
 * message longer than Discord's 2,000 characters.
 */
public final class DiscordText {

    /** Discord refuses longer messages. */
    public static final int MAX_MESSAGE = 2000;
    /** Headlines run to about 100 characters; twice that keeps a real one whole and a line readable. */
    public static final int MAX_TITLE = 200;
    /**
     * Bidirectional controls (embeddings, overrides, isolates, marks) and zero-width characters: invisible,
     * and able to reverse how the rest of a line reads.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF\\u061C]");
    private static final String ZERO_WIDTH_SPACE = "\u200B";
    /** @everyone, @here, and the &lt;@id&gt; / &lt;@&amp;id&gt; / &lt;@!id&gt; mention syntax. */
    private static final Pattern PINGS = Pattern.compile("@(everyone|here)|<@([!&]?\\d+)>", Pattern.CASE_INSENSITIVE);
    /** A bare web address; kept as it is, in angle brackets so Discord shows no preview of it. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("<?https?://[^\\s<>]+>?", Pattern.CASE_INSENSITIVE);
    /** Discord's inline formatting characters, and the "](" that would make a masked link. */
    private static final Pattern FORMATTING = Pattern.compile("[\\\\*_~`|]|\\](?=\\()");
    /** Headings, block quotes, subtext and list markers at the start of a line. */
    private static final Pattern LINE_FORMATTING = Pattern.compile("(?m)^(\\s*)([#>]|-#|-\\s)");
    /** Where a long text may be cut: after a sentence's end or at a line break. */
    private static final Pattern BREAK = Pattern.compile("(?<=[.!?…][\"'”’)\\]]?)[ \\t]+|\\n+");

    private DiscordText() {
    }

    /** The answer with its numbered sources, as one or more messages of at most 2,000 characters. */
    public static List<String> answer(Answer answer) {
        StringBuilder text = new StringBuilder(plain(answer.text()));
        if (!answer.citations().isEmpty()) {
            text.append("\n\n**Sources**");
            for (Citation citation : answer.citations()) {
                text.append('\n').append(source(citation));
            }
        }
        answer.fallback().ifPresent(reason ->
                text.append("\n\n-# Answered without the language model: ").append(neutralise(reason)));
        return split(text.toString(), MAX_MESSAGE);
    }

    /**
     * A headline as a channel shows it, inside a masked link: on one line (a line break followed by
     * {@code #}, {@code >} or {@code - } would start a heading, quote or list), without direction
     * overrides or zero-width characters (which can make a title read differently from what it is), no
     * pings, no formatting, no brackets that end the link, and at most {@value #MAX_TITLE} characters
     * so the link after it survives in the same message.
     */
    public static String title(String headline) {
        String oneLine = INVISIBLE.matcher(headline == null ? "" : headline).replaceAll("").replaceAll("\\s+", " ").strip();
        if (oneLine.length() > MAX_TITLE) {
            oneLine = oneLine.substring(0, MAX_TITLE - 1).strip() + "…";
        }
        String neutral = neutralise(oneLine).replace("[", "(").replace("]", ")");
        return FORMATTING.matcher(neutral).replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
    }

    /** {@code [1] [Headline](<https://…>) — Publisher, 2025-08-14}: a masked link without a preview. */
    public static String source(Citation citation) {
        String title = title(citation.title());
        String link = citation.hasWebUrl() && !citation.url().contains(">") && !citation.url().contains(" ")
                ? "[" + title + "](<" + citation.url() + ">)"
                : title;
        return "[" + citation.n() + "] " + link + " — " + neutralise(citation.sourceLabel()) + ", " + citation.dateLabel();
    }

    /** A partial answer while it is being written, cut to fit one message. */
    public static String partial(String textSoFar) {
        String text = plain(textSoFar) + " …";
        return text.length() <= MAX_MESSAGE ? text : "… " + text.substring(text.length() - MAX_MESSAGE + 2);
    }

    /** A timeline as Discord shows it: one line per event, then the sources as masked links, split to fit. */
    public static List<String> timeline(Timeline timeline) {
        if (timeline.events().isEmpty()) {
            return List.of(plain("No dated news about \"" + timeline.topic() + "\"" + PlainText.range(timeline) + "."));
        }
        StringBuilder text = new StringBuilder("**Timeline: ").append(plain(timeline.topic())).append("**\n");
        timeline.olderUntil().ifPresent(day -> text.append("-# ").append(timeline.leftOut()).append(" earlier ")
                .append(timeline.leftOut() == 1 ? "event" : "events").append(" left out; see them with until: ")
                .append(day).append('\n'));
        for (TimelineEvent event : timeline.events()) {
            text.append(plain(PlainText.line(event))).append('\n');
        }
        text.append("\n**Sources**");
        for (Citation citation : timeline.citations()) {
            text.append('\n').append(source(citation));
        }
        return split(text.toString(), MAX_MESSAGE);
    }

    /** The status every front end shows, as one ephemeral message. */
    public static String status(Status status) {
        String shown = "**Wafer status**\n" + String.join("\n", StatusLines.of(status, url -> "<" + url + ">", DiscordText::plain));
        return shown.length() <= MAX_MESSAGE ? shown : shown.substring(0, MAX_MESSAGE - 1) + "…";
    }

    /**
     * Text from a source or a model, shown as written: it cannot ping, format or link. Formatting
     * characters are escaped, so a masked link such as {@code [nvidia-rebate.com](https://evil.example)}
     * shows its real target instead of hiding it; bare addresses stay readable, without a preview.
     * Wafer's own markup (the Sources list) is added after this.
     */
    public static String plain(String text) {
        String neutral = neutralise(text);
        StringBuilder out = new StringBuilder();
        Matcher address = WEB_ADDRESS.matcher(neutral);
        int from = 0;
        while (address.find()) {
            out.append(escapeFormatting(neutral.substring(from, address.start())));
            String url = address.group();
            out.append(url.startsWith("<") ? url : "<" + url + (url.endsWith(">") ? "" : ">"));
            from = address.end();
        }
        out.append(escapeFormatting(neutral.substring(from)));
        return out.toString();
    }

    private static String escapeFormatting(String text) {
        String inline = FORMATTING.matcher(text).replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
        return LINE_FORMATTING.matcher(inline).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + "\\"
                + match.group(2)));
    }

    /**
     * Text that cannot ping: a zero-width space after the @ of @everyone/@here and inside user and
     * role mentions. Allowed mentions are switched off on every message as well; this keeps the text
     * from even looking like a ping.
     */
    public static String neutralise(String text) {
        if (text == null) {
            return "";
        }
        Matcher matcher = PINGS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = matcher.group(1) != null
                    ? "@" + ZERO_WIDTH_SPACE + matcher.group(1)
                    : "<@" + ZERO_WIDTH_SPACE + matcher.group(2) + ">";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * Cuts {@code text} into pieces of at most {@code max} characters, at sentence ends or line
     * breaks where it can, at a space where a single sentence is too long, and mid-word only when a
     * "word" is longer than a message.
     */
    public static List<String> split(String text, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > max) {
            int cut = lastBreak(rest, max);
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() || pieces.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    private static int lastBreak(String text, int max) {
        int best = -1;
        Matcher matcher = BREAK.matcher(text);
        while (matcher.find() && matcher.start() <= max) {
            if (matcher.start() > 0) {
                best = matcher.start();
            }
        }
        if (best > 0) {
            return best;
        }
        int space = text.lastIndexOf(' ', max);
        return space > 0 ? space : max;
    }
}
