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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL while it writes (the JVM gets no chance to clean up) leaves the
 * previous {@code site/} whole, and the next build removes the half-written folder it left.
 */
class KilledBuildIT {

    /** Enough articles that writing the site takes far longer than the 2 ms between two looks. */
    private static final int ARTICLES = 1500;
    private static final long POLL_MILLIS = 2;

    private final PackagedBuild build = PackagedBuild.fromSystemProperties();

    @TempDir
    Path folder;

    @Test
    void siteStaysWholeAfterKillDashNineMidWriteAndNextBuildCleansUp() throws Exception {
        var site = folder.resolve("site");
        PathUtils.copyDirectory(FixtureBuild.FIXTURES.resolve("basic/content"), folder.resolve("small"));
        assertEquals(0, run("small"), "first build");
        var before = tree(site);
        bigDossier(folder.resolve("big"));

        var process = JarProcess.start(build.jar(), folder, List.of(), args("big"));
        var staging = waitForStaging(process);
        assertTrue(staging.isPresent(), "the big build never showed a staging folder: " + process.output());
        // only the launcher is killed: the batch JVM it started must stop by itself, not finish the build
        var batch = process.process().descendants().toList();
        process.process().destroyForcibly().waitFor();
        for (var child : batch) {
            child.onExit().get(JarProcess.TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertTrue(Files.isDirectory(staging.get()), "the killed build left its staging folder");
        assertEquals(before.keySet(), tree(site).keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, readUnchecked(site.resolve(path)), path));

        assertEquals(0, run("small"), "the build after the kill");
        try (var siblings = Files.list(folder)) {
            assertEquals(List.of(), siblings.filter(p -> p.getFileName().toString().startsWith(".site-")).toList());
        }
    }

    /** Polls, bounded by the process's own life, until a staging folder holds a file, then returns it. */
    private Optional<Path> waitForStaging(JarProcess process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + JarProcess.TIMEOUT_SECONDS * 1_000_000_000L;
        while (process.process().isAlive() && System.nanoTime() < deadline) {
            try (var siblings = Files.list(folder)) {
                for (var entry : siblings.filter(p -> p.getFileName().toString().startsWith(".site-build-")).toList()) {
                    if (holdsAFile(entry)) {
                        return Optional.of(entry);
                    }
                }
            }
            Thread.sleep(POLL_MILLIS);
        }
        return Optional.empty();
    }

    private static boolean holdsAFile(Path staging) {
        try (var walk = Files.walk(staging)) {
            return walk.anyMatch(Files::isRegularFile);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // the writer is still creating folders
        }
    }

    private int run(String content) throws IOException, InterruptedException {
        return JarProcess.start(build.jar(), folder, List.of(), args(content)).waitForExit();
    }

    private static List<String> args(String content) {
        return List.of("build", "--content", content, "--out", "site", "--build-date", FixtureBuild.BUILD_DATE);
    }

    private static void bigDossier(Path content) throws IOException {
        PathUtils.copyDirectory(FixtureBuild.FIXTURES.resolve("basic/content"), content);
        var body = "Un paragraphe du corps de l’article, assez long pour peser : la Douma a ratifié l’accord.\n\n".repeat(40);
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(content.resolve("articles/genere-" + i + ".md"), "---\ntitle: \"Article généré " + i
                    + "\"\ndate: 2025-10-07\ntags: [Russie]\n---\n" + body, StandardCharsets.UTF_8);
        }
    }

    private static Map<String, byte[]> tree(Path site) throws IOException {
        var files = new TreeMap<String, byte[]>();
        try (var walk = Files.walk(site)) {
            for (var file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static byte[] readUnchecked(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
