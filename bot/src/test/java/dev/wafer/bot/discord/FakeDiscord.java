package dev.wafer.bot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.zip.Deflater;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Just enough of Discord on 127.0.0.1 for the real JDA to log in, receive commands and messages,
 * and answer: a REST API that records every call, and a gateway that speaks JDA's default
 * zlib-stream transport compression (one deflater per connection, a sync flush after each message).
 * One server ("Chip Club") with one channel, three roles, and the bot as member — or several servers
 * spread over several shards, each shard's gateway session receiving only its own servers' events
 * (a server belongs to shard {@code (id >> 22) % shards}, as on Discord).
 */
final class FakeDiscord implements AutoCloseable {

    static final long BOT = 100, GUILD = 200, CHANNEL = 300, MODERATOR_ROLE = 201, BOT_ROLE = 202, OWNER = 999;
    /** A channel everyone reads and no one but admins writes in (an announcements channel): Wafer may not post. */
    static final long READ_ONLY_CHANNEL = 301;
    private static final long SEND_MESSAGES = 1L << 11;
    static final String TIMESTAMP = "2026-01-01T00:00:00.000000+00:00";
    private static final long VIEW_SEND_HISTORY_THREADS = (1L << 10) | (1L << 11) | (1L << 16) | (1L << 38);
    private static final long MANAGE_SERVER = 1L << 5;
    private static final long BOT_PERMISSIONS = VIEW_SEND_HISTORY_THREADS | (1L << 14) | (1L << 35);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One REST call the bot made; {@code at} is System.nanoTime() when it arrived. */
    record Call(String method, String path, JsonNode body, long at) {
        boolean is(String method, String pathPart) {
            return this.method.equals(method) && path.contains(pathPart);
        }
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final List<String> gatewayConnections = new CopyOnWriteArrayList<>();
    /** Threads the bot started, by the message they were started on. */
    final Map<Long, Long> threads = new java.util.concurrent.ConcurrentHashMap<>();
    /** The threads the bot started, as Discord lists a server's active threads. */
    private final List<ObjectNode> activeThreads = new CopyOnWriteArrayList<>();
    /** Each user's direct-message channel with the bot, by user id, once opened or written in. */
    private final Map<Long, Long> directMessages = new java.util.concurrent.ConcurrentHashMap<>();
    /** Threads archived since (see {@link #archiveThread}), newest first, as Discord lists a channel's archived threads. */
    private final List<ObjectNode> archivedThreads = new CopyOnWriteArrayList<>();
    volatile boolean refuseToken;
    /** Snowflakes with the current time in them: JDA ignores interactions whose id says they are too old. */
    private final AtomicLong ids = new AtomicLong((System.currentTimeMillis() - 1_420_070_400_000L) << 22);
    private final HttpServer rest;
    private final Gateway gateway;
    private final int totalShards;
    private final List<Long> guilds;
    /** Shards whose resumes go unanswered (see {@link #makeUnreachable}). */
    private final java.util.Set<Integer> unreachable = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Each IDENTIFY's shard, as "id/total", in the order they arrived. */
    final List<String> identified = new CopyOnWriteArrayList<>();

    FakeDiscord() throws IOException, InterruptedException {
        this(1, List.of(GUILD));
    }

    /** {@code shards} shards serving {@code guilds}; each guild's channel is its id + 1 (Chip Club's is {@link #CHANNEL}). */
    FakeDiscord(int shards, List<Long> guilds) throws IOException, InterruptedException {
        this.totalShards = shards;
        this.guilds = List.copyOf(guilds);
        rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        rest.createContext("/", this::handle);
        rest.setExecutor(Executors.newFixedThreadPool(8));
        rest.start();
        gateway = new Gateway();
        gateway.start();
        gateway.started.await();
    }

    String restUrl() {
        return "http://127.0.0.1:" + rest.getAddress().getPort() + "/api/v10/";
    }

    String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort();
    }

    // ---- REST ------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath().replaceFirst("^/api/v10", "");
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode body = raw.length == 0 ? JSON.nullNode() : JSON.readTree(raw);
        calls.add(new Call(method, path, body, System.nanoTime()));
        Object response = route(method, path, exchange.getRequestURI().getQuery(), body);
        if (response instanceof Integer status) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            byte[] out = JSON.writeValueAsBytes(response);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, out.length);
            exchange.getResponseBody().write(out);
        }
        exchange.close();
    }

    /** A status code, or the JSON to return with 200. */
    private Object route(String method, String path, String query, JsonNode body) {
        if (refuseToken) {
            return 401;
        }
        if (path.equals("/users/@me")) {
            return botUser();
        }
        if (path.matches("/users/\\d+")) {
            return user(Long.parseLong(path.substring("/users/".length())));
        }
        if (path.equals("/users/@me/channels")) {
            long recipient = body.path("recipient_id").asLong();
            return directChannel(directMessagesOf(recipient), user(recipient));
        }
        if (path.equals("/gateway/bot")) {
            // Every shard may identify at once, as Discord lets large bots: the tests check how shards split the
            // servers, not Discord's pacing of logins (five seconds per identify when only one may run at a time).
            return Map.of("url", gatewayUrl(), "shards", totalShards, "session_start_limit",
                    Map.of("total", 1000, "remaining", 1000, "reset_after", 0, "max_concurrency", totalShards));
        }
        if (path.endsWith("/commands")) {
            ArrayNode registered = JSON.createArrayNode();
            body.forEach(command -> registered.add(((ObjectNode) command.deepCopy())
                    .put("id", String.valueOf(ids.incrementAndGet())).put("application_id", String.valueOf(BOT))
                    .put("version", "1")));
            return registered;
        }
        if (path.endsWith("/callback") || method.equals("DELETE") || path.endsWith("/typing")) {
            return 204;
        }
        if (path.startsWith("/webhooks/")) {
            return message(ids.incrementAndGet(), CHANNEL, BOT, body.path("content").asText(""));
        }
        String[] parts = path.split("/");
        if (path.startsWith("/channels/") && path.endsWith("/threads")) {
            long thread = ids.incrementAndGet();
            threads.put(Long.parseLong(parts[4]), thread);
            ObjectNode created = thread(thread, Long.parseLong(parts[2]), body.path("name").asText());
            activeThreads.add(created);
            return created;
        }
        if (path.startsWith("/guilds/") && path.endsWith("/threads/active")) {
            ObjectNode active = JSON.createObjectNode();
            active.putArray("threads").addAll(activeThreads);
            active.putArray("members");
            return active;
        }
        if (path.startsWith("/channels/") && path.endsWith("/threads/archived/public")) {
            return archivedThreads(Long.parseLong(parts[2]), query);
        }
        if (method.equals("PATCH") && path.matches("/channels/\\d+")) {
            return updateThread(Long.parseLong(parts[2]), body);
        }
        if (path.startsWith("/channels/") && path.contains("/messages") && method.equals("POST")
                && archived(Long.parseLong(parts[2])) != null) {
            return 400; // Discord: "Thread is archived" (50083); a message goes in only once it is unarchived
        }
        if (path.startsWith("/channels/") && path.contains("/messages")) {
            long id = parts.length > 4 ? Long.parseLong(parts[4]) : ids.incrementAndGet();
            ObjectNode sent = message(id, Long.parseLong(parts[2]), BOT, body.path("content").asText(""));
            if (directMessages.containsValue(Long.parseLong(parts[2]))) {
                sent.remove("guild_id"); // a direct message belongs to no server
            }
            return sent;
        }
        return 404;
    }

    /**
     * Archives a thread the bot started, as Discord does after a day without messages ({@code locked}: as a
     * moderator does with Lock Thread, so only Manage Threads may reopen it), and tells the bot.
     */
    void archiveThread(long thread, boolean locked) {
        ObjectNode found = activeThreads.stream().filter(known -> known.path("id").asText().equals(String.valueOf(thread)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no active thread " + thread));
        activeThreads.remove(found);
        ((ObjectNode) found.path("thread_metadata")).put("archived", true).put("locked", locked)
                .put("archive_timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString());
        archivedThreads.addFirst(found);
        gateway.dispatch(shardOf(GUILD), "THREAD_UPDATE", found);
    }

    private ObjectNode archived(long thread) {
        return archivedThreads.stream().filter(known -> known.path("id").asText().equals(String.valueOf(thread)))
                .findFirst().orElse(null);
    }

    /** A channel's archived public threads archived before {@code before=} (newest first), one page. */
    private ObjectNode archivedThreads(long parent, String query) {
        OffsetDateTime before = query == null ? null : Arrays.stream(query.split("&"))
                .filter(pair -> pair.startsWith("before=")).map(pair -> URLDecoder.decode(pair.substring(7),
                        StandardCharsets.UTF_8)).map(OffsetDateTime::parse).findFirst().orElse(null);
        ObjectNode page = JSON.createObjectNode();
        ArrayNode listed = page.putArray("threads");
        archivedThreads.stream().filter(thread -> thread.path("parent_id").asText().equals(String.valueOf(parent)))
                .filter(thread -> before == null || OffsetDateTime.parse(thread.path("thread_metadata")
                        .path("archive_timestamp").asText()).isBefore(before))
                .forEach(listed::add);
        page.putArray("members");
        page.put("has_more", false);
        return page;
    }

    /** Unarchiving a thread (Modify Channel): refused when it is locked, as the bot may not manage threads. */
    private Object updateThread(long id, JsonNode body) {
        ObjectNode thread = archived(id);
        if (thread == null || !body.path("archived").isBoolean() || body.path("archived").asBoolean()) {
            return 404;
        }
        if (thread.path("thread_metadata").path("locked").asBoolean()) {
            return 403; // Missing Permissions: a locked thread reopens only with Manage Threads
        }
        archivedThreads.remove(thread);
        ((ObjectNode) thread.path("thread_metadata")).put("archived", false);
        activeThreads.add(thread);
        return thread;
    }

    // ---- what the test inspects ------------------------------------------------------------

    List<Call> calls(Predicate<Call> filter) {
        return calls.stream().filter(filter).toList();
    }

    /** Waits until {@code count} calls match, and returns them. */
    List<Call> await(Predicate<Call> filter, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (calls(filter).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return calls(filter);
    }

    // ---- gateway -----------------------------------------------------------------------------

    /** Sends a slash command as {@code user}, who holds {@code roles}; returns the interaction id. */
    long slashCommand(long user, List<Long> roles, String name, ArrayNode options) {
        return slashCommandIn(GUILD, user, roles, name, options);
    }

    /** Sends a slash command in {@code guild}, on the gateway session of the shard that serves it. */
    long slashCommandIn(long guild, long user, List<Long> roles, String name, ArrayNode options) {
        long id = ids.incrementAndGet();
        ObjectNode data = JSON.createObjectNode().put("id", "5000").put("name", name).put("type", 1);
        if (options != null) {
            data.set("options", options);
        }
        gateway.dispatch(shardOf(guild), "INTERACTION_CREATE", interaction(id, 2, user, roles, data, JSON.nullNode(), guild));
        return id;
    }

    /** Sends a slash command as {@code user} in their direct messages with the bot; returns the interaction id. */
    long directMessageCommand(long user, String name, ArrayNode options) {
        long id = ids.incrementAndGet();
        ObjectNode data = JSON.createObjectNode().put("id", "5000").put("name", name).put("type", 1);
        if (options != null) {
            data.set("options", options);
        }
        long channel = directMessagesOf(user);
        ObjectNode interaction = JSON.createObjectNode()
                .put("id", String.valueOf(id)).put("application_id", String.valueOf(BOT)).put("type", 2)
                .put("token", "interaction-token-" + id).put("version", 1).put("channel_id", String.valueOf(channel))
                .put("locale", "en-US").put("context", 1).put("app_permissions", String.valueOf(BOT_PERMISSIONS));
        interaction.set("channel", directChannel(channel, botUser()));
        interaction.set("user", user(user));
        interaction.putArray("entitlements");
        interaction.putObject("authorizing_integration_owners").put("0", "0");
        interaction.set("data", data);
        gateway.dispatch(0, "INTERACTION_CREATE", interaction);
        return id;
    }

    /** The id of {@code user}'s direct-message channel with the bot. */
    long directMessagesOf(long user) {
        return directMessages.computeIfAbsent(user, unused -> ids.incrementAndGet());
    }

    private static ObjectNode directChannel(long id, ObjectNode recipient) {
        ObjectNode channel = JSON.createObjectNode().put("id", String.valueOf(id)).put("type", 1).putNull("last_message_id")
                .put("flags", 0);
        channel.putArray("recipients").add(recipient);
        return channel;
    }

    /** Tells the bot it was removed from {@code guild} (GUILD_DELETE without "unavailable": kicked, not an outage). */
    void removeFromServer(long guild) {
        gateway.dispatch(shardOf(guild), "GUILD_DELETE", JSON.createObjectNode().put("id", String.valueOf(guild)));
    }

    /** The shard Discord sends a server's events on. */
    int shardOf(long guild) {
        return (int) ((guild >> 22) % totalShards);
    }

    static long channelOf(long guild) {
        return guild == GUILD ? CHANNEL : guild + 1;
    }

    /**
     * Cuts shard {@code shard}'s gateway connection and leaves its resume unanswered, as when Discord
     * has an outage on that shard: the bot's shard stays short of CONNECTED until {@link #restore}.
     */
    void makeUnreachable(int shard) {
        unreachable.add(shard);
        gateway.drop(shard);
    }

    /** Answers the shard's held resume, if any: it is connected again. */
    void restore(int shard) {
        unreachable.remove(shard);
        Session held = gateway.pendingResumes.remove(shard);
        if (held != null) {
            held.dispatch("RESUMED", JSON.createObjectNode());
        }
    }

    /** Clicks a button on an (ephemeral or not) message of the bot's. */
    void clickButton(long user, String customId) {
        ObjectNode data = JSON.createObjectNode().put("custom_id", customId).put("component_type", 2);
        ObjectNode message = JSON.createObjectNode().put("id", String.valueOf(ids.incrementAndGet())).put("flags", 64);
        gateway.dispatch(shardOf(GUILD), "INTERACTION_CREATE", interaction(ids.incrementAndGet(), 3, user, List.of(), data, message,
                GUILD));
    }

    /** Posts a message as {@code user} in {@code channel}, mentioning the bot when the content does. */
    long message(long user, long channel, String content) {
        long id = ids.incrementAndGet();
        ObjectNode message = message(id, channel, user, content);
        message.set("member", member(null, List.of()));
        if (content.contains("<@" + BOT + ">")) {
            message.withArray("mentions").add(botUser());
        }
        gateway.dispatch(shardOf(GUILD), "MESSAGE_CREATE", message);
        return id;
    }

    static ArrayNode option(String name, String value) {
        ArrayNode options = JSON.createArrayNode();
        options.addObject().put("name", name).put("type", 3).put("value", value);
        return options;
    }

    static ArrayNode subcommand(String name, ArrayNode options) {
        ArrayNode wrapped = JSON.createArrayNode();
        wrapped.addObject().put("name", name).put("type", 1).set("options", options == null ? JSON.createArrayNode() : options);
        return wrapped;
    }

    private ObjectNode interaction(long id, int type, long user, List<Long> roles, ObjectNode data, JsonNode message,
                                   long guild) {
        ObjectNode interaction = JSON.createObjectNode()
                .put("id", String.valueOf(id)).put("application_id", String.valueOf(BOT)).put("type", type)
                .put("token", "interaction-token-" + id).put("version", 1).put("guild_id", String.valueOf(guild))
                .put("channel_id", String.valueOf(channelOf(guild))).put("locale", "en-US").put("guild_locale", "en-US")
                .put("context", 0).put("app_permissions", String.valueOf(BOT_PERMISSIONS));
        interaction.putObject("guild").put("id", String.valueOf(guild)).put("locale", "en-US").putArray("features");
        interaction.set("channel", channel(guild, channelOf(guild), "chips", 0));
        interaction.set("member", member(user(user), roles));
        interaction.putArray("entitlements");
        interaction.putObject("authorizing_integration_owners").put("0", String.valueOf(guild));
        interaction.set("data", data);
        if (!message.isNull()) {
            interaction.set("message", message);
        }
        return interaction;
    }

    private static ObjectNode user(long id) {
        return JSON.createObjectNode().put("id", String.valueOf(id)).put("username", "user" + id)
                .put("discriminator", "0").putNull("global_name").putNull("avatar").put("bot", false)
                .put("public_flags", 0);
    }

    private static ObjectNode botUser() {
        return user(BOT).put("username", "Wafer").put("bot", true).put("verified", true).put("mfa_enabled", false)
                .put("flags", 0);
    }

    private static ObjectNode member(ObjectNode user, List<Long> roles) {
        ObjectNode member = JSON.createObjectNode().put("joined_at", TIMESTAMP).put("deaf", false).put("mute", false)
                .put("flags", 0).put("pending", false).putNull("nick").putNull("avatar");
        if (user != null) {
            member.set("user", user);
        }
        ArrayNode roleIds = member.putArray("roles");
        roles.forEach(role -> roleIds.add(String.valueOf(role)));
        return member;
    }

    private static ObjectNode channel(long guild, long id, String name, long denySend) {
        ObjectNode channel = JSON.createObjectNode().put("id", String.valueOf(id)).put("type", 0)
                .put("name", name).put("guild_id", String.valueOf(guild)).put("position", 0).put("flags", 0)
                .put("nsfw", false).put("rate_limit_per_user", 0).putNull("parent_id").putNull("topic")
                .putNull("last_message_id");
        ArrayNode overwrites = channel.putArray("permission_overwrites");
        if (denySend != 0) {
            for (long role : List.of(guild, BOT_ROLE)) {
                overwrites.addObject().put("id", String.valueOf(role)).put("type", 0).put("allow", "0")
                        .put("deny", String.valueOf(denySend));
            }
        }
        return channel;
    }

    private static ObjectNode message(long id, long channel, long author, String content) {
        ObjectNode message = JSON.createObjectNode().put("id", String.valueOf(id))
                .put("channel_id", String.valueOf(channel)).put("guild_id", String.valueOf(GUILD)).put("type", 0)
                .put("content", content).put("timestamp", TIMESTAMP).putNull("edited_timestamp").put("tts", false)
                .put("mention_everyone", false).put("pinned", false).put("flags", 0);
        message.set("author", author == BOT ? botUser() : user(author));
        for (String empty : List.of("mentions", "mention_roles", "attachments", "embeds", "components")) {
            message.putArray(empty);
        }
        return message;
    }

    private static ObjectNode thread(long id, long parent, String name) {
        ObjectNode thread = JSON.createObjectNode().put("id", String.valueOf(id)).put("type", 11)
                .put("guild_id", String.valueOf(GUILD)).put("parent_id", String.valueOf(parent)).put("name", name)
                .put("owner_id", String.valueOf(BOT)).putNull("last_message_id").put("message_count", 0)
                .put("member_count", 1).put("rate_limit_per_user", 0).put("flags", 0).put("total_message_sent", 0);
        thread.putObject("thread_metadata").put("archived", false).put("auto_archive_duration", 1440)
                .put("archive_timestamp", TIMESTAMP).put("locked", false).put("create_timestamp", TIMESTAMP);
        thread.putArray("applied_tags");
        return thread;
    }

    private static ObjectNode role(long id, String name, long permissions, int position) {
        ObjectNode role = JSON.createObjectNode().put("id", String.valueOf(id)).put("name", name)
                .put("permissions", String.valueOf(permissions)).put("position", position).put("color", 0)
                .put("hoist", false).put("managed", false).put("mentionable", false).put("flags", 0)
                .putNull("icon").putNull("unicode_emoji");
        // Without the colors object JDA's guild setup stalls for 75 s.
        role.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        return role;
    }

    /** The servers of one shard. */
    private List<Long> guildsOf(int shard) {
        return guilds.stream().filter(guild -> shardOf(guild) == shard).toList();
    }

    private ObjectNode ready(int shard) {
        ObjectNode ready = JSON.createObjectNode().put("v", 10).put("session_id", "session-" + shard)
                .put("resume_gateway_url", gatewayUrl());
        ready.set("user", botUser());
        ArrayNode unavailable = ready.putArray("guilds");
        guildsOf(shard).forEach(guild -> unavailable.addObject().put("id", String.valueOf(guild)).put("unavailable", true));
        ready.putObject("application").put("id", String.valueOf(BOT)).put("flags", 0);
        ready.putArray("private_channels");
        ready.putArray("shard").add(shard).add(totalShards);
        return ready;
    }

    private static ObjectNode guild(long id) {
        ObjectNode guild = JSON.createObjectNode().put("id", String.valueOf(id)).put("name", id == GUILD ? "Chip Club" : "Server " + id)
                .put("owner_id", String.valueOf(OWNER)).put("afk_timeout", 300).put("verification_level", 0)
                .put("default_message_notifications", 0).put("explicit_content_filter", 0).put("mfa_level", 0)
                .put("system_channel_flags", 0).put("premium_tier", 0).put("preferred_locale", "en-US")
                .put("nsfw_level", 0).put("large", false).put("member_count", 2).put("unavailable", false)
                .put("joined_at", TIMESTAMP).putNull("icon").putNull("afk_channel_id").putNull("system_channel_id");
        guild.putArray("roles").add(role(id, "@everyone", VIEW_SEND_HISTORY_THREADS, 0))
                .add(role(MODERATOR_ROLE, "Moderators", MANAGE_SERVER, 1))
                .add(role(BOT_ROLE, "Wafer", BOT_PERMISSIONS, 2));
        guild.putArray("channels").add(channel(id, channelOf(id), "chips", 0));
        if (id == GUILD) {
            guild.withArray("channels").add(channel(id, READ_ONLY_CHANNEL, "announcements", SEND_MESSAGES));
        }
        guild.putArray("members").add(member(botUser(), List.of(BOT_ROLE)));
        for (String empty : List.of("features", "threads", "emojis", "stickers", "voice_states", "presences",
                "stage_instances", "guild_scheduled_events", "soundboard_sounds")) {
            guild.putArray(empty);
        }
        return guild;
    }

    /** The gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeat → ACK, and dispatches on demand. */
    private final class Gateway extends WebSocketServer {
        final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        private final Map<Integer, Session> sessions = new java.util.concurrent.ConcurrentHashMap<>();
        /** Resumes of unreachable shards, held without an answer until the shard is restored. */
        private final Map<Integer, Session> pendingResumes = new java.util.concurrent.ConcurrentHashMap<>();

        Gateway() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket connection, ClientHandshake handshake) {
            gatewayConnections.add(handshake.getResourceDescriptor());
            Session opened = new Session(connection, handshake.getResourceDescriptor().contains("compress=zlib-stream"));
            connection.setAttachment(opened);
            opened.send(Map.of("op", 10, "d", Map.of("heartbeat_interval", 41_250)));
        }

        @Override
        public void onMessage(WebSocket connection, String text) {
            Session from = connection.getAttachment();
            try {
                JsonNode payload = JSON.readTree(text);
                switch (payload.path("op").asInt()) {
                    case 1 -> from.send(Map.of("op", 11));
                    case 2 -> {
                        JsonNode shard = payload.path("d").path("shard");
                        int id = shard.isArray() ? shard.get(0).asInt() : 0;
                        identified.add(id + "/" + (shard.isArray() ? shard.get(1).asInt() : 1));
                        sessions.put(id, from);
                        from.dispatch("READY", ready(id));
                        for (long guild : guildsOf(id)) {
                            from.dispatch("GUILD_CREATE", guild(guild));
                        }
                    }
                    case 6 -> {
                        // RESUME after a dropped connection: the session id says which shard ("session-N").
                        int id = Integer.parseInt(payload.path("d").path("session_id").asText().replace("session-", ""));
                        sessions.put(id, from);
                        if (unreachable.contains(id)) {
                            pendingResumes.put(id, from); // answered when the shard is restored
                        } else {
                            from.dispatch("RESUMED", JSON.createObjectNode());
                        }
                    }
                    default -> { }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void onMessage(WebSocket connection, ByteBuffer message) {
            onMessage(connection, StandardCharsets.UTF_8.decode(message).toString());
        }

        @Override
        public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        }

        @Override
        public void onError(WebSocket connection, Exception error) {
        }

        /** Closes the shard's connection as Discord's edge does when it goes away (1001: JDA resumes at once). */
        void drop(int shard) {
            Session session = sessions.get(shard);
            if (session == null) {
                throw new IllegalStateException("no bot has identified for shard " + shard + " yet");
            }
            session.connection.close(1001, "going away");
        }

        void dispatch(int shard, String type, JsonNode data) {
            Session session = sessions.get(shard);
            if (session == null) {
                throw new IllegalStateException("no bot has identified for shard " + shard + " yet");
            }
            session.dispatch(type, data);
        }
    }

    /** One gateway connection, with its own sequence numbers and zlib stream. */
    private static final class Session {
        private final WebSocket connection;
        private final Deflater deflater;
        private int sequence;

        Session(WebSocket connection, boolean compressed) {
            this.connection = connection;
            this.deflater = compressed ? new Deflater() : null;
        }

        synchronized void dispatch(String type, JsonNode data) {
            ObjectNode payload = JSON.createObjectNode().put("op", 0).put("t", type).put("s", ++sequence);
            payload.set("d", data);
            send(payload);
        }

        synchronized void send(Object payload) {
            try {
                byte[] json = JSON.writeValueAsBytes(payload);
                if (deflater == null) {
                    connection.send(new String(json, StandardCharsets.UTF_8));
                    return;
                }
                deflater.setInput(json);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int n;
                // SYNC_FLUSH ends each message on a byte boundary with 00 00 FF FF, which JDA waits for.
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, n);
                } while (n == buffer.length);
                connection.send(out.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        rest.stop(0);
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
