package dev.wafer.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wafer.corpus.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during an import. It is simulated at the seam the store opens its files through
 * ({@link LuceneIndex.DirectoryOpener}): the real file-system directory, whose every new file's writes
 * are counted against a budget, and past it throw {@code IOException("No space left on device")}, the
 * words the JDK gives for ENOSPC from write(2). Reads and the existing files are untouched, as on a
 * real full disk.
 */
class FullDiskTest {

    private static final Instant IMPORTED = Instant.parse("2025-09-01T00:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aFullDiskDuringAnImportIsOneLineLosesNothingAndReadingGoesOn() throws Exception {
        Path articles = folder.resolve("articles");
        AtomicLong spaceLeft = new AtomicLong(Long.MAX_VALUE);
        AtomicBoolean fillsDuringMerge = new AtomicBoolean();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream original = System.err;
        try (LuceneArticleStore store = LuceneArticleStore.open(articles, location -> new FillingDirectory(
                FSDirectory.open(location), spaceLeft, fillsDuringMerge))) {
            store.upsert(List.of(article(0), article(1), article(2)));

            // One commit per article, as a refresh of many small feeds does: segments pile up until a
            // background merge starts, and the disk fills while it writes the merged copy (a merge
            // needs room for both, which is when a nearly full disk runs out).
            fillsDuringMerge.set(true);
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            assertThatThrownBy(() -> {
                for (int i = 3; i < 2_000; i++) {
                    store.upsert(List.of(article(i)));
                }
            }).isInstanceOf(StoreException.class)
                    .hasMessage("The disk holding " + folder + " is full (No space left on device); nothing was lost:"
                            + " the data is as it was at its last commit. Free space and run the import or refresh again");
            long stored = store.stats().articles();
            Thread.sleep(200);
            System.setErr(original);

            assertThat(stderr.toString(StandardCharsets.UTF_8)).as("no merge thread's trace").isEmpty();
            // Still full: reading needs no space.
            spaceLeft.set(0);
            assertThat(stored).isGreaterThanOrEqualTo(3);
            assertThat(store.get(article(0).id())).isPresent();
            assertThat(store.findByUrl(article(1).url())).isPresent();
            assertThat(store.all()).hasSize((int) stored);
        } finally {
            System.setErr(original);
        }
        // A later run (status, ask) opens the store on the still-full disk and reads every committed article.
        try (LuceneArticleStore reopened = LuceneArticleStore.open(articles, location -> new FillingDirectory(
                FSDirectory.open(location), new AtomicLong(0), new AtomicBoolean()))) {
            assertThat(reopened.stats().articles()).isGreaterThanOrEqualTo(3);
            assertThat(reopened.get(article(2).id())).isPresent();
        }
    }

    private static Article article(int n) {
        return Article.of("https://fab.example/news/" + n, "Foundry update " + n, "Fab Weekly", null,
                Instant.parse("2025-08-14T00:00:00Z"),
                ("TSMC said its 2 nm line in Hsinchu reached volume production, report " + n + ". ").repeat(40), IMPORTED);
    }

    /**
     * The file-system directory with a shared budget of bytes for everything written to it;
     * once armed, the first merge output leaves only a few kilobytes.
     */
    private static final class FillingDirectory extends FilterDirectory {
        private final AtomicLong spaceLeft;
        private final AtomicBoolean fillsDuringMerge;

        FillingDirectory(Directory in, AtomicLong spaceLeft, AtomicBoolean fillsDuringMerge) {
            super(in);
            this.spaceLeft = spaceLeft;
            this.fillsDuringMerge = fillsDuringMerge;
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            if (context.context() == IOContext.Context.MERGE && fillsDuringMerge.getAndSet(false)) {
                spaceLeft.set(4 * 1024);
            }
            return new FillingOutput(super.createOutput(name, context), spaceLeft);
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            return new FillingOutput(super.createTempOutput(prefix, suffix, context), spaceLeft);
        }
    }

    private static final class FillingOutput extends IndexOutput {
        private final IndexOutput out;
        private final AtomicLong spaceLeft;

        FillingOutput(IndexOutput out, AtomicLong spaceLeft) {
            super(out.toString(), out.getName());
            this.out = out;
            this.spaceLeft = spaceLeft;
        }

        private void take(long bytes) throws IOException {
            if (spaceLeft.addAndGet(-bytes) < 0) {
                spaceLeft.set(0);
                throw new IOException("No space left on device");
            }
        }

        @Override
        public void writeByte(byte b) throws IOException {
            take(1);
            out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            take(length);
            out.writeBytes(b, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public long getFilePointer() {
            return out.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
            return out.getChecksum();
        }
    }
}
