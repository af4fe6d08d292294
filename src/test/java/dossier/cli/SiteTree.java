package dossier.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Every file of a built site by its path relative to the site, with `/` separators. */
final class SiteTree {

    private SiteTree() {
    }

    static Map<String, byte[]> read(Path site) {
        var files = new TreeMap<String, byte[]>();
        try (var walk = Files.walk(site)) {
            for (var file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
