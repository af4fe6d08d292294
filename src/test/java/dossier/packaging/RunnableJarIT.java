package dossier.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.FixtureBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    @Test
    void firstBuildLeavesAClassArchiveTheNextOneUsesWithTheSameSite() throws IOException, InterruptedException {
        PathUtils.copyDirectory(FixtureBuild.FIXTURES.resolve("basic/content"), folder.resolve("content"));
        var jar = Files.copy(build.jar(), Files.createDirectory(folder.resolve("jar")).resolve("dossier.jar"));
        var archive = "dossier-" + Runtime.version() + ".jsa";
        var first = run(jar, "first", Map.of());
        assertTrue(first.startsWith("dossier: "), first);
        try (var left = Files.list(jar.getParent())) {
            assertEquals(List.of(archive, "dossier.jar"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
        // the option reaches the batch JVM through the environment: one on the command line would keep the first JVM
        var second = run(jar, "second", Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + folder.resolve("classes-%p.log")));
        assertTrue(second.lines().anyMatch(line -> line.startsWith("dossier: ")), second);
        assertFalse(second.contains("cds"), second);
        try (var logs = Files.list(folder)) {
            var mapped = logs.filter(p -> p.getFileName().toString().startsWith("classes-")).anyMatch(RunnableJarIT::mapsTheJar);
            assertTrue(mapped, "no JVM took the jar's classes from the archive");
        }
        assertTrue(PathUtils.directoryAndFileContentEquals(folder.resolve("first"), folder.resolve("second")));
    }

    private static boolean mapsTheJar(Path log) {
        try {
            return Files.readString(log).contains("dossier.cli.Main source: shared objects file (top)");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Builds the basic dossier into {@code out} with {@code jar}; returns what it printed. */
    private String run(Path jar, String out, Map<String, String> environment) throws IOException, InterruptedException {
        var log = folder.resolve(out + ".log");
        var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "build", "--out", out, "--build-date", FixtureBuild.BUILD_DATE)
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        var process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the build did not end within " + TIMEOUT_SECONDS + " s");
        }
        assertEquals(0, process.exitValue(), Files.readString(log));
        return Files.readString(log);
    }
}
