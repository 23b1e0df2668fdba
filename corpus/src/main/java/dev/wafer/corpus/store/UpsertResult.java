package dev.wafer.corpus.store;

import java.util.List;

/** What an upsert did, by article id. */
public record UpsertResult(List<String> added, List<String> updated, List<String> unchanged) {

    public UpsertResult {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        unchanged = List.copyOf(unchanged);
    }

    /** Ids whose stored content changed, i.e. whose passages must be (re)indexed. */
    public List<String> changed() {
        return java.util.stream.Stream.concat(added.stream(), updated.stream()).toList();
    }
}
