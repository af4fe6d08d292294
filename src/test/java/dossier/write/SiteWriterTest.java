package dossier.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dossier.render.OutputFile;
import dossier.render.SitePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @TempDir
    Path temp;

    private final SiteWriter writer = new SiteWriter();

    @Test
    void rebuildWithOneChangedPageLeavesEveryOtherFileAsItWas() throws IOException {
        var site = temp.resolve("site");
        writer.write(List.of(page("", "accueil"), page("articles/a/", "a"), page("articles/b/", "b")), site);
        for (var file : List.of("index.html", "articles/a/index.html", "articles/b/index.html")) {
            Files.setLastModifiedTime(site.resolve(file), LONG_AGO);
        }
        var inode = Files.readAttributes(site.resolve("articles/b/index.html"), "unix:ino").get("ino");

        var written = writer.write(List.of(page("", "accueil"), page("articles/a/", "a, corrigé"), page("articles/b/", "b")), site);

        assertEquals(new SiteWriter.Written(1, 2), written);
        assertEquals("a, corrigé", Files.readString(site.resolve("articles/a/index.html")));
        assertFalse(LONG_AGO.equals(Files.getLastModifiedTime(site.resolve("articles/a/index.html"))));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(site.resolve("index.html")));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(site.resolve("articles/b/index.html")));
        assertEquals(inode, Files.readAttributes(site.resolve("articles/b/index.html"), "unix:ino").get("ino"));
    }

    @Test
    void fileNoLongerBuiltIsGoneAndNewFileAppears() throws IOException {
        var site = temp.resolve("site");
        writer.write(List.of(page("", "accueil"), page("articles/a/", "a")), site);
        writer.write(List.of(page("", "accueil"), page("articles/c/", "c")), site);
        assertFalse(Files.exists(site.resolve("articles/a")));
        assertEquals("c", Files.readString(site.resolve("articles/c/index.html")));
    }

    @Test
    void sameLengthButOtherBytesAreWritten() throws IOException {
        var site = temp.resolve("site");
        writer.write(List.of(page("", "abc")), site);
        assertEquals(new SiteWriter.Written(1, 0), writer.write(List.of(page("", "abd")), site));
        assertEquals("abd", Files.readString(site.resolve("index.html")));
    }

    @Test
    void failedWriteLeavesThePreviousSiteAndNoStagingFolder() throws IOException {
        var site = temp.resolve("site");
        writer.write(List.of(page("", "accueil"), page("articles/a/", "a")), site);
        Files.createDirectories(temp.resolve(".site-build-dead0000/articles"));
        // A page whose folder is taken by a file cannot be written: the build fails half-way.
        var clash = List.of(page("", "nouveau"), page("articles/", "x"), page("articles/index.html/", "y"));
        assertThrows(IOException.class, () -> writer.write(clash, site));

        assertEquals("accueil", Files.readString(site.resolve("index.html")));
        assertEquals("a", Files.readString(site.resolve("articles/a/index.html")));
        try (var siblings = Files.list(temp)) {
            assertEquals(List.of("site"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private static OutputFile page(String path, String text) {
        return OutputFile.text(new SitePath(path), text);
    }
}
