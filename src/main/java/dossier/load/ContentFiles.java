package dossier.load;

import dossier.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The files of a content folder, sorted by name so nothing depends on the file system's order,
 * with hidden files skipped and a symbolic link that leads out of {@code content/} refused:
 * the build reads only what the dossier holds.
 */
final class ContentFiles {

    private ContentFiles() {
    }

    /** Regular files of {@code folder}; each one whose real path is outside {@code content} is a problem instead. */
    static List<Path> list(Path folder, Path content, UnaryOperator<Path> shown, List<Problem> problems) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        var links = new java.util.HashSet<Path>();
        List<Path> files;
        try (var stream = Files.list(folder)) {
            files = stream.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> fileOrLink(p, links))
                    .sorted()
                    .toList();
        }
        var root = content.toRealPath();
        // a file that is no link lies where its folder lies: one real path for the folder, not one per file
        boolean folderInside = folder.toRealPath().startsWith(root);
        var inside = new ArrayList<Path>();
        for (var file : files) {
            if (!links.contains(file) && folderInside) {
                inside.add(file);
            } else if (!Files.exists(file)) {
                problems.add(Problem.error(shown.apply(file), 0, "symbolic link to nothing",
                        "replace the link with the file itself"));
            } else if (!file.toRealPath().startsWith(root)) {
                problems.add(Problem.error(shown.apply(file), 0, "symbolic link that leads out of the content folder",
                        "copy the file into content/ instead of linking to it"));
            } else {
                inside.add(file);
            }
        }
        return inside;
    }

    /** Whether {@code path} is a regular file or a symbolic link (added to {@code links}), read in one look-up. */
    private static boolean fileOrLink(Path path, java.util.Set<Path> links) {
        try {
            var attributes = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                links.add(path);
            }
            return attributes.isRegularFile() || attributes.isSymbolicLink();
        } catch (IOException e) {
            return false;
        }
    }
}
