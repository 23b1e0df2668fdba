package dev.wafer.bot.console;

import dev.wafer.bot.app.About;
import dev.wafer.bot.app.Conversations;
import dev.wafer.bot.app.Failures;
import dev.wafer.bot.app.WaferServices;
import dev.wafer.bot.follow.Follow;
import dev.wafer.bot.follow.Follows;
import dev.wafer.bot.format.FollowText;
import dev.wafer.bot.format.PlainText;
import dev.wafer.bot.format.ReviewText;
import dev.wafer.retrieval.answer.Answer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An interactive console that behaves as a Discord thread with Wafer in it: a line is a question
 * and gets an answer with its sources, a follow-up is read with the turns before it; {@code /help}, {@code /status}, {@code /about}, {@code /quit}.
 * A failure answers that one line with a message and the console carries on.
 */
public final class ChatConsole {

    private static final Logger LOG = LoggerFactory.getLogger(ChatConsole.class);

    static final String HELP = """
            Ask a question about AI-chip news, e.g. "Why was DeepSeek's R2 delayed?"
            /timeline TOPIC   a story's events in date order, e.g. /timeline H20 exports
            /asof DAY QUESTION   answer from articles published by DAY, e.g. /asof 2025-05-01 Can Nvidia sell the H20?
            /follow TOPIC [min_outlets:N] [quiet:22-07]   one update per new story after each refresh, e.g. /follow H20 export licence
                     (quiet hours are in UTC; updates show when the chat starts and with /following)
            /following   the stories followed here, and their new updates
            /unfollow TOPIC   stop following it
            /review [DAY]   what the news could not answer, by topic (since DAY, e.g. /review 2025-10-01)
            /status  what the news covers, how fresh it is, and how answers are made
            /about   what Wafer is
            /help    this list
            /quit    leave
            """;

    static final String ABOUT = About.DESCRIPTION + "\nType a question, or /help for the commands.\n";

    private static final String TERMINAL_NEXT_STEP = "Please try again; WAFER_LOG_LEVEL=DEBUG shows the details.";

    /** Where the review queue says a console's questions were asked. */
    static final String PLACE = "console";

    /** A console is one conversation, like a Discord thread with Wafer in it. */
    private static final long SESSION = 1;

    private static final Pattern FOLLOW_OPTION = Pattern.compile("(?i)\\b(min_outlets|quiet):\\s*(\\S+)");

    private final WaferServices services;
    private final Conversations conversations = new Conversations(1);
    private final BufferedReader in;
    private final PrintWriter out;

    public ChatConsole(WaferServices services, BufferedReader in, PrintWriter out) {
        this.services = services;
        this.in = in;
        this.out = out;
    }

    public void run() throws IOException {
        out.println("Wafer — ask about AI-chip news. /help for commands, /quit to leave.");
        showUpdates();
        prompt();
        String line;
        while ((line = in.readLine()) != null) {
            String input = line.strip();
            if (input.equalsIgnoreCase("/quit") || input.equalsIgnoreCase("/exit")) {
                break;
            }
            if (!input.isEmpty()) {
                respond(input);
            }
            prompt();
        }
        out.println();
        out.flush();
    }

    private void respond(String input) {
        switch (input.toLowerCase(Locale.ROOT)) {
            case "/help" -> out.print(HELP);
            case "/status" -> out.print(PlainText.health(services.status()));
            case "/about" -> out.print(ABOUT);
            default -> {
                if (input.toLowerCase(Locale.ROOT).startsWith("/timeline")) {
                    timeline(input.substring("/timeline".length()).strip());
                } else if (input.toLowerCase(Locale.ROOT).startsWith("/following")) {
                    following();
                } else if (input.toLowerCase(Locale.ROOT).startsWith("/follow ") || input.equalsIgnoreCase("/follow")) {
                    follow(input.substring("/follow".length()).strip());
                } else if (input.toLowerCase(Locale.ROOT).startsWith("/unfollow")) {
                    unfollow(input.substring("/unfollow".length()).strip());
                } else if (input.toLowerCase(Locale.ROOT).startsWith("/review")) {
                    review(input.substring("/review".length()).strip());
                } else if (input.toLowerCase(Locale.ROOT).startsWith("/asof")) {
                    asOf(input.substring("/asof".length()).strip());
                } else if (input.startsWith("/")) {
                    out.println("Unknown command " + input.split("\\s+")[0] + ". Type /help for the list.");
                } else {
                    answer(input);
                }
            }
        }
    }

    /** Answers in the session's one conversation, so "and the H800?" follows the question before it. */
    private void answer(String input) {
        try {
            Answer answer = services.ask(conversations.question(SESSION, input));
            conversations.remember(SESSION, answer);
            services.review().keepIfDeclined(answer, PLACE);
            out.print(PlainText.answer(answer));
        } catch (RuntimeException e) {
            out.println(failure(e, "answering that"));
        }
    }

    /** "/asof 2025-05-01 QUESTION": the question answered only from articles published by that day. */
    private void asOf(String rest) {
        String[] parts = rest.split("\\s+", 2);
        LocalDate day;
        try {
            day = LocalDate.parse(parts[0]);
        } catch (DateTimeParseException e) {
            out.println("/asof takes a day and a question, e.g. /asof 2025-05-01 Can Nvidia sell the H20 in China?");
            return;
        }
        if (parts.length < 2 || parts[1].isBlank()) {
            out.println("/asof " + day + " needs a question after the day.");
            return;
        }
        try {
            Answer answer = services.ask(conversations.question(SESSION, parts[1]).withAsOf(day));
            conversations.remember(SESSION, answer);
            services.review().keepIfDeclined(answer, PLACE);
            out.print(PlainText.answer(answer));
        } catch (RuntimeException e) {
            out.println(failure(e, "answering that"));
        }
    }

    /** "/follow TOPIC [min_outlets:N] [quiet:22-07]", the options as Discord names them. */
    private void follow(String rest) {
        Matcher options = FOLLOW_OPTION.matcher(rest);
        Integer minOutlets = null;
        String quiet = null;
        StringBuilder topic = new StringBuilder();
        int from = 0;
        while (options.find()) {
            topic.append(rest, from, options.start());
            from = options.end();
            if (options.group(1).equalsIgnoreCase("quiet")) {
                quiet = options.group(2);
            } else if (options.group(2).matches("\\d{1,2}")) {
                minOutlets = Integer.parseInt(options.group(2));
            } else {
                out.println("min_outlets: takes a number, e.g. min_outlets:2.");
                return;
            }
        }
        topic.append(rest.substring(from));
        try {
            out.println(FollowText.started(services.follows().follow(Follows.Place.CONSOLE, topic.toString(), minOutlets,
                    quiet)));
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        } catch (RuntimeException e) {
            out.println(failure(e, "following that"));
        }
    }

    private void following() {
        try {
            out.print(FollowText.list(services.follows().following(Follows.Place.CONSOLE),
                    "Nothing followed yet; start with /follow TOPIC.\n"));
            showUpdates();
        } catch (RuntimeException e) {
            out.println(failure(e, "listing what is followed"));
        }
    }

    private void unfollow(String topic) {
        try {
            out.println(services.follows().unfollow(Follows.Place.CONSOLE, topic)
                    .map(gone -> "No longer following “" + gone.topic() + "”.")
                    .orElse("Nothing here follows “" + topic + "”; /following lists what does."));
        } catch (RuntimeException e) {
            out.println(failure(e, "unfollowing that"));
        }
    }

    /** The console's follow updates that are due: the stories refreshes brought since they were last shown. */
    private void showUpdates() {
        try {
            if (services.follows().following(Follows.Place.CONSOLE).isEmpty()) {
                return;
            }
            services.follows().deliver(new Follows.Delivery() {
                @Override
                public boolean reaches(Follow follow) {
                    return follow.onConsole();
                }

                @Override
                public void send(Follows.Update update) {
                    out.println(FollowText.plain(update));
                }
            });
        } catch (RuntimeException e) {
            out.println(failure(e, "showing follow updates"));
        }
    }

    /** "/review [DAY]": the kept questions by topic, as {@code wafer review} prints them. */
    private void review(String since) {
        LocalDate day = null;
        if (!since.isEmpty()) {
            try {
                day = LocalDate.parse(since);
            } catch (DateTimeParseException e) {
                out.println("/review takes an optional day, e.g. /review 2025-10-01");
                return;
            }
        }
        try {
            services.review().flush();
            out.print(ReviewText.plain(services.review().report(day)));
        } catch (RuntimeException e) {
            out.println(failure(e, "listing the review"));
        }
    }

    private void timeline(String topic) {
        try {
            out.print(PlainText.timeline(services.timeline(topic, null, null)));
        } catch (RuntimeException e) {
            out.println(failure(e, "building that timeline"));
        }
    }

    /**
     * The one line for a failure. A console's log is the person's own screen, so the stack trace of a
     * failure they cannot act on goes to the debug log, shown only when asked for.
     */
    private static String failure(RuntimeException error, String doing) {
        if (!Failures.explained(error)) {
            LOG.debug("Failed while {}", doing, error);
        }
        return Failures.message(error, doing, TERMINAL_NEXT_STEP);
    }

    private void prompt() {
        out.print("> ");
        out.flush();
    }
}
