package dev.wafer.bot.command;

import java.util.List;

/**
 * What moderators may do to the news Wafer answers from, whichever front end asks (Discord's
 * moderator commands; the command line calls the same services). Each method returns plain words for
 * the moderator, throws {@link IllegalArgumentException} for a mistake they can fix and
 * {@link IllegalStateException} for what cannot be done right now — each message says what to do.
 */
public interface ModeratorActions {

    /** Fetches every feed now. */
    String refresh();

    String addFeed(String url);

    String removeFeed(String url);

    List<String> listFeeds();

    /** Fetches one article page and adds it. */
    String addArticle(String url);

    /** Removes an article so it is never cited again. */
    String forget(String url);

    /** Last refresh and feed health for /status, one line. */
    String feedHealth();
}
