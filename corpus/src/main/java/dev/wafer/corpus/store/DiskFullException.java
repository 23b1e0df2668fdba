package dev.wafer.corpus.store;

import java.nio.file.Path;

/**
 * A write found the disk full. Nothing committed is lost, and reading needs no space, so a command that
 * only reads can go on; one that writes tells the person to free space and try again.
 */
public final class DiskFullException extends StoreException {

    private static final long serialVersionUID = 1L;

    DiskFullException(Path location, Path disk, Throwable cause) {
        super(location, "The disk holding " + disk + " is full (No space left on device); nothing was lost: the data is"
                + " as it was at its last commit. Free space and run the import or refresh again", cause);
    }
}
