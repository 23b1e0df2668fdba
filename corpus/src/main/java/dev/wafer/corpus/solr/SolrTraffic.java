package dev.wafer.corpus.solr;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one process has asked of the Solr cluster, for an operator's graphs: requests by how they ended,
 * the time they took (trying other nodes included), and the tries a node could not answer, which show a
 * node going down or a shard copy recovering before any question is lost.
 */
public final class SolrTraffic {

    /** How a request ended. */
    public enum Outcome {
        /** A node answered it. */
        ANSWERED,
        /** Solr said no: a lease already taken, wrong credentials, a request it does not accept. */
        REFUSED,
        /** No node answered within the patience (or the asking thread was interrupted). */
        UNANSWERED
    }

    private final Map<Outcome, LongAdder> requests = new EnumMap<>(Outcome.class);
    private final LongAdder nanos = new LongAdder();
    private final LongAdder nodeTrouble = new LongAdder();

    public SolrTraffic() {
        for (Outcome outcome : Outcome.values()) {
            requests.put(outcome, new LongAdder());
        }
    }

    void ended(Outcome outcome, long startNanos) {
        requests.get(outcome).increment();
        nanos.add(System.nanoTime() - startNanos);
    }

    void troubledTry() {
        nodeTrouble.increment();
    }

    public long requests(Outcome outcome) {
        return requests.get(outcome).sum();
    }

    /** Requests, however they ended. */
    public long requests() {
        return requests.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Time all requests took, from sending to their end. */
    public double seconds() {
        return nanos.sum() / 1e9;
    }

    /** Tries that a node could not answer (down, refusing connections, a shard copy not live) and that went on to the next node. */
    public long nodeTrouble() {
        return nodeTrouble.sum();
    }
}
