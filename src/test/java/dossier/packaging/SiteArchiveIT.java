package dossier.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The zip {@code mvn package} leaves is the site, file for file, at the zip's root, and reproducible. */
class SiteArchiveIT {

    private final PackagedBuild build = PackagedBuild.fromSystemProperties();

    @Test
    void zipHoldsEveryFileOfTheSiteWithTheSameBytesAtItsRoot() throws IOException {
        var site = siteFiles(build.site());
        var zip = new TreeMap<String, byte[]>();
        try (var file = new ZipFile(build.zip().toFile())) {
            for (var entry : file.stream().filter(e -> !e.isDirectory()).toList()) {
                try (var in = file.getInputStream(entry)) {
                    zip.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        assertTrue(zip.containsKey("index.html"), "index.html is not at the zip's root: " + zip.keySet());
        assertEquals(site.keySet(), zip.keySet());
        site.forEach((name, bytes) -> assertArrayEquals(bytes, zip.get(name), name));
    }

    @Test
    void zipFoldersAreFoldersOfTheSite() throws IOException {
        var missing = new ArrayList<String>();
        try (var file = new ZipFile(build.zip().toFile())) {
            file.stream().filter(e -> e.isDirectory())
                    .filter(e -> !Files.isDirectory(build.site().resolve(e.getName())))
                    .forEach(e -> missing.add(e.getName()));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyEntryCarriesTheFixedTimestampOfTheBuildNotTheClock() throws IOException {
        // The zip stores local date-times; the archiver writes the UTC one of outputTimestamp.
        var expected = LocalDateTime.ofInstant(OffsetDateTime.parse(build.outputTimestamp()).toInstant(), ZoneOffset.UTC);
        var other = new ArrayList<String>();
        try (var file = new ZipFile(build.zip().toFile())) {
            file.stream().filter(e -> !e.getTimeLocal().equals(expected))
                    .forEach(e -> other.add(e.getName() + " " + e.getTimeLocal()));
        }
        assertEquals(List.of(), other);
    }

    private static Map<String, byte[]> siteFiles(Path site) throws IOException {
        var files = new TreeMap<String, byte[]>();
        try (var walk = Files.walk(site)) {
            for (var file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
