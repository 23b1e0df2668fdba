package dev.wafer.corpus.extract;

import java.util.Map;
import java.util.Optional;

/**
 * What could be read from an article's text: its headline, byline, cleaned body and any metadata
 * the file itself declared (front matter or "Publisher:"-style header lines).
 */
public record ParsedText(String title, String author, String body, Map<String, String> metadata) {

    public ParsedText {
        metadata = Map.copyOf(metadata);
    }

    public Optional<String> meta(String key) {
        return Optional.ofNullable(metadata.get(key));
    }
}
