package dev.wafer.corpus.store;

import java.nio.file.Path;

/** Another Wafer process holds the write lock of an index in this data folder. */
public class DataFolderInUseException extends StoreException {

    private static final long serialVersionUID = 1L;

    public DataFolderInUseException(Path location, Throwable cause) {
        super(location, "The data folder " + location.getParent() + " is in use by another Wafer process"
                + " (e.g. a running `wafer serve`). Stop it, or choose another folder with --data.", cause);
    }
}
