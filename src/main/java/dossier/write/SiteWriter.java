package dossier.write;

import dossier.render.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.io.file.PathUtils;

/**
 * Writes a built site atomically: every file goes into {@code .<site>-build-<id>/} beside the
 * output folder, then the old folder is moved aside and the new one renamed into place. A build
 * that fails or is killed leaves the previous site whole; the next build removes its leftovers.
 *
 * <p>A file whose bytes are those of the current site is hard-linked into the new folder rather
 * than written again, so it keeps its inode and modification time: rsync and hosts that compare
 * dates see only the files that really changed.
 */
public final class SiteWriter {

    /** How many files got new bytes and how many were kept as they were. */
    public record Written(int changed, int unchanged) {
    }

    public Written write(List<OutputFile> files, Path out) throws IOException {
        var target = out.toAbsolutePath().normalize();
        var parent = target.getParent();
        Files.createDirectories(parent);
        var name = target.getFileName().toString();
        removeLeftovers(parent, name);
        var id = UUID.randomUUID().toString().substring(0, 8);
        var staging = parent.resolve("." + name + "-build-" + id);
        try {
            var written = writeAll(files, staging, target);
            swap(staging, target, parent.resolve("." + name + "-old-" + id));
            return written;
        } finally {
            if (Files.exists(staging)) {
                PathUtils.deleteDirectory(staging);
            }
        }
    }

    private static Written writeAll(List<OutputFile> files, Path staging, Path current) throws IOException {
        Files.createDirectories(staging);
        var unchanged = new AtomicInteger();
        var buffers = ThreadLocal.withInitial(() -> new byte[64 * 1024]);
        // Failures are kept, not thrown from the workers: a throw would end the stream while other
        // workers still write, and the staging folder could not be removed behind them.
        var failure = new AtomicReference<IOException>();
        files.parallelStream().forEach(file -> {
            if (failure.get() != null) {
                return;
            }
            try {
                var path = staging.resolve(file.path().file());
                if (!path.normalize().startsWith(staging)) {
                    throw new IOException("refusing to write outside the site: " + file.path());
                }
                Files.createDirectories(path.getParent());
                var bytes = file.bytes();
                if (linkedUnchanged(bytes, path, current.resolve(file.path().file()), buffers.get())) {
                    unchanged.incrementAndGet();
                } else {
                    Files.write(path, bytes);
                }
            } catch (IOException e) {
                failure.compareAndSet(null, e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Written(files.size() - unchanged.get(), unchanged.get());
    }

    /** Links the current site's file into the staging folder when its bytes are the same; false when it is not. */
    private static boolean linkedUnchanged(byte[] bytes, Path staged, Path existing, byte[] buffer) throws IOException {
        if (!Files.isRegularFile(existing) || Files.size(existing) != bytes.length
                || !sameBytes(existing, bytes, buffer)) {
            return false;
        }
        try {
            Files.createLink(staged, existing);
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            // A file system without hard links: writing the bytes again is still correct.
            return false;
        }
    }

    /**
     * Compares a file with bytes through a small buffer reused by each worker: reading whole files would make a
     * second copy of the site in memory (220 MB at 10,000 articles) only to throw it away.
     */
    private static boolean sameBytes(Path existing, byte[] bytes, byte[] buffer) throws IOException {
        try (var in = Files.newInputStream(existing)) {
            int offset = 0;
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                if (offset + read > bytes.length || Arrays.mismatch(buffer, 0, read, bytes, offset, offset + read) >= 0) {
                    return false;
                }
                offset += read;
            }
            return offset == bytes.length;
        }
    }

    private static void swap(Path staging, Path target, Path old) throws IOException {
        boolean had = Files.exists(target);
        if (had) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (had) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (had) {
            PathUtils.deleteDirectory(old);
        }
    }

    /** Folders a killed build left: half-written builds are dropped; a site moved aside and never replaced is restored. */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        try (var entries = Files.list(parent)) {
            for (var entry : entries.sorted().toList()) {
                var file = entry.getFileName().toString();
                if (file.startsWith("." + name + "-old-") && !Files.exists(parent.resolve(name))) {
                    Files.move(entry, parent.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                } else if (file.startsWith("." + name + "-build-") || file.startsWith("." + name + "-old-")) {
                    PathUtils.deleteDirectory(entry);
                }
            }
        }
    }
}
