package dossier.write;

import dossier.render.OutputFile;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Writes a built site atomically: every file goes into {@code .<site>-build-<id>/} beside the
 * output folder (a {@link StagingFolder}), then the old folder is moved aside and the new one
 * renamed into place. A build that fails or is killed leaves the previous site whole; the next
 * build removes its leftovers. Files unchanged since the current site are hard-linked, not written.
 */
public final class SiteWriter {

    /** How many files got new bytes and how many were kept as they were. */
    public record Written(int changed, int unchanged) {

        /** Every file of the site written. */
        public int files() {
            return changed + unchanged;
        }
    }

    /**
     * The files of a site, made while they are written: {@link #renderTo} hands each to the
     * sink as soon as it is made, from any thread and in no order, and throws to give up.
     */
    @FunctionalInterface
    public interface Site {
        void renderTo(Consumer<OutputFile> sink);
    }

    public Written write(List<OutputFile> files, Path out) throws IOException {
        return write(sink -> files.parallelStream().forEach(sink), out);
    }

    /**
     * Writes each file of {@code site} as it comes, so no more than the files being written sit
     * in memory; the site replaces {@code out} once the last is written, or never if one fails.
     */
    public Written write(Site site, Path out) throws IOException {
        var target = out.toAbsolutePath().normalize();
        var parent = target.getParent();
        Files.createDirectories(parent);
        var name = target.getFileName().toString();
        removeLeftovers(parent, name);
        var id = UUID.randomUUID().toString().substring(0, 8);
        var staging = parent.resolve("." + name + "-build-" + id);
        try {
            var written = fill(new StagingFolder(staging, target), site);
            swap(staging, target, parent.resolve("." + name + "-old-" + id));
            return written;
        } finally {
            if (Files.exists(staging)) {
                deleteTree(staging);
            }
        }
    }

    /**
     * Renders {@code site} into {@code folder}. The folder is closed even when the render fails, and
     * only then is the failure thrown: a render's other threads may be writing still, and the folder
     * cannot be removed behind them. A failed write is thrown as itself, the reason the render stopped.
     */
    private static Written fill(StagingFolder folder, Site site) throws IOException {
        Throwable failed = null;
        try {
            site.renderTo(folder);
        } catch (RuntimeException | Error e) {
            failed = e;
        }
        var written = folder.close();
        if (failed instanceof RuntimeException e) {
            throw e;
        } else if (failed instanceof Error e) {
            throw e;
        }
        return written;
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
            deleteTree(old);
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
                    deleteTree(entry);
                }
            }
        }
    }

    /**
     * Removes a folder and all it holds, links themselves rather than what they point to. The walk reads each
     * entry's kind once; a general-purpose delete asks again for each file (five system calls where one does).
     */
    private static void deleteTree(Path folder) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failed) throws IOException {
                if (failed != null) {
                    throw failed;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
