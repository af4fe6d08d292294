package dossier.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.FixtureBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same content gives the same bytes on any machine: two builds in child JVMs, one at UTC in
 * English, one at UTC+14 in Turkish (whose dotless i breaks careless lower-casing), from copies
 * of the content written in opposite orders, give identical sites.
 */
class ReproducibleBuildIT {

    private final PackagedBuild build = PackagedBuild.fromSystemProperties();

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/fixtures/basic/content", "src/test/resources/fixtures/xss/content", "content"})
    void twoBuildsUnderOtherTimeZoneLocaleAndFileOrderAreByteIdentical(String source) throws Exception {
        var content = Path.of(source);
        copy(content, folder.resolve("a/content"), Comparator.naturalOrder());
        copy(content, folder.resolve("b/content"), Comparator.reverseOrder());
        var args = List.of("build", "--build-date", FixtureBuild.BUILD_DATE, "--templates",
                Path.of("templates").toAbsolutePath().toString());
        var first = JarProcess.start(build.jar(), folder.resolve("a"),
                List.of("-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US", "-Dfile.encoding=UTF-8"), args);
        assertEquals(0, first.waitForExit(), first.output());
        var second = JarProcess.start(build.jar(), folder.resolve("b"),
                List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR",
                        "-Dfile.encoding=ISO-8859-1"), args);
        assertEquals(0, second.waitForExit(), second.output());
        var a = tree(folder.resolve("a/site"));
        var b = tree(folder.resolve("b/site"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
    }

    /** Copies a folder, creating its entries in {@code order}, so the directories list them differently. */
    private static void copy(Path from, Path to, Comparator<Path> order) throws IOException {
        List<Path> entries;
        try (var walk = Files.walk(from)) {
            entries = walk.sorted(order).toList();
        }
        for (var entry : entries) {
            var target = to.resolve(from.relativize(entry).toString());
            if (Files.isDirectory(entry)) {
                Files.createDirectories(target);
            } else {
                Files.createDirectories(target.getParent());
                Files.copy(entry, target, StandardCopyOption.REPLACE_EXISTING);
            }
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
}
