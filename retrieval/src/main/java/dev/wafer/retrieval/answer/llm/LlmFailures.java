package dev.wafer.retrieval.answer.llm;

import com.fasterxml.jackson.core.JacksonException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.JsonException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Says in plain words why a language-model call failed, for the {@code fallbackReason} and the one
 * log line. Never includes the response body or request headers: they may echo the API key.
 */
final class LlmFailures {

    private LlmFailures() {
    }

    static String describe(Throwable error, String server, Duration timeout) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof dev.langchain4j.exception.TimeoutException
                    || cause instanceof java.util.concurrent.TimeoutException
                    || cause instanceof HttpTimeoutException
                    || cause instanceof java.net.SocketTimeoutException) {
                return "the language model did not answer within " + seconds(timeout);
            }
            if (cause instanceof RateLimitException) {
                return "the language model is rate-limited (HTTP 429); try again shortly";
            }
            if (cause instanceof AuthenticationException) {
                return "the language model refused the API key (HTTP 401/403); check WAFER_LLM_API_KEY";
            }
            if (cause instanceof ModelNotFoundException) {
                return "the language model server does not know that model (HTTP 404); check WAFER_LLM_MODEL";
            }
            if (cause instanceof HttpException http) {
                return http.statusCode() == 429
                        ? "the language model is rate-limited (HTTP 429); try again shortly"
                        : "the language model failed (HTTP " + http.statusCode() + ")";
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof UnresolvedModelServerException
                    || cause instanceof java.nio.channels.ClosedChannelException) {
                return "the language model at " + server + " could not be reached";
            }
            if (cause instanceof JsonException || cause instanceof JacksonException) {
                return "the language model's reply was not valid JSON";
            }
        }
        return "the language model failed (" + error.getClass().getSimpleName() + ")";
    }

    /**
     * The failure's chain of exception types with HTTP statuses, for the debug log: never a message,
     * since a server may echo the request (and with it the API key) in its error body.
     */
    static String trace(Throwable error) {
        StringBuilder trace = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (!trace.isEmpty()) {
                trace.append(" <- ");
            }
            trace.append(cause.getClass().getName());
            if (cause instanceof HttpException http) {
                trace.append(" (HTTP ").append(http.statusCode()).append(')');
            }
            StackTraceElement[] frames = cause.getStackTrace();
            if (frames.length > 0) {
                trace.append(" at ").append(frames[0]);
            }
        }
        return trace.toString();
    }

    private static String seconds(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
