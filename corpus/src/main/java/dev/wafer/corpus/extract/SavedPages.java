package dev.wafer.corpus.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads saved web pages ({@code .html}, {@code .htm}, {@code .html.gz}) the way Wafer would store
 * them, without storing anything: the same {@link HtmlArticleExtractor} that add-url, refresh and
 * import use, so a moderator can see beforehand what a page will give.
 */
public final class SavedPages {

    /** Pages larger than this are refused rather than read into memory (no news page comes close). */
    static final long MAX_PAGE_BYTES = 64L * 1024 * 1024;

    /**
     * One page read: the article found, or why not.
     *
     * @param file  the page's file
     * @param page  what was found, null when the page could not be read
     * @param error a one-line reason, null when the page was read
     */
    public record Result(Path file, ExtractedPage page, String error) {

        public Result {
            Objects.requireNonNull(file, "file");
            if ((page == null) == (error == null)) {
                throw new IllegalArgumentException("a result holds either a page or an error");
            }
        }

        public boolean failed() {
            return error != null;
        }
    }

    private SavedPages() {
    }

    /**
     * The pages the paths name: files as given, and in folders (recursed, sorted) every saved page;
     * hidden files and folders are not entered. A folder that cannot be listed is reported as a
     * failed result by {@link #read}, so one bad folder does not hide the others.
     */
    public static List<Path> list(List<Path> paths) {
        List<Path> pages = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                pages.add(path);
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(path, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        return !dir.equals(path) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile() && !hidden(file) && isSavedPage(file)) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                pages.add(path); // read() says why
                continue;
            }
            found.sort(null);
            pages.addAll(found);
        }
        return pages;
    }

    public static boolean isSavedPage(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".htm.gz");
    }

    /** Reads one page; never throws for a bad page, it comes back as a failed result. */
    public static Result read(Path file) {
        if (Files.isDirectory(file)) {
            return new Result(file, null, "folder cannot be listed");
        }
        if (!Files.isRegularFile(file)) {
            return new Result(file, null, "no such file");
        }
        if (!isSavedPage(file)) {
            return new Result(file, null, "not a saved page; use .html, .htm or .html.gz");
        }
        byte[] bytes;
        try {
            bytes = bytes(file);
        } catch (ZipException e) {
            return new Result(file, null, "is not gzip-compressed although named .gz");
        } catch (IOException | UncheckedIOException e) {
            return new Result(file, null, "cannot be read: " + e.getMessage());
        }
        if (bytes == null) {
            return new Result(file, null, "is larger than " + MAX_PAGE_BYTES / (1024 * 1024) + " MB");
        }
        ExtractedPage page = HtmlArticleExtractor.extract(bytes, null);
        if (page.body() == null || page.body().isBlank()) {
            return new Result(file, null, "no article text found in this page");
        }
        return new Result(file, page, null);
    }

    private static byte[] bytes(Path file) throws IOException {
        if (Files.size(file) > MAX_PAGE_BYTES) {
            return null;
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            byte[] bytes = in.readNBytes((int) MAX_PAGE_BYTES + 1);
            return bytes.length > MAX_PAGE_BYTES ? null : bytes;
        }
    }

    private static boolean hidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }
}
