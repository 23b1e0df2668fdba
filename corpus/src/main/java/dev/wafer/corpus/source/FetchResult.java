package dev.wafer.corpus.source;

import java.util.Optional;

/**
 * A fetched document, or the news that it has not changed since the validators given.
 *
 * @param url          the address finally reached, after redirects
 * @param notModified  true when the server answered 304: {@code body} is empty
 * @param body         the decoded text
 * @param contentType  the {@code Content-Type} header, or null
 * @param etag         the {@code ETag} to send next time, or null
 * @param lastModified the {@code Last-Modified} to send next time, or null
 */
public record FetchResult(String url, boolean notModified, String body, String contentType, String etag,
                          String lastModified) {

    public Optional<String> etagValue() {
        return Optional.ofNullable(etag);
    }
}
