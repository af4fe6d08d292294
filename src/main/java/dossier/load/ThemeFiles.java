package dossier.load;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the theme's assets (CSS, JS, fonts, icons): the defaults shipped inside the jar, then
 * each given templates folder's {@code assets/} on top, file by file, first folder winning.
 */
public final class ThemeFiles {

    private ThemeFiles() {
    }

    /** Asset bytes by path under {@code assets/}, e.g. {@code style.css}. */
    public static Map<String, byte[]> assets(List<Path> templateFolders) throws IOException {
        var assets = new TreeMap<String, byte[]>();
        readDefaults(assets);
        for (int i = templateFolders.size() - 1; i >= 0; i--) {
            readFolder(templateFolders.get(i).resolve("assets"), assets);
        }
        return assets;
    }

    private static void readDefaults(Map<String, byte[]> assets) throws IOException {
        var location = ThemeFiles.class.getProtectionDomain().getCodeSource().getLocation();
        Path base;
        try {
            base = Path.of(location.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the default theme: " + location, e);
        }
        if (Files.isDirectory(base)) {
            readFolder(base.resolve("templates/assets"), assets);
            return;
        }
        try (var jar = FileSystems.newFileSystem(base)) {
            readFolder(jar.getPath("/templates/assets"), assets);
        }
    }

    private static void readFolder(Path folder, Map<String, byte[]> assets) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (var file : files.filter(Files::isRegularFile).sorted().toList()) {
                var name = folder.relativize(file).toString().replace('\\', '/');
                if (!name.startsWith(".")) {
                    assets.put(name, Files.readAllBytes(file));
                }
            }
        }
    }
}
