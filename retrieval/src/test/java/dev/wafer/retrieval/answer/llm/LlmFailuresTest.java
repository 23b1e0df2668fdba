package dev.wafer.retrieval.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LlmFailuresTest {

    private static final String SERVER = "http://127.0.0.1:11434";
    private static final String KEY = "sk-secret-key-0123456789";

    @Test
    void eachKindOfFailureIsSaidInWordsAnOperatorCanActOn() {
        assertThat(describe(new TimeoutException("read timed out"), Duration.ofSeconds(20)))
                .isEqualTo("the language model did not answer within 20 s");
        assertThat(describe(new RuntimeException(new HttpTimeoutException("timed out")), Duration.ofMillis(1500)))
                .as("found in the causes, with a fraction of a second").isEqualTo("the language model did not answer within 1.5 s");
        assertThat(describe(new RateLimitException("slow down"), Duration.ofSeconds(20)))
                .isEqualTo("the language model is rate-limited (HTTP 429); try again shortly");
        assertThat(describe(new HttpException(429, "{}"), Duration.ofSeconds(20)))
                .isEqualTo("the language model is rate-limited (HTTP 429); try again shortly");
        assertThat(describe(new AuthenticationException("bad key"), Duration.ofSeconds(20)))
                .isEqualTo("the language model refused the API key (HTTP 401/403); check WAFER_LLM_API_KEY");
        assertThat(describe(new ModelNotFoundException("no model"), Duration.ofSeconds(20)))
                .isEqualTo("the language model server does not know that model (HTTP 404); check WAFER_LLM_MODEL");
        assertThat(describe(new HttpException(502, "Bad gateway"), Duration.ofSeconds(20)))
                .isEqualTo("the language model failed (HTTP 502)");
        assertThat(describe(new RuntimeException("wrapped", new ConnectException("Connection refused")), Duration.ofSeconds(20)))
                .isEqualTo("the language model at " + SERVER + " could not be reached");
        assertThat(describe(new IllegalStateException("odd"), Duration.ofSeconds(20)))
                .isEqualTo("the language model failed (IllegalStateException)");
    }

    @Test
    void neitherTheWordsNorTheTraceRepeatWhatTheServerSentBack() {
        HttpException echoed = new HttpException(400, "{\"error\":\"invalid header Authorization: Bearer " + KEY + "\"}");
        RuntimeException failure = new RuntimeException("call failed: " + KEY, echoed);

        assertThat(LlmFailures.describe(failure, SERVER, Duration.ofSeconds(20))).doesNotContain(KEY)
                .isEqualTo("the language model failed (HTTP 400)");
        assertThat(LlmFailures.trace(failure)).doesNotContain(KEY)
                .startsWith("java.lang.RuntimeException at ")
                .contains(" <- dev.langchain4j.exception.HttpException (HTTP 400) at ");
    }

    private static String describe(Throwable error, Duration timeout) {
        return LlmFailures.describe(error, SERVER, timeout);
    }
}
