package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.FixtureBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code fixtures/bad-*} dossier: build and check print exactly its
 * {@code expected-problems.txt}, exit 1, show no stack trace, and leave an existing site as it was.
 */
class BadContentTest {

    @TempDir
    Path temp;

    static Stream<String> badFixtures() throws IOException {
        try (var folders = Files.list(FixtureBuild.FIXTURES)) {
            return folders.filter(f -> f.getFileName().toString().startsWith("bad-"))
                    .filter(f -> Files.exists(f.resolve("expected-problems.txt")))
                    .map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("badFixtures")
    void buildPrintsEveryExpectedProblemAndLeavesTheSiteAsItWas(String fixture) throws IOException {
        var site = temp.resolve("site");
        assertEquals(0, FixtureBuild.build("basic", site).exitCode());
        var before = SiteTree.read(site);
        var build = FixtureBuild.build(fixture, site);
        assertEquals(1, build.exitCode(), build.err());
        assertEquals(expected(fixture), build.problems());
        assertNoStackTrace(build.err());
        assertSameTree(before, SiteTree.read(site));
        try (var siblings = Files.list(temp)) {
            assertEquals(List.of(site), siblings.toList(), "no staging folder left beside the site");
        }
    }

    @ParameterizedTest
    @MethodSource("badFixtures")
    void checkPrintsTheSameProblemsAndWritesNothing(String fixture) throws IOException {
        var content = FixtureBuild.FIXTURES.resolve(fixture).resolve("content");
        var filesBefore = listing(FixtureBuild.FIXTURES.resolve(fixture));
        var check = FixtureBuild.run(List.of("check", "--content", content.toString()), temp.resolve("site"));
        assertEquals(1, check.exitCode(), check.err());
        assertEquals(expected(fixture), check.problems());
        assertNoStackTrace(check.err());
        assertEquals(filesBefore, listing(FixtureBuild.FIXTURES.resolve(fixture)));
        try (var written = Files.list(temp)) {
            assertEquals(List.of(), written.toList());
        }
    }

    @Test
    void fileOverTwoMegabytesIsRefusedByName() throws IOException {
        var content = dossier("grand");
        Files.writeString(content.resolve("articles/grand.md"), "---\ntitle: Grand\ndate: 2025-10-07\n---\n"
                + "Texte. ".repeat(320_000), StandardCharsets.UTF_8);
        var problems = check(content);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("articles/grand.md: file is 2187 KB, over the limit of 2048 KB "
                + "(split it, or remove what is not article text)"), problems.get(0));
    }

    @Test
    void fileNamesDifferingOnlyByCaseCollideNamingBothFiles() throws IOException {
        var content = dossier("casse");
        article(content, "Accord.md");
        article(content, "accord.md");
        var problems = check(content);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches(".*articles/accord\\.md:1: URL articles/accord/ is already taken by .*articles/Accord\\.md .*"),
                problems.get(0));
    }

    @Test
    void fileNamesDifferingOnlyByUnicodeNormalisationOrAccentsCollide() throws IOException {
        var content = dossier("unicode");
        article(content, Normalizer.normalize("Sécurité.md", Normalizer.Form.NFC));
        article(content, Normalizer.normalize("Sécurité.md", Normalizer.Form.NFD));
        article(content, "securite.md");
        var problems = check(content);
        assertEquals(2, problems.size(), problems.toString());
        problems.forEach(p -> assertTrue(p.contains("URL articles/securite/ is already taken by"), p));
    }

    @Test
    void slugWithPathCharactersIsRefused() throws IOException {
        var content = dossier("chemins");
        for (var slug : List.of("../../etc", "/tmp/x", "a\\\\b", "a/b")) {
            var name = "f" + Math.abs(slug.hashCode()) + ".md";
            Files.writeString(content.resolve("articles").resolve(name),
                    "---\ntitle: T\ndate: 2025-10-07\nslug: \"" + slug + "\"\n---\nTexte.\n", StandardCharsets.UTF_8);
        }
        var problems = check(content);
        assertEquals(4, problems.size(), problems.toString());
        problems.forEach(p -> assertTrue(p.matches(".*\\.md:4: slug \".*\" is not a URL word .*"), p));
    }

    private Path dossier(String name) throws IOException {
        var content = temp.resolve(name).resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("dossier.yaml"), "title: T\nbaseUrl: https://example.org/\n");
        return content;
    }

    private static void article(Path content, String name) throws IOException {
        Files.writeString(content.resolve("articles").resolve(name), "---\ntitle: T\ndate: 2025-10-07\n---\nTexte.\n",
                StandardCharsets.UTF_8);
    }

    private List<String> check(Path content) {
        var run = FixtureBuild.run(List.of("check", "--content", content.toString()), temp.resolve("site"));
        assertEquals(1, run.exitCode(), run.err());
        assertNoStackTrace(run.err());
        return run.problems();
    }

    private static List<String> expected(String fixture) throws IOException {
        return Files.readAllLines(FixtureBuild.FIXTURES.resolve(fixture).resolve("expected-problems.txt"), StandardCharsets.UTF_8);
    }

    private static void assertNoStackTrace(String err) {
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }

    private static void assertSameTree(java.util.Map<String, byte[]> before, java.util.Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            return walk.map(Path::toString).sorted().toList();
        }
    }
}
