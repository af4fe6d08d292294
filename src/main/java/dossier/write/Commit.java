package dossier.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Brings a finished build into the site: removes what the new site no longer has, then moves each
 * new or changed file from the staging folder over its old version, one atomic rename each.
 *
 * <p>Before the first change to the site, the list of what to remove is written beside the staged files
 * and the staging folder is renamed {@code .<site>-commit-<id>}: a build killed from then on is
 * finished by the next one ({@link #finish}), so the site is never left part old and part new.
 */
final class Commit {

    /** The name of the list of entries to remove, each folder after what it holds. */
    private static final String REMOVE = "remove";
    /** What ends each entry of that list: the one character no file name holds. */
    private static final String END = "\0";

    private Commit() {
    }

    /**
     * Commits {@code staging}, whose {@code files/} holds the new and changed files, into {@code site},
     * through {@code committing}, removing first the entries of {@code stale}.
     */
    static void run(Path staging, Path committing, Path site, List<String> stale) throws IOException {
        Files.writeString(staging.resolve(REMOVE), stale.stream().map(entry -> entry + END).collect(Collectors.joining()),
                StandardCharsets.UTF_8);
        Files.move(staging, committing, StandardCopyOption.ATOMIC_MOVE);
        finish(committing, site);
    }

    /** Completes the commit that {@code committing} holds, from wherever it stopped, then removes the folder. */
    static void finish(Path committing, Path site) throws IOException {
        var remove = committing.resolve(REMOVE);
        if (Files.exists(remove)) {
            for (var entry : Files.readString(remove, StandardCharsets.UTF_8).split(END)) {
                // an empty list splits into one empty entry, which would name the site itself
                if (!entry.isEmpty()) {
                    removeEntry(site.resolve(entry));
                }
            }
        }
        var files = committing.resolve("files");
        if (Files.isDirectory(files)) {
            Files.createDirectories(site);
            moveInto(files, site);
        }
        FileTree.delete(committing);
    }

    /** Removes a file, link or emptied folder; a folder something was put into since is removed whole. */
    private static void removeEntry(Path entry) throws IOException {
        try {
            Files.deleteIfExists(entry);
        } catch (DirectoryNotEmptyException e) {
            FileTree.delete(entry);
        }
    }

    /** Moves every file under {@code from} to the same place under {@code to}, over what is there. */
    private static void moveInto(Path from, Path to) throws IOException {
        Set<Path> made = new HashSet<>();
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                var target = to.resolve(from.relativize(file).toString());
                if (made.add(target.getParent())) {
                    Files.createDirectories(target.getParent());
                }
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
