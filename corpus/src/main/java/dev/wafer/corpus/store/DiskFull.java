package dev.wafer.corpus.store;

import java.io.IOException;
import java.nio.file.FileSystemException;

/** Tells a full disk from other write failures, so the person is told to free space rather than to restart. */
final class DiskFull {

    /** The words the JDK takes from the system (ENOSPC) for every write that found no space. */
    private static final String NO_SPACE = "No space left on device";

    private DiskFull() {
    }

    static boolean in(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String words = cause instanceof FileSystemException files ? files.getReason() : cause.getMessage();
            if (cause instanceof IOException && words != null && words.contains(NO_SPACE)) {
                return true;
            }
        }
        return false;
    }
}
