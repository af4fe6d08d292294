package dossier.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The files of a built site, listed in a stable order so every report reads the same. */
final class SiteFiles {

    private SiteFiles() {
    }

    /** Every {@code .html} file under {@code siteDir}, sorted by their path inside it. */
    static List<Path> html(Path siteDir) {
        if (!Files.isDirectory(siteDir)) {
            throw new IllegalArgumentException(siteDir + " is not a folder (was the site built?)");
        }
        try (Stream<Path> files = Files.walk(siteDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".html"))
                    .sorted(Comparator.comparing(file -> slashed(siteDir.relativize(file))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path inside the site with forward slashes, as it appears in URLs and reports. */
    static String slashed(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
