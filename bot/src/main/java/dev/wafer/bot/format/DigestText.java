package dev.wafer.bot.format;

import dev.wafer.retrieval.digest.Digest;
import dev.wafer.retrieval.digest.DigestStory;
import dev.wafer.retrieval.index.Passage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A news digest as the console, JSON and a Discord channel show it: one line per story. */
public final class DigestText {

    private DigestText() {
    }

    /** {@code • Headline — Reuters, 2025-10-14 — https://… (also: EE Times, HPCwire)}, related stories indented. */
    public static String plain(Digest digest) {
        if (digest.isEmpty()) {
            return "Nothing new since " + Passage.dateLabel(digest.since()) + ".\n";
        }
        StringBuilder out = new StringBuilder();
        for (DigestStory story : digest.stories()) {
            out.append("• ").append(line(story, false)).append('\n');
            for (DigestStory related : story.related()) {
                out.append("    also on this: ").append(line(related, false)).append('\n');
            }
        }
        return out.toString();
    }

    /** Messages for a channel: masked links without previews, nothing that can ping, each under 2,000 characters. */
    public static List<String> discord(Digest digest) {
        StringBuilder text = new StringBuilder("**New in AI-chip news**\n");
        for (DigestStory story : digest.stories()) {
            text.append("• ").append(line(story, true)).append('\n');
            for (DigestStory related : story.related()) {
                text.append("  ↳ ").append(line(related, true)).append('\n');
            }
        }
        return DiscordText.split(text.toString(), DiscordText.MAX_MESSAGE);
    }

    private static String line(DigestStory story, boolean discord) {
        String title = discord ? DiscordText.title(story.title()) : story.title();
        String head = discord && story.url() != null && story.url().startsWith("http") && !story.url().contains(">")
                ? "[" + title + "](<" + story.url() + ">)" : title;
        StringBuilder line = new StringBuilder(head).append(" — ")
                .append(discord ? DiscordText.plain(story.publisher()) : story.publisher()).append(", ")
                .append(Passage.dateLabel(story.published()));
        if (!discord && story.url() != null && story.url().startsWith("http")) {
            line.append(" — ").append(story.url());
        }
        if (!story.alsoReportedBy().isEmpty()) {
            String also = String.join(", ", story.alsoReportedBy());
            line.append(" (also: ").append(discord ? DiscordText.plain(also) : also).append(')');
        }
        story.sourcing().caveat().ifPresent(caveat -> line.append(" — ").append(discord ? DiscordText.plain(caveat) : caveat));
        return line.toString();
    }

    /** {@code {since, stories:[{title, publisher, published, url, alsoReportedBy, related}]}}, newest first. */
    public static Map<String, Object> json(Digest digest) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("since", digest.since().toString());
        List<Map<String, Object>> stories = new ArrayList<>();
        digest.stories().forEach(story -> stories.add(story(story)));
        json.put("stories", stories);
        return json;
    }

    private static Map<String, Object> story(DigestStory story) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", story.title());
        json.put("publisher", story.publisher());
        json.put("published", story.published() == null ? null : story.published().toString());
        json.put("url", story.url());
        json.put("alsoReportedBy", story.alsoReportedBy());
        if (!story.related().isEmpty()) {
            json.put("related", story.related().stream().map(DigestText::story).toList());
        }
        return json;
    }
}
