package dev.wafer.testkit;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.ProviderMismatchException;
import java.nio.file.StandardOpenOption;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A real folder seen through a file system whose disk fills up: every byte written through a stream
 * counts against a budget, and past it the write throws {@code IOException("No space left on device")},
 * the words the JDK gives for ENOSPC. Reads, listings, renames and locks go to the real files, so code
 * handed a path from {@link #root()} runs exactly as on the default file system until the space runs out.
 */
public final class FillingDisk {

    private static final String NO_SPACE = "No space left on device";

    private final Path folder;
    private final AtomicLong spaceLeft = new AtomicLong(Long.MAX_VALUE);
    private volatile Predicate<Path> fillsAt = path -> false;
    private final Fs fileSystem;

    private FillingDisk(Path folder) {
        this.folder = folder.toAbsolutePath();
        this.fileSystem = new Fs();
    }

    /** {@code folder} (a real directory) as the root of a disk with unlimited space until told otherwise. */
    public static FillingDisk over(Path folder) {
        return new FillingDisk(folder);
    }

    /** The folder, as a path on this disk: hand it to the code under test. */
    public Path root() {
        return new FillingPath(fileSystem, folder);
    }

    /** No space left from now on. */
    public void fill() {
        spaceLeft.set(0);
    }

    /** The disk fills as soon as a file whose real path matches {@code where} is opened for writing. */
    public void fillWhenWriting(Predicate<Path> where) {
        fillsAt = where;
    }

    /** Space again, as after someone deletes old files. */
    public void free() {
        fillsAt = path -> false;
        spaceLeft.set(Long.MAX_VALUE);
    }

    private void take(long bytes) throws IOException {
        if (bytes > 0 && spaceLeft.addAndGet(-bytes) < 0) {
            spaceLeft.set(0);
            throw new IOException(NO_SPACE);
        }
    }

    private static Path real(Path path) {
        if (path instanceof FillingPath filling) {
            return filling.real;
        }
        throw new ProviderMismatchException(String.valueOf(path));
    }

    private final class Provider extends FileSystemProvider {
        private final FileSystemProvider base = folder.getFileSystem().provider();

        @Override
        public String getScheme() {
            return "filling";
        }

        @Override
        public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileSystem getFileSystem(URI uri) {
            return fileSystem;
        }

        @Override
        public Path getPath(URI uri) {
            return new FillingPath(fileSystem, Path.of(uri));
        }

        @Override
        public OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
            Path target = real(path);
            if (fillsAt.test(target)) {
                fill();
            }
            return new FilterOutputStream(base.newOutputStream(target, options)) {
                @Override
                public void write(int b) throws IOException {
                    take(1);
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    take(len);
                    out.write(b, off, len);
                }
            };
        }

        @Override
        public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
                throws IOException {
            SeekableByteChannel channel = base.newByteChannel(real(path), options, attrs);
            if (!options.contains(StandardOpenOption.WRITE) && !options.contains(StandardOpenOption.APPEND)) {
                return channel;
            }
            return new SeekableByteChannel() {
                @Override
                public int read(ByteBuffer dst) throws IOException {
                    return channel.read(dst);
                }

                @Override
                public int write(ByteBuffer src) throws IOException {
                    take(src.remaining());
                    return channel.write(src);
                }

                @Override
                public long position() throws IOException {
                    return channel.position();
                }

                @Override
                public SeekableByteChannel position(long newPosition) throws IOException {
                    channel.position(newPosition);
                    return this;
                }

                @Override
                public long size() throws IOException {
                    return channel.size();
                }

                @Override
                public SeekableByteChannel truncate(long size) throws IOException {
                    channel.truncate(size);
                    return this;
                }

                @Override
                public boolean isOpen() {
                    return channel.isOpen();
                }

                @Override
                public void close() throws IOException {
                    channel.close();
                }
            };
        }

        @Override
        public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
                throws IOException {
            // Reads, memory maps, fsync and locks (Lucene opens with WRITE to force or lock, never to write).
            return base.newFileChannel(real(path), options, attrs);
        }

        @Override
        public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
                throws IOException {
            DirectoryStream<Path> entries = base.newDirectoryStream(real(dir),
                    entry -> filter.accept(new FillingPath(fileSystem, entry)));
            return new DirectoryStream<>() {
                @Override
                public Iterator<Path> iterator() {
                    Iterator<Path> inner = entries.iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return inner.hasNext();
                        }

                        @Override
                        public Path next() {
                            return new FillingPath(fileSystem, inner.next());
                        }
                    };
                }

                @Override
                public void close() throws IOException {
                    entries.close();
                }
            };
        }

        @Override
        public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
            base.createDirectory(real(dir), attrs);
        }

        @Override
        public void delete(Path path) throws IOException {
            base.delete(real(path));
        }

        @Override
        public void copy(Path source, Path target, CopyOption... options) throws IOException {
            base.copy(real(source), real(target), options);
        }

        @Override
        public void move(Path source, Path target, CopyOption... options) throws IOException {
            base.move(real(source), real(target), options);
        }

        @Override
        public boolean isSameFile(Path path, Path path2) throws IOException {
            return base.isSameFile(real(path), real(path2));
        }

        @Override
        public boolean isHidden(Path path) throws IOException {
            return base.isHidden(real(path));
        }

        @Override
        public FileStore getFileStore(Path path) throws IOException {
            return base.getFileStore(real(path));
        }

        @Override
        public void checkAccess(Path path, AccessMode... modes) throws IOException {
            base.checkAccess(real(path), modes);
        }

        @Override
        public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
            return base.getFileAttributeView(real(path), type, options);
        }

        @Override
        public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
                throws IOException {
            return base.readAttributes(real(path), type, options);
        }

        @Override
        public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
            return base.readAttributes(real(path), attributes, options);
        }

        @Override
        public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
            base.setAttribute(real(path), attribute, value, options);
        }
    }

    private final class Fs extends FileSystem {
        private final Provider provider = new Provider();

        @Override
        public FileSystemProvider provider() {
            return provider;
        }

        @Override
        public void close() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public boolean isReadOnly() {
            return false;
        }

        @Override
        public String getSeparator() {
            return folder.getFileSystem().getSeparator();
        }

        @Override
        public Iterable<Path> getRootDirectories() {
            List<Path> roots = new ArrayList<>();
            folder.getFileSystem().getRootDirectories().forEach(root -> roots.add(new FillingPath(this, root)));
            return roots;
        }

        @Override
        public Iterable<FileStore> getFileStores() {
            return folder.getFileSystem().getFileStores();
        }

        @Override
        public Set<String> supportedFileAttributeViews() {
            return folder.getFileSystem().supportedFileAttributeViews();
        }

        @Override
        public Path getPath(String first, String... more) {
            return new FillingPath(this, folder.getFileSystem().getPath(first, more));
        }

        @Override
        public PathMatcher getPathMatcher(String syntaxAndPattern) {
            PathMatcher matcher = folder.getFileSystem().getPathMatcher(syntaxAndPattern);
            return path -> matcher.matches(real(path));
        }

        @Override
        public UserPrincipalLookupService getUserPrincipalLookupService() {
            return folder.getFileSystem().getUserPrincipalLookupService();
        }

        @Override
        public WatchService newWatchService() {
            throw new UnsupportedOperationException();
        }
    }

    /** A real path, wrapped so that the file system it belongs to is the filling one. */
    private record FillingPath(Fs fs, Path real) implements Path {

        private Path wrap(Path path) {
            return path == null ? null : new FillingPath(fs, path);
        }

        @Override
        public FileSystem getFileSystem() {
            return fs;
        }

        @Override
        public boolean isAbsolute() {
            return real.isAbsolute();
        }

        @Override
        public Path getRoot() {
            return wrap(real.getRoot());
        }

        @Override
        public Path getFileName() {
            return wrap(real.getFileName());
        }

        @Override
        public Path getParent() {
            return wrap(real.getParent());
        }

        @Override
        public int getNameCount() {
            return real.getNameCount();
        }

        @Override
        public Path getName(int index) {
            return wrap(real.getName(index));
        }

        @Override
        public Path subpath(int beginIndex, int endIndex) {
            return wrap(real.subpath(beginIndex, endIndex));
        }

        @Override
        public boolean startsWith(Path other) {
            return other instanceof FillingPath filling && real.startsWith(filling.real);
        }

        @Override
        public boolean endsWith(Path other) {
            return other instanceof FillingPath filling && real.endsWith(filling.real);
        }

        @Override
        public Path normalize() {
            return wrap(real.normalize());
        }

        @Override
        public Path resolve(Path other) {
            return wrap(real.resolve(other instanceof FillingPath filling ? filling.real : real.getFileSystem().getPath(other.toString())));
        }

        @Override
        public Path relativize(Path other) {
            return wrap(real.relativize(FillingDisk.real(other)));
        }

        @Override
        public URI toUri() {
            return real.toUri();
        }

        @Override
        public Path toAbsolutePath() {
            return wrap(real.toAbsolutePath());
        }

        @Override
        public Path toRealPath(LinkOption... options) throws IOException {
            return wrap(real.toRealPath(options));
        }

        @Override
        public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int compareTo(Path other) {
            return real.compareTo(FillingDisk.real(other));
        }

        @Override
        public String toString() {
            return real.toString();
        }
    }
}
