package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.FixtureBuild;
import dossier.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {

    private static final Path EXPECTED = FixtureBuild.FIXTURES.resolve("basic/expected");

    @TempDir
    Path temp;

    @Test
    void basicDossierBuildsEveryPageType() throws IOException {
        var build = FixtureBuild.build("basic", temp.resolve("site"));
        assertEquals(0, build.exitCode(), build.err());
        for (var page : List.of("index.html", "articles/accord-ratifie/index.html", "articles/visite/index.html",
                "tags/index.html", "tags/russie/index.html", "tags/cooperation-militaire/index.html",
                "chronologie/index.html", "a-propos/index.html", "404.html", "assets/style.css")) {
            assertTrue(Files.isRegularFile(build.site().resolve(page)), page);
        }
    }

    @Test
    void articlePageMatchesGoldenFile() throws IOException {
        var build = FixtureBuild.build("basic", temp.resolve("site"));
        GoldenFiles.assertMatches(EXPECTED.resolve("articles/accord-ratifie/index.html"),
                build.page("articles/accord-ratifie/index.html"));
        GoldenFiles.assertMatches(EXPECTED.resolve("chronologie/index.html"), build.page("chronologie/index.html"));
    }

    @Test
    void badContentReportsEveryProblemWithFileAndLine() throws IOException {
        var build = FixtureBuild.build("bad-content", temp.resolve("site"));
        assertEquals(1, build.exitCode());
        var expected = Files.readAllLines(FixtureBuild.FIXTURES.resolve("bad-content/expected-problems.txt"),
                StandardCharsets.UTF_8);
        assertEquals(expected, build.problems());
        assertFalse(build.err().contains("Exception"), build.err());
    }

    @Test
    void failedBuildLeavesThePreviousSiteUntouched() throws IOException {
        var site = temp.resolve("site");
        assertEquals(0, FixtureBuild.build("basic", site).exitCode());
        var before = Files.readString(site.resolve("index.html"));
        assertEquals(1, FixtureBuild.build("bad-content", site).exitCode());
        assertEquals(before, Files.readString(site.resolve("index.html")));
        try (var siblings = Files.list(temp)) {
            assertEquals(List.of(site), siblings.toList());
        }
    }

    @Test
    void checkWritesNothing() {
        var site = temp.resolve("site");
        var check = FixtureBuild.run(List.of("check", "--content",
                FixtureBuild.FIXTURES.resolve("basic/content").toString()), site);
        assertEquals(0, check.exitCode(), check.err());
        assertFalse(Files.exists(site));
    }

    @Test
    void unknownOptionIsBadUsage() {
        var run = FixtureBuild.run(List.of("build", "--colour"), temp);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown option --colour"), run.err());
    }

    @Test
    void baseUrlFlagChangesCanonicalUrls() throws IOException {
        var build = FixtureBuild.build("basic", temp.resolve("site"), "--base-url", "https://other.example/d");
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.page("index.html").contains("href=\"https://other.example/d/\""));
    }
}
