package dev.wafer.retrieval.answer.llm;

import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.FixtureSources;
import dev.wafer.retrieval.answer.Question;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wafer.retrieval.NewsLibrary;
import dev.wafer.retrieval.answer.llm.LlmConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Model servers that never finish: a reply that trickles a byte a second, a stream that never ends, a
 * reply far longer than any answer. Each is a raw socket on 127.0.0.1 speaking just enough HTTP/1.1 and
 * OpenAI chat-completions JSON, so the test sees exactly when the client lets go of the connection.
 */
class LlmReplyLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock TODAY = Clock.fixed(Instant.parse("2025-09-10T12:00:00Z"), ZoneOffset.UTC);
    private static final Question QUESTION = Question.of("Why was DeepSeek's R2 delayed?");
    private static final String SUPPORTED = "DeepSeek postponed R2 after repeated training runs on Huawei's Ascend 910C "
            + "accelerators failed to finish, Harbor Tech News reported on 2025-08-14 [1]. ";
    private static final int TIMEOUT_SECONDS = 2;

    @Test
    void aTricklingReplyDoesNotHoldTheAnswerPastTheTimeout() throws Exception {
        String reply = openAiReply(SUPPORTED);
        try (RawModelServer server = new RawModelServer(out -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + reply.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (byte b : reply.getBytes(StandardCharsets.UTF_8)) {
                out.write(b);
                out.flush();
                Thread.sleep(1_000);
            }
        })) {
            long start = System.nanoTime();
            Answer answer = composer(server).compose(QUESTION, FixtureSources.all());
            long tookMillis = (System.nanoTime() - start) / 1_000_000;

            assertExtractive(answer, "did not answer within " + TIMEOUT_SECONDS + " s");
            // The deadline is the timeout, plus the moment it takes to give up.
            assertThat(tookMillis).isLessThan(TIMEOUT_SECONDS * 1_000L + 1_500);
            assertThat(server.closed.await(5, TimeUnit.SECONDS)).as("the client closed the trickling connection").isTrue();
        }
    }

    @Test
    void aStreamThatNeverEndsIsClosedAfterTheFallback() throws Exception {
        try (RawModelServer server = new RawModelServer(out -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            while (true) {
                out.write(("data: " + openAiChunk("more ") + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(50);
            }
        })) {
            List<String> previews = new ArrayList<>();
            Answer answer = composer(server).compose(QUESTION, FixtureSources.all(), previews::add);

            assertExtractive(answer, "did not answer within " + TIMEOUT_SECONDS + " s");
            assertThat(previews).singleElement().asString().startsWith("Composing an answer");
            assertThat(server.closed.await(3, TimeUnit.SECONDS)).as("the client closed the endless stream").isTrue();
        }
    }

    @Test
    void aReplyFarLongerThanAnyAnswerIsRefusedBeforeItIsChecked() throws Exception {
        String megabyte = SUPPORTED.repeat(1_000_000 / SUPPORTED.length());
        String reply = openAiReply(megabyte);
        try (RawModelServer server = new RawModelServer(out -> {
            byte[] body = reply.getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        })) {
            Answer answer = composer(server).compose(QUESTION, FixtureSources.all());

            assertExtractive(answer, "reply was too long");
            assertThat(answer.removed()).as("nothing of it was checked sentence by sentence").isEmpty();
        }
    }

    @Test
    void aStreamFarLongerThanAnyAnswerIsCutOffAndClosed() throws Exception {
        try (RawModelServer server = new RawModelServer(out -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            while (true) {
                out.write(("data: " + openAiChunk(SUPPORTED) + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        })) {
            Answer answer = composer(server).compose(QUESTION, FixtureSources.all(), text -> { });

            assertExtractive(answer, "reply was too long");
            assertThat(server.closed.await(3, TimeUnit.SECONDS)).as("the client closed the stream it cut off").isTrue();
        }
    }

    private static LlmAnswerComposer composer(RawModelServer server) {
        return LlmAnswerComposer.of(LlmConfig.from(Map.of("WAFER_LLM_PROVIDER", "openai",
                "WAFER_LLM_BASE_URL", "http://127.0.0.1:" + server.port() + "/v1", "WAFER_LLM_MODEL", "m",
                "WAFER_LLM_TIMEOUT_SECONDS", String.valueOf(TIMEOUT_SECONDS))), NewsLibrary.sharedEmbedder().get(), TODAY);
    }

    private static void assertExtractive(Answer answer, String reason) {
        assertThat(answer.mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
        assertThat(answer.fallback()).hasValueSatisfying(text -> assertThat(text).contains(reason));
        assertThat(answer.citations()).isNotEmpty();
    }

    private static String openAiReply(String content) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("created", 1_700_000_000L).put("model", "m");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        return root.toString();
    }

    private static String openAiChunk(String content) {
        ObjectNode chunk = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000L).put("model", "m");
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.putObject("delta").put("content", content);
        choice.putNull("finish_reason");
        return chunk.toString();
    }

    /** What the server writes after it has read one request. */
    private interface Script {
        void write(OutputStream out) throws IOException, InterruptedException;
    }

    /**
     * One connection at a time: reads the request, then runs the script while another thread waits
     * for the client to close its side ({@link #closed}).
     */
    private static final class RawModelServer implements AutoCloseable {
        final CountDownLatch closed = new CountDownLatch(1);
        private final ServerSocket socket;
        private final Thread acceptor;

        RawModelServer(Script script) throws IOException {
            socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            acceptor = Thread.ofPlatform().daemon().start(() -> {
                try (Socket client = socket.accept()) {
                    InputStream in = client.getInputStream();
                    readRequest(in);
                    Thread.ofPlatform().daemon().start(() -> {
                        try {
                            while (in.read() >= 0) {
                                // The client sends nothing more; the read ends when it closes.
                            }
                        } catch (IOException e) {
                            // A reset is a close too.
                        }
                        closed.countDown();
                    });
                    script.write(client.getOutputStream());
                } catch (IOException | InterruptedException e) {
                    closed.countDown();
                }
            });
        }

        int port() {
            return socket.getLocalPort();
        }

        private static void readRequest(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("request ended early");
                }
                head.write(b);
            }
            String headers = head.toString(StandardCharsets.US_ASCII).toLowerCase();
            int at = headers.indexOf("content-length:");
            long length = at < 0 ? 0 : Long.parseLong(headers.substring(at + 15, headers.indexOf("\r\n", at)).strip());
            in.readNBytes((int) length);
        }

        @Override
        public void close() throws IOException {
            socket.close();
            acceptor.interrupt();
        }
    }
}
