package dev.wafer.retrieval.correction;

import java.time.Instant;
import java.util.Objects;

/**
 * A newer report that changes a cited claim.
 *
 * @param claim     the claim as the answer cited it
 * @param kind      how the newer report changes it
 * @param sentence  the newer report's sentence that changes it
 * @param title     the newer article's headline
 * @param outlet    who published it
 * @param url       its address
 * @param published when it was published
 */
public record Correction(CitedClaim claim, ChangeKind kind, String sentence, String title, String outlet, String url,
                         Instant published) {

    public Correction {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(published, "published");
    }
}
