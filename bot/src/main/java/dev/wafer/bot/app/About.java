package dev.wafer.bot.app;

/** What Wafer says about itself, in every front end (each adds how to use it there). */
public final class About {

    public static final String DESCRIPTION = "Wafer answers questions about AI-chip news with short answers in which"
            + " every claim cites a dated news source. Answers come only from the articles in its library, which"
            + " moderators keep fresh.";

    private About() {
    }
}
