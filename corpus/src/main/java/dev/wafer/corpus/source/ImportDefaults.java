package dev.wafer.corpus.source;

import java.time.Instant;
import java.util.Optional;

/**
 * What to assume for files that do not say it themselves (a raw text article has no publisher or
 * date line). Values the file declares always win.
 */
public record ImportDefaults(Optional<String> publisher, Optional<Instant> published) {

    public static final ImportDefaults NONE = new ImportDefaults(Optional.empty(), Optional.empty());

    public ImportDefaults {
        publisher = publisher.filter(value -> !value.isBlank()).map(String::strip);
    }
}
