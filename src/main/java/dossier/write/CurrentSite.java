package dossier.write;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the site folder holds before a build, read in one walk: the size of each regular file, so
 * a page can be compared with its old bytes without asking the file system again, and every entry,
 * so those the new site no longer has can be removed.
 *
 * <p>The walk follows no link: a file reached through a linked folder is not the site's, and is never
 * taken for a page's old bytes nor removed.
 */
record CurrentSite(Path root, Map<String, Long> sizes, List<String> entries) {

    /** The marker ending a folder's entry, so folders and files share one list in the order they are removed. */
    private static final String FOLDER = "/";

    CurrentSite {
        sizes = Map.copyOf(sizes);
        entries = List.copyOf(entries);
    }

    /** The site at {@code root}, empty when there is no folder there (a link to one is replaced, not written through). */
    static CurrentSite of(Path root) throws IOException {
        var sizes = new HashMap<String, Long>();
        var entries = new ArrayList<String>();
        if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    var path = root.relativize(file).toString();
                    if (attributes.isRegularFile()) {
                        sizes.put(path, attributes.size());
                    }
                    entries.add(path);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException failed) throws IOException {
                    if (failed != null) {
                        throw failed;
                    }
                    if (!folder.equals(root)) {
                        entries.add(root.relativize(folder) + FOLDER);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return new CurrentSite(root, sizes, entries);
    }

    /** The size of the regular file at {@code path} (relative, with {@code /}), or -1 when there is none. */
    long size(String path) {
        var size = sizes.get(path);
        return size == null ? -1 : size;
    }

    /**
     * The entries a site made of {@code files} no longer has, each folder after what it holds, so
     * they can be removed in this order: files not among them, and folders none of them lies in.
     */
    List<String> stale(Set<String> files) {
        var folders = new HashSet<String>();
        for (var path : files) {
            // each file adds the folders above it, up to the first already known
            for (int end = path.lastIndexOf('/'); end > 0 && folders.add(path.substring(0, end)); ) {
                end = path.lastIndexOf('/', end - 1);
            }
        }
        var stale = new ArrayList<String>();
        for (var entry : entries) {
            boolean gone = entry.endsWith(FOLDER)
                    ? !folders.contains(entry.substring(0, entry.length() - 1))
                    : !files.contains(entry);
            if (gone) {
                stale.add(entry);
            }
        }
        return stale;
    }
}
