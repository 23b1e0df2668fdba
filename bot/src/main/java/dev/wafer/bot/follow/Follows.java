package dev.wafer.bot.follow;

import dev.wafer.bot.settings.ServerSettings;
import dev.wafer.bot.settings.ServerSettingsStore;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.store.ArticleStore;
import dev.wafer.retrieval.follow.FollowStories;
import dev.wafer.retrieval.follow.FollowStory;
import dev.wafer.retrieval.follow.TopicMatcher;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Following stories, for every front end: who follows what where ({@link FollowBook}), and after each
 * refresh the updates due — one per story, not per outlet, about the articles stored since the follow
 * began, matched to its topic by {@link TopicMatcher}, held back while fewer independent outlets than
 * asked report the story or while the follow's quiet hours last.
 *
 * <p>Nothing is posted twice: a story's articles are recorded as posted <em>before</em> its update is
 * sent, and recorded as not posted again only when sending fails. A process that dies between the two
 * loses that one update; it never posts it a second time, which a busy server would mind more.
 */
public final class Follows {

    /** Where a follow's updates go, and who asks. */
    public record Place(Long guild, Long channel, long user) {

        public static Place channel(long guild, long channel, long user) {
            return new Place(guild, channel, user);
        }

        public static Place directMessages(long user) {
            return new Place(null, null, user);
        }

        public static final Place CONSOLE = new Place(null, null, Follow.CONSOLE);

        boolean holds(Follow follow) {
            return channel != null ? channel.equals(follow.channel()) : follow.channel() == null && follow.owner() == user;
        }
    }

    /** A story to post for a follow. */
    public record Update(Follow follow, FollowStory story) {
    }

    /** Sends updates to their places: a Discord channel or direct message, or the console. */
    public interface Delivery {

        /** Whether this process can post where {@code follow} posts (its server may run on another process). */
        boolean reaches(Follow follow);

        /** Posts the update; throws when it did not get there. */
        void send(Update update);
    }

    /** How far back a follow looks for a story's reports: as far as the digest groups reports of one event. */
    static final Duration STORY_WINDOW = Duration.ofDays(3);
    /** Updates one follow posts after one refresh at most; the rest wait for the next, so a burst stays readable. */
    static final int UPDATES_PER_RUN = 3;
    public static final int DEFAULT_IN_DIRECT_MESSAGES = ServerSettings.DEFAULT_FOLLOWS_PER_USER;
    /**
     * The setting for how many stories one person may follow in direct messages (and on the console);
     * {@code off} or 0 switches follows in direct messages off, for a bot only servers should follow with.
     */
    public static final String IN_DIRECT_MESSAGES_ENV = "WAFER_FOLLOWS_IN_DMS";

    private static final Logger LOG = LoggerFactory.getLogger(Follows.class);
    private static final SecureRandom IDS = new SecureRandom();

    private final FollowBook book;
    private final ArticleStore store;
    private final TopicMatcher matcher;
    private final Clock clock;
    private final ServerSettingsStore servers;
    private final int inDirectMessages;

    /**
     * @param servers          each server's follow limits, or null when there are no servers (the console)
     * @param inDirectMessages how many stories one person may follow in direct messages or on the console;
     *                         0: none in direct messages (and the default on the console, its operator's own)
     */
    public Follows(FollowBook book, ArticleStore store, TopicMatcher matcher, Clock clock, ServerSettingsStore servers,
                   int inDirectMessages) {
        if (inDirectMessages < 0) {
            throw new IllegalArgumentException(IN_DIRECT_MESSAGES_ENV + " must be 0 (off) or more, was " + inDirectMessages);
        }
        this.book = book;
        this.store = store;
        this.matcher = matcher;
        this.clock = clock;
        this.servers = servers;
        this.inDirectMessages = inDirectMessages;
    }

    /** {@code WAFER_FOLLOWS_IN_DMS} from the settings, or the default; 0 for off; a clear line when it is not a number. */
    public static int inDirectMessages(Map<String, String> settings) {
        String value = settings.get(IN_DIRECT_MESSAGES_ENV);
        if (value == null || value.isBlank()) {
            return DEFAULT_IN_DIRECT_MESSAGES;
        }
        if (value.strip().equalsIgnoreCase("off")) {
            return 0;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 0 && limit <= ServerSettings.MAX_FOLLOWS_PER_USER) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException(IN_DIRECT_MESSAGES_ENV + " takes 1 to " + ServerSettings.MAX_FOLLOWS_PER_USER
                + " (stories one person may follow in direct messages), or off, was '" + value + "'.");
    }

    /**
     * Starts following {@code topic} at {@code place}: stories stored from now on.
     *
     * @param minOutlets null for 1
     * @param quiet      "22-07" (UTC), or null
     * @throws IllegalArgumentException with a line to show when the topic, an option or a limit says no
     */
    public Follow follow(Place place, String topic, Integer minOutlets, String quiet) {
        QuietHours hours = quiet == null || quiet.isBlank() ? null : QuietHours.parse(quiet);
        Instant now = clock.instant();
        Follow wanted = new Follow(newId(), place.guild(), place.channel(), place.user(), topic,
                minOutlets == null ? 1 : minOutlets, hours, now, null);
        book.update(contents -> {
            List<Follow> here = contents.follows().stream().filter(place::holds).toList();
            here.stream().filter(known -> known.follows(wanted.topic())).findFirst().ifPresent(known -> {
                throw new IllegalArgumentException((place.channel() != null ? "This channel" : "You")
                        + " already follow" + (place.channel() != null ? "s" : "") + " “" + known.topic() + "”.");
            });
            checkLimits(place, contents.follows());
            return contents.with(wanted);
        });
        return wanted;
    }

    private void checkLimits(Place place, List<Follow> all) {
        if (place.guild() != null) {
            ServerSettings server = servers == null ? ServerSettings.defaults(place.guild()) : servers.get(place.guild());
            List<Follow> inServer = all.stream().filter(known -> place.guild().equals(known.guild())).toList();
            if (inServer.size() >= server.followsPerServer()) {
                throw new IllegalArgumentException("This server already follows " + inServer.size() + " stories, its limit;"
                        + " /unfollow one first, or an admin raises it with /settings follows.");
            }
            long mine = inServer.stream().filter(known -> known.owner() == place.user()).count();
            if (mine >= server.followsPerUser()) {
                throw new IllegalArgumentException("You already follow " + mine + " stories in this server, the limit per"
                        + " member; /unfollow one first, or an admin raises it with /settings follows.");
            }
            return;
        }
        boolean console = place.user() == Follow.CONSOLE;
        if (!console && inDirectMessages == 0) {
            throw new IllegalArgumentException("Following stories in direct messages is switched off on this bot;"
                    + " a server's moderators can follow one in its channel.");
        }
        long mine = all.stream().filter(place::holds).count();
        if (mine >= (console && inDirectMessages == 0 ? DEFAULT_IN_DIRECT_MESSAGES : inDirectMessages)) {
            throw new IllegalArgumentException("You already follow " + mine + " stories, the limit here; /unfollow one first.");
        }
    }

    /** Stops the follow of {@code topicOrId} at {@code place}; empty when there is none. */
    public Optional<Follow> unfollow(Place place, String topicOrId) {
        Optional<Follow> found = following(place).stream().filter(follow -> follow.follows(topicOrId)).findFirst();
        found.ifPresent(follow -> book.update(contents -> contents.without(follow)));
        return found;
    }

    /** The follows at {@code place}, oldest first. */
    public List<Follow> following(Place place) {
        return book.load().follows().stream().filter(place::holds).toList();
    }

    /** Every follow, everywhere, oldest first. */
    public List<Follow> all() {
        return book.load().follows();
    }

    /** Removes every follow of a server's channels: the server removed Wafer. */
    public int forgetServer(long guild) {
        List<Follow> gone = all().stream().filter(follow -> Long.valueOf(guild).equals(follow.guild())).toList();
        if (!gone.isEmpty()) {
            book.update(contents -> {
                FollowBook.Contents kept = contents;
                for (Follow follow : gone) {
                    kept = kept.without(follow);
                }
                return kept;
            });
        }
        return gone.size();
    }

    /** The updates due now for the follows {@code delivery} reaches, newest story first per follow. */
    public List<Update> due(Delivery delivery) {
        Instant now = clock.instant();
        FollowBook.Contents contents = book.load();
        List<Follow> active = contents.follows().stream()
                .filter(follow -> follow.quiet() == null || !follow.quiet().holds(now))
                .filter(follow -> inDirectMessages > 0 || follow.inChannel() || follow.onConsole()) // switched off since
                .filter(delivery::reaches).toList();
        if (active.isEmpty()) {
            return List.of();
        }
        Instant earliest = active.stream().map(follow -> since(follow, now)).min(Instant::compareTo).orElseThrow();
        List<Article> fresh = store.importedFrom(earliest);
        if (fresh.isEmpty()) {
            return List.of();
        }
        List<Update> updates = new ArrayList<>();
        for (Follow follow : active) {
            Instant since = since(follow, now);
            Map<String, Article> candidates = fresh.stream().filter(article -> !article.importedAt().isBefore(since))
                    .collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a, HashMap::new));
            if (candidates.isEmpty()) {
                continue;
            }
            List<Article> matched = matcher.matching(follow.topic(), candidates.keySet()).stream()
                    .map(candidates::get).toList();
            Set<String> posted = contents.postedBy(follow.id());
            List<Update> mine = new ArrayList<>();
            for (FollowStory story : FollowStories.of(matched)) {
                if (story.articleIds().stream().noneMatch(posted::contains) && story.independent() >= follow.minOutlets()) {
                    mine.add(new Update(follow, story));
                }
            }
            updates.addAll(mine.subList(0, Math.min(UPDATES_PER_RUN, mine.size())));
        }
        return Collections.unmodifiableList(updates);
    }

    /** Posts every update due; returns how many got there. One place's failure does not stop the rest. */
    public synchronized int deliver(Delivery delivery) {
        List<Update> updates = due(delivery);
        if (updates.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        // One write records the whole run before anything is sent, one more takes back what did not get there.
        book.update(contents -> {
            FollowBook.Contents recorded = contents;
            for (Update update : updates) {
                recorded = recorded.recorded(update.follow().id(), update.story().articleIds(), now);
            }
            return recorded;
        });
        List<Update> failed = new ArrayList<>();
        for (Update update : updates) {
            try {
                delivery.send(update);
            } catch (RuntimeException e) {
                failed.add(update);
                LOG.warn("An update of the follow “{}” ({}) could not be posted: {}", update.follow().topic(),
                        update.follow().where(), e.toString());
            }
        }
        if (!failed.isEmpty()) {
            book.update(contents -> {
                FollowBook.Contents kept = contents;
                for (Update update : failed) {
                    kept = kept.unrecorded(update.follow().id(), update.story().articleIds());
                }
                return kept;
            });
        }
        return updates.size() - failed.size();
    }

    private static Instant since(Follow follow, Instant now) {
        Instant window = now.minus(STORY_WINDOW);
        return follow.created().isAfter(window) ? follow.created() : window;
    }

    private static String newId() {
        byte[] bytes = new byte[3];
        IDS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
