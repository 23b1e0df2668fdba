package dev.wafer.retrieval.index.solr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored fields of passages this process has read from the cluster, each under the write version
 * ({@code _version_}) it was read at. A search's lists say each passage's current version, so a passage
 * read before is taken from here only while it is unchanged: exact, and the passages a community keeps
 * asking about (this week's news) cost no request after the first. Least recently used go first.
 */
final class ReadPassages {

    /** About 3 KB a passage with its sentence terms: a few megabytes at most. */
    static final int CAPACITY = 2_000;

    private record Read(long version, JsonNode fields) {
    }

    private final int capacity;
    private final Map<String, Read> byId;

    ReadPassages(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
        }
        this.capacity = capacity;
        this.byId = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Read> eldest) {
                return size() > ReadPassages.this.capacity;
            }
        });
    }

    /** The passage's fields if they were read at {@code version}, else null. */
    JsonNode at(String id, long version) {
        Read read = byId.get(id);
        return read != null && read.version() == version ? read.fields() : null;
    }

    /** Keeps {@code fields} of passage {@code id}, read at {@code version}. */
    void keep(String id, long version, JsonNode fields) {
        if (capacity > 0) {
            byId.put(id, new Read(version, fields));
        }
    }

    int size() {
        return byId.size();
    }
}
