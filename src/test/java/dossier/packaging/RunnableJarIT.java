package dossier.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.FixtureBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code target/dossier.jar} works on its own: run from a folder holding only a dossier, with no
 * templates folder around, it builds the same pages as the tests do from the source tree.
 */
class RunnableJarIT {

    private static final long TIMEOUT_SECONDS = 120;

    private final PackagedBuild build = PackagedBuild.fromSystemProperties();

    @TempDir
    Path folder;

    @Test
    void jarBuildsFromAnotherFolderWithTheThemeItCarries() throws IOException, InterruptedException {
        PathUtils.copyDirectory(FixtureBuild.FIXTURES.resolve("basic/content"), folder.resolve("content"));
        var log = folder.resolve("build.log");
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", build.jar().toAbsolutePath().toString(), "build", "--build-date", FixtureBuild.BUILD_DATE)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the build did not end within " + TIMEOUT_SECONDS + " s");
        }
        assertEquals(0, process.exitValue(), Files.readString(log));
        var site = folder.resolve("site");
        for (var page : List.of("articles/accord-ratifie/index.html", "chronologie/index.html")) {
            assertEquals(Files.readString(FixtureBuild.FIXTURES.resolve("basic/expected").resolve(page), StandardCharsets.UTF_8),
                    Files.readString(site.resolve(page), StandardCharsets.UTF_8), page);
        }
        assertArrayEquals(Files.readAllBytes(Path.of("templates/assets/style.css")),
                Files.readAllBytes(site.resolve("assets/style.css")));
        assertTrue(Files.readString(log).startsWith("dossier: "), Files.readString(log));
    }
}
