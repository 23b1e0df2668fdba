package dev.wafer.corpus.store.solr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wafer.corpus.solr.SolrNodes;
import dev.wafer.corpus.store.WriteLock;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One writer at a time for a corpus shared on Solr: a lease document in the articles collection,
 * taken and given back with Solr's optimistic concurrency ({@code _version_}), so two processes that
 * try at the same moment cannot both win. A lease that its holder never gave back (the process was
 * killed) lapses after {@link #LEASE}, and the next writer takes it over. Holds nest within a process:
 * a refresh holds the lease while each of its commits takes it again.
 */
public final class SolrWriteLock implements WriteLock {

    static final String ID = "meta:writer";
    /** Longer than any one refresh's commit takes; a holder renews it with each commit after {@link #RENEW_AFTER}. */
    static final Duration LEASE = Duration.ofMinutes(30);
    private static final Duration RENEW_AFTER = Duration.ofMinutes(5);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final SolrNodes solr;
    private final String collection;
    private final Clock clock;
    /** This process's name in the lease: host, pid, and a random part so two opens in one JVM differ. */
    private final String holder;
    private int depth;
    /** When this process last took or renewed the lease. */
    private Instant taken = Instant.EPOCH;

    public SolrWriteLock(SolrNodes solr, String collection, Clock clock) {
        this.solr = solr;
        this.collection = collection;
        this.clock = clock;
        this.holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public synchronized Held acquire(String task) {
        if (depth == 0) {
            take(task);
        } else if (clock.instant().isAfter(taken.plus(RENEW_AFTER))) {
            // A long refresh or rebuild takes the lease again with each commit: renewed, it never lapses under it.
            take(task);
        }
        depth++;
        return this::release;
    }

    private void take(String task) {
        JsonNode current = solr.realTimeGet(collection, ID);
        Instant now = clock.instant();
        long expected;
        if (current == null) {
            expected = -1; // "must not exist yet"
        } else if (current.path("expires").asLong() < now.toEpochMilli() || current.path("holder").asText("").isEmpty()
                || holder.equals(current.path("holder").asText())) {
            expected = current.path("_version_").asLong();
        } else {
            throw busy(current);
        }
        Map<String, Object> lease = new LinkedHashMap<>();
        lease.put("id", ID);
        lease.put("kind", "meta");
        lease.put("holder", holder);
        lease.put("task", task);
        lease.put("since", now.toEpochMilli());
        lease.put("expires", now.plus(LEASE).toEpochMilli());
        lease.put("_version_", expected);
        try {
            solr.update(collection, List.of(lease), true);
            taken = now;
        } catch (SolrNodes.VersionConflict e) {
            JsonNode winner = solr.realTimeGet(collection, ID);
            if (winner != null && holder.equals(winner.path("holder").asText())) {
                // Our own write, repeated after a node failed mid-way through it: the lease is ours.
                taken = now;
                return;
            }
            throw winner == null ? new WriteLock.Busy("Another Wafer process is writing the shared corpus;"
                    + " try again in a moment") : busy(winner);
        }
    }

    private synchronized void release() {
        if (depth == 0) {
            return;
        }
        depth--;
        if (depth > 0) {
            return;
        }
        JsonNode current = solr.realTimeGet(collection, ID);
        if (current == null || !holder.equals(current.path("holder").asText())) {
            return; // lapsed and taken over: not ours to give back
        }
        Map<String, Object> free = new LinkedHashMap<>();
        free.put("id", ID);
        free.put("kind", "meta");
        free.put("holder", "");
        free.put("expires", 0L);
        free.put("_version_", current.path("_version_").asLong());
        try {
            solr.update(collection, List.of(free), true);
        } catch (SolrNodes.VersionConflict e) {
            // Someone took over a lapsed lease meanwhile; it is theirs now.
        }
    }

    private static WriteLock.Busy busy(JsonNode lease) {
        return new WriteLock.Busy("Another Wafer process (" + lease.path("holder").asText("?").replaceAll("/.*", "")
                + ") has been writing the shared corpus since " + TIME.format(Instant.ofEpochMilli(lease.path("since")
                .asLong())) + " (" + lease.path("task").asText("a write") + "); this was not run. Try again when it"
                + " finishes.");
    }
}
