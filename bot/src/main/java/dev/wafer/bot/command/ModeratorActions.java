package dev.wafer.bot.command;

import java.util.List;

/**
 * What moderators may do to the news Wafer answers from, whichever front end asks (Discord's
 * moderator commands, later the console). Each method returns one plain sentence for the moderator,
 * throws {@link IllegalArgumentException} for a mistake they can fix (the message says how), and
 * {@link Unavailable} when this build has no service for it yet.
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

    /** The operation exists in the interface but no service behind it in this build. */
    final class Unavailable extends RuntimeException {

        public Unavailable(String operation) {
            super(operation + " is not available in this build of Wafer yet.");
        }
    }
}
