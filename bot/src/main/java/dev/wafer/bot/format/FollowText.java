package dev.wafer.bot.format;

import dev.wafer.bot.follow.Follow;
import dev.wafer.bot.follow.Follows;
import dev.wafer.corpus.Article;
import dev.wafer.retrieval.follow.FollowStory;
import dev.wafer.retrieval.index.Passage;
import java.util.List;

/** Follows and their updates as a Discord message and as console lines. */
public final class FollowText {

    /** A claim is one sentence; a run-on one is cut so the update stays a glance. */
    private static final int MAX_CLAIM = 600;

    private FollowText() {
    }

    /**
     * {@code **Update on “H20 export licence”:** The claim. — [Reuters, 2026-11-02](<https://…>) (+2 outlets)}:
     * one message under 2,000 characters, a masked link without a preview, nothing that can ping.
     */
    public static String discord(Follows.Update update) {
        FollowStory story = update.story();
        Article lead = story.lead();
        String cited = DiscordText.title(lead.publisher()) + ", " + Passage.dateLabel(lead.published());
        String source = lead.hasWebUrl() && !lead.url().contains(">") && !lead.url().contains(" ")
                ? "[" + cited + "](<" + lead.url() + ">)" : cited;
        String text = "**Update on “" + DiscordText.title(update.follow().topic()) + "”:** "
                + DiscordText.plain(shortened(story.claim())) + " — " + source + more(story)
                + "\n-# " + DiscordText.title(lead.title());
        return text.length() <= DiscordText.MAX_MESSAGE ? text : text.substring(0, DiscordText.MAX_MESSAGE - 1) + "…";
    }

    /** {@code Update on "topic": The claim. — Reuters, 2026-11-02 — https://… (+2 outlets)} */
    public static String plain(Follows.Update update) {
        FollowStory story = update.story();
        Article lead = story.lead();
        return "Update on “" + update.follow().topic() + "”: " + shortened(story.claim()) + " — " + lead.publisher() + ", "
                + Passage.dateLabel(lead.published()) + (lead.hasWebUrl() ? " — " + lead.url() : "") + more(story)
                + "\n  " + lead.title();
    }

    /** The follows of one place, one a line; {@code empty} when there are none. */
    public static String list(List<Follow> follows, String empty) {
        if (follows.isEmpty()) {
            return empty;
        }
        StringBuilder text = new StringBuilder();
        for (Follow follow : follows) {
            text.append("• ").append(follow.topic()).append(" (").append(follow.id()).append(')');
            String options = follow.options();
            text.append(options.isEmpty() ? "" : " — " + options)
                    .append(" — last update: ").append(follow.lastUpdate() == null ? "none yet"
                            : Passage.dateLabel(follow.lastUpdate()))
                    .append('\n');
        }
        return text.toString();
    }

    /** The same list for a channel: the topics cannot ping or format. */
    public static String discordList(List<Follow> follows, String empty) {
        return DiscordText.neutralise(list(follows.stream().map(follow -> new Follow(follow.id(), follow.guild(),
                follow.channel(), follow.owner(), DiscordText.title(follow.topic()), follow.minOutlets(), follow.quiet(),
                follow.created(), follow.lastUpdate())).toList(), empty));
    }

    /** Every follow with where it posts, for {@code wafer follows}: one tab-separated line each. */
    public static String table(List<Follow> follows) {
        if (follows.isEmpty()) {
            return "No one follows a story yet.\n";
        }
        StringBuilder text = new StringBuilder("id\twhere\ttopic\toptions\tlast update\n");
        for (Follow follow : follows) {
            text.append(follow.id()).append('\t').append(follow.where()).append('\t').append(follow.topic()).append('\t')
                    .append(follow.options().isEmpty() ? "-" : follow.options()).append('\t')
                    .append(follow.lastUpdate() == null ? "none yet" : follow.lastUpdate().toString()).append('\n');
        }
        return text.toString();
    }

    /** What a new follow will do, in a sentence. */
    public static String started(Follow follow) {
        return "Following “" + follow.topic() + "”: after each refresh I post one short update per new story"
                + (follow.minOutlets() > 1 ? " once at least " + follow.minOutlets() + " independent outlets report it" : "")
                + (follow.quiet() == null ? "" : ", holding updates during " + follow.quiet().describe())
                + ". Stop with /unfollow topic: " + follow.topic() + ".";
    }

    private static String more(FollowStory story) {
        return story.otherOutlets() == 0 ? "" : " (+" + story.otherOutlets() + (story.otherOutlets() == 1 ? " outlet)" : " outlets)");
    }

    private static String shortened(String claim) {
        String line = claim.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_CLAIM ? line : line.substring(0, MAX_CLAIM - 1).strip() + "…";
    }
}
