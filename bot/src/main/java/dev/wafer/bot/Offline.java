package dev.wafer.bot;

/**
 * Keeps libraries from making network calls the user did not ask for. The DJL tokenizer under the
 * embedding model otherwise contacts a cloud metadata address when it loads. Set before any of its
 * classes load; the launcher also passes the same flags to the JVM.
 */
public final class Offline {

    /** Held so the JUL logger (and its level) is not garbage-collected. */
    private static final java.util.logging.Logger LUCENE_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Offline() {
    }

    public static void enforce() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.disable_usage_tracking", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        // Lucene reports its vector-instruction setup through java.util.logging on every start; the
        // launcher enables the fast path where it matters, so the notice is only noise for users.
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
    }
}
