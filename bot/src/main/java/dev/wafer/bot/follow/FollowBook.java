package dev.wafer.bot.follow;

import dev.wafer.corpus.store.JsonFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Every follow and what each has posted, in {@code follows.json} in the data folder: written atomically
 * and changed under a file lock ({@link JsonFile}), so it survives restarts and two processes never
 * lose each other's change.
 */
public final class FollowBook {

    /** Article ids kept per follow: far more than its updates in the weeks a story runs. */
    private static final int KEEP_POSTED = 2000;

    /**
     * @param follows every follow, oldest first
     * @param posted  per follow id, the ids of the articles of every story it has posted (or is posting)
     */
    public record Contents(List<Follow> follows, Map<String, List<String>> posted) {

        public static final Contents EMPTY = new Contents(List.of(), Map.of());

        public Contents {
            follows = follows == null ? List.of() : List.copyOf(follows);
            posted = posted == null ? Map.of() : Map.copyOf(posted);
        }

        public Set<String> postedBy(String followId) {
            return Set.copyOf(posted.getOrDefault(followId, List.of()));
        }

        public Contents with(Follow follow) {
            List<Follow> all = new ArrayList<>(follows);
            all.removeIf(known -> known.id().equals(follow.id()));
            all.add(follow);
            return new Contents(all, posted);
        }

        public Contents without(Follow follow) {
            Map<String, List<String>> kept = new HashMap<>(posted);
            kept.remove(follow.id());
            return new Contents(follows.stream().filter(known -> !known.id().equals(follow.id())).toList(), kept);
        }

        /** {@code articleIds} recorded as posted by the follow, which is stamped with {@code at}. */
        public Contents recorded(String followId, List<String> articleIds, Instant at) {
            Set<String> all = new LinkedHashSet<>(posted.getOrDefault(followId, List.of()));
            all.addAll(articleIds);
            List<String> list = new ArrayList<>(all);
            Map<String, List<String>> changed = new HashMap<>(posted);
            changed.put(followId, List.copyOf(list.subList(Math.max(0, list.size() - KEEP_POSTED), list.size())));
            List<Follow> stamped = follows.stream().map(known -> known.id().equals(followId) ? known.posted(at) : known)
                    .toList();
            return new Contents(stamped, changed);
        }

        /** {@code articleIds} no longer recorded: their update never reached its place. */
        public Contents unrecorded(String followId, List<String> articleIds) {
            List<String> kept = new ArrayList<>(posted.getOrDefault(followId, List.of()));
            kept.removeAll(articleIds);
            Map<String, List<String>> changed = new HashMap<>(posted);
            changed.put(followId, List.copyOf(kept));
            return new Contents(follows, changed);
        }
    }

    private final JsonFile<Contents> file;

    public FollowBook(Path file) {
        this.file = new JsonFile<>(file, Contents.class, "the list of follows");
    }

    public Contents load() {
        return file.locked(this::read);
    }

    /** Applies {@code change} to the contents under the lock and saves the result, which it returns. */
    public Contents update(UnaryOperator<Contents> change) {
        return file.locked(() -> {
            Contents changed = change.apply(read());
            file.write(changed);
            return changed;
        });
    }

    private Contents read() {
        return file.exists() ? file.read("fix it, or delete it to drop every follow") : Contents.EMPTY;
    }
}
