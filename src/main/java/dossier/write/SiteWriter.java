package dossier.write;

import dossier.render.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.apache.commons.io.file.PathUtils;

/**
 * Writes a built site atomically: every file goes into {@code .<site>-build-<id>/} beside the
 * output folder, then the old folder is moved aside and the new one renamed into place. A build
 * that fails or is killed leaves the previous site whole; the next build removes its leftovers.
 */
public final class SiteWriter {

    public void write(List<OutputFile> files, Path out) throws IOException {
        var target = out.toAbsolutePath().normalize();
        var parent = target.getParent();
        Files.createDirectories(parent);
        var name = target.getFileName().toString();
        removeLeftovers(parent, name);
        var id = UUID.randomUUID().toString().substring(0, 8);
        var staging = parent.resolve("." + name + "-build-" + id);
        try {
            writeAll(files, staging);
            swap(staging, target, parent.resolve("." + name + "-old-" + id));
        } finally {
            if (Files.exists(staging)) {
                PathUtils.deleteDirectory(staging);
            }
        }
    }

    private static void writeAll(List<OutputFile> files, Path staging) throws IOException {
        Files.createDirectories(staging);
        try {
            files.parallelStream().forEach(file -> {
                try {
                    var path = staging.resolve(file.path().file());
                    if (!path.normalize().startsWith(staging)) {
                        throw new IOException("refusing to write outside the site: " + file.path());
                    }
                    Files.createDirectories(path.getParent());
                    Files.write(path, file.bytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
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
