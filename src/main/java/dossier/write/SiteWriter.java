package dossier.write;

import dossier.render.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Writes a built site so that a failed build changes nothing: every new or changed file goes into
 * {@code .<site>-build-<id>/} beside the output folder (a {@link StagingFolder}), and only once the
 * last is made does a {@link Commit} move them over their old versions and remove what the site no
 * longer has. A file whose bytes are those of the current site is left as it is, not written again:
 * it keeps its inode and modification time, so rsync and hosts see only the files that changed, and
 * a rebuild that changes little writes little. A first build is renamed into place whole.
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
     * in memory; the site becomes {@code out} once the last is written, or never if one fails.
     */
    public Written write(Site site, Path out) throws IOException {
        return write(site, out, null);
    }

    /**
     * As {@link #write(Site, Path)} into the folder {@code lookahead} walked, taking what it read
     * there unless a killed build's commit must first be finished.
     */
    public Written write(Site site, SiteLookahead lookahead) throws IOException {
        return write(site, lookahead.target(), lookahead);
    }

    private Written write(Site site, Path out, SiteLookahead lookahead) throws IOException {
        var target = out.toAbsolutePath().normalize();
        var parent = target.getParent();
        Files.createDirectories(parent);
        var name = target.getFileName().toString();
        boolean finished = finishLeftovers(parent, name, target);
        var id = UUID.randomUUID().toString().substring(0, 8);
        var staging = parent.resolve("." + name + "-build-" + id);
        try {
            var current = lookahead == null || finished ? CurrentSite.of(target) : lookahead.current();
            var folder = new StagingFolder(staging.resolve("files"), current);
            var written = fill(folder, site);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                Commit.run(staging, parent.resolve("." + name + "-commit-" + id), target, current.stale(folder.paths()));
            } else {
                Files.deleteIfExists(target);
                Files.move(staging.resolve("files"), target, StandardCopyOption.ATOMIC_MOVE);
            }
            return written;
        } finally {
            if (Files.exists(staging)) {
                FileTree.delete(staging);
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

    /**
     * Folders a killed build left: a half-written build is dropped, a commit under way is finished.
     * True when a commit was finished, which changed the site.
     */
    private static boolean finishLeftovers(Path parent, String name, Path target) throws IOException {
        boolean finished = false;
        try (var entries = Files.list(parent)) {
            for (var entry : entries.sorted().toList()) {
                var file = entry.getFileName().toString();
                if (file.startsWith("." + name + "-commit-")) {
                    Commit.finish(entry, target);
                    finished = true;
                } else if (file.startsWith("." + name + "-build-")) {
                    FileTree.delete(entry);
                }
            }
        }
        return finished;
    }
}
