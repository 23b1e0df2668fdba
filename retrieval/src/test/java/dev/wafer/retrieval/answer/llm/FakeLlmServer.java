package dev.wafer.retrieval.answer.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wafer.testkit.LoopbackServer;
import dev.wafer.testkit.LoopbackServer.Request;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A scripted language model on the tests' loopback server ({@link LoopbackServer}) speaking the OpenAI chat-completions API
 * ({@code POST /v1/chat/completions}, plain JSON or SSE when the request asks to stream) and the
 * Ollama chat API ({@code POST /api/chat}, JSON or NDJSON). The script decides each reply from the
 * request body.
 */
final class FakeLlmServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the server does with one request. */
    record Reply(int status, String content, String rawBody, long delayMillis) {

        /** A normal reply whose answer text is {@code content}. */
        static Reply answer(String content) {
            return new Reply(200, content, null, 0);
        }

        static Reply status(int status) {
            return new Reply(status, null, "{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}", 0);
        }

        static Reply raw(String body) {
            return new Reply(200, null, body, 0);
        }

        Reply delayed(long millis) {
            return new Reply(status, content, rawBody, millis);
        }
    }

    private final LoopbackServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Function<String, Reply> script = body -> Reply.answer("");

    FakeLlmServer() {
        server = LoopbackServer.start()
                .route("/v1/chat/completions", request -> answer(request, false))
                .route("/api/chat", request -> answer(request, true));
    }

    void script(Function<String, Reply> replies) {
        this.script = replies;
    }

    void reply(Reply reply) {
        this.script = body -> reply;
    }

    String openAiUrl() {
        return server.url("/v1");
    }

    String ollamaUrl() {
        return server.base();
    }

    List<String> requests() {
        return requests;
    }

    private LoopbackServer.Reply answer(Request request, boolean ollama) throws IOException, InterruptedException {
        String body = request.text();
        requests.add(body);
        boolean stream = JSON.readTree(body).path("stream").asBoolean(false);
        Reply reply = script.apply(body);
        if (reply.delayMillis() > 0) {
            Thread.sleep(reply.delayMillis());
        }
        if (reply.content() == null) {
            return LoopbackServer.Reply.of(reply.status(), "application/json", reply.rawBody());
        }
        if (stream) {
            return LoopbackServer.Reply.ok(ollama ? "application/x-ndjson" : "text/event-stream",
                    ollama ? ollamaStream(reply.content()) : openAiStream(reply.content()));
        }
        return LoopbackServer.Reply.ok("application/json", ollama ? ollamaReply(reply.content()) : openAiReply(reply.content()));
    }

    private static String openAiReply(String content) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("created", 1_700_000_000L).put("model", "m");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 50).put("total_tokens", 150);
        return root.toString();
    }

    /** The content in chunks of a few words, as server-sent events, then the stop chunk and [DONE]. */
    private static String openAiStream(String content) {
        StringBuilder events = new StringBuilder();
        for (String piece : pieces(content)) {
            ObjectNode chunk = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion.chunk")
                    .put("created", 1_700_000_000L).put("model", "m");
            ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
            choice.putObject("delta").put("content", piece);
            choice.putNull("finish_reason");
            events.append("data: ").append(chunk).append("\n\n");
        }
        ObjectNode last = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000L).put("model", "m");
        last.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("delta");
        events.append("data: ").append(last).append("\n\n").append("data: [DONE]\n\n");
        return events.toString();
    }

    private static String ollamaReply(String content) {
        ObjectNode root = JSON.createObjectNode().put("model", "m").put("created_at", "2025-09-03T10:00:00Z");
        root.putObject("message").put("role", "assistant").put("content", content);
        root.put("done", true).put("done_reason", "stop").put("prompt_eval_count", 100).put("eval_count", 50);
        return root.toString();
    }

    private static String ollamaStream(String content) {
        StringBuilder lines = new StringBuilder();
        for (String piece : pieces(content)) {
            ObjectNode line = JSON.createObjectNode().put("model", "m").put("created_at", "2025-09-03T10:00:00Z");
            line.putObject("message").put("role", "assistant").put("content", piece);
            line.put("done", false);
            lines.append(line).append('\n');
        }
        ObjectNode end = JSON.createObjectNode().put("model", "m").put("created_at", "2025-09-03T10:00:00Z");
        end.putObject("message").put("role", "assistant").put("content", "");
        end.put("done", true).put("done_reason", "stop").put("prompt_eval_count", 100).put("eval_count", 50);
        return lines.append(end).append('\n').toString();
    }

    private static List<String> pieces(String content) {
        List<String> pieces = new java.util.ArrayList<>();
        String[] words = content.split("(?<= )");
        for (int i = 0; i < words.length; i += 3) {
            pieces.add(String.join("", java.util.Arrays.copyOfRange(words, i, Math.min(words.length, i + 3))));
        }
        return pieces;
    }

    @Override
    public void close() {
        server.close();
    }
}
