package dev.wafer.corpus.store;

/**
 * Who may write the corpus now. An embedded data folder has one process, which orders its own writes
 * ({@link #NONE}); a corpus shared on a cluster has one writer at a time, and a second refresh there is
 * refused with a line saying who is writing, rather than interleaved.
 */
@FunctionalInterface
public interface WriteLock {

    /** Nothing to coordinate: the data folder belongs to this process alone. */
    WriteLock NONE = task -> () -> { };

    /**
     * Holds the right to write until the returned hold is closed. Holds nest within one process.
     *
     * @param task what the write is, for the refusal another writer sees ("a feed refresh")
     * @throws Busy when another process is writing; the message says who and since when
     */
    Held acquire(String task);

    /**
     * Another process holds the right to write. An {@link IllegalStateException}, as anything that cannot be
     * done right now is, but of its own type, so a caller that may skip a write catches only this refusal and
     * never a failure of the write itself.
     */
    final class Busy extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        public Busy(String message) {
            super(message);
        }
    }

    /** A held right to write; closing it lets others write. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
