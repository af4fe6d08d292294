package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.FixtureBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flags as a build tool passes them: every setting always present, {@code --name=} when the
 * user left it unset, switches as {@code =true}/{@code =false}. Each {@code -Ddossier.*} property
 * of the pom maps to one of these flags.
 */
class BuildFlagsTest {

    private static final String DRAFT_PAGE = "articles/en-cours/index.html";

    @TempDir
    Path temp;

    @Test
    void draftsAreLeftOutByDefaultAndWithFalse() {
        assertFalse(Files.exists(build("drafts", "plain").site().resolve(DRAFT_PAGE)));
        assertFalse(Files.exists(build("drafts", "false", "--drafts=false").site().resolve(DRAFT_PAGE)));
        assertTrue(Files.exists(build("drafts", "plain").site().resolve("articles/publie/index.html")));
    }

    @Test
    void draftsAreBuiltWithTheSwitchOrWithTrue() {
        assertTrue(Files.exists(build("drafts", "alone", "--drafts").site().resolve(DRAFT_PAGE)));
        assertTrue(Files.exists(build("drafts", "true", "--drafts=true").site().resolve(DRAFT_PAGE)));
    }

    @Test
    void switchValueOtherThanTrueOrFalseIsBadUsage() {
        var run = FixtureBuild.build("drafts", temp.resolve("site"), "--drafts=yes");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--drafts=yes is neither true nor false"), run.err());
    }

    @Test
    void buildDateThatIsNoDayIsBadUsageForBuildAndServeAlike() {
        var content = FixtureBuild.FIXTURES.resolve("drafts/content").toString();
        var site = temp.resolve("site");
        var build = List.of("build", "--content", content, "--out", site.toString(), "--build-date", "2025-02-31");
        var serve = List.of("serve", "--content", content, "--port", "0", "--build-date", "2025-02-31");
        for (var args : List.of(build, serve)) {
            var run = FixtureBuild.run(args, site);
            assertEquals(2, run.exitCode(), args.get(0));
            assertTrue(run.err().contains("--build-date \"2025-02-31\" is not a date (use YYYY-MM-DD)"), run.err());
        }
        assertFalse(Files.exists(site));
    }

    @Test
    void baseUrlGivenWithEqualsChangesCanonicalUrls() throws IOException {
        var build = build("basic", "other", "--base-url=https://autre.example/dossier/");
        assertTrue(build.page("tags/index.html").contains("<link rel=\"canonical\" href=\"https://autre.example/dossier/tags/\">"));
    }

    @Test
    void emptyBaseUrlKeepsTheOneOfDossierYaml() throws IOException {
        var build = build("basic", "empty", "--base-url=");
        assertTrue(build.page("tags/index.html").contains("<link rel=\"canonical\" href=\"https://example.org/essai/tags/\">"));
    }

    @Test
    void forDiskTrueLinksToIndexFilesAndFalseToFolders() throws IOException {
        var disk = build("basic", "disk", "--for-disk=true").page("index.html");
        var server = build("basic", "server", "--for-disk=false").page("index.html");
        assertTrue(disk.contains("href=\"articles/accord-ratifie/index.html\""), disk);
        assertTrue(server.contains("href=\"articles/accord-ratifie/\""), server);
    }

    @Test
    void unsetPropertiesAsThePomPassesThemBuildTheSameSiteAsNoFlags() {
        var plain = build("basic", "plain");
        var unset = build("basic", "unset", "--base-url=", "--drafts=false", "--for-disk=false");
        var expected = SiteTree.read(plain.site());
        var actual = SiteTree.read(unset.site());
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    @Test
    void anotherContentFolderBuildsAnotherDossierWithTheSameGenerator() throws IOException {
        var first = build("basic", "first");
        var second = build("own-templates", "second");
        assertTrue(first.page("index.html").contains("<title>Dossier d’essai</title>"));
        assertTrue(second.page("index.html").contains("<title>Dossier au gabarit propre</title>"));
        assertTrue(Files.exists(second.site().resolve("articles/sommet/index.html")));
        assertFalse(Files.exists(second.site().resolve("articles/visite/index.html")));
    }

    @Test
    void templatesFolderAskedForByNameMustExist() {
        var run = FixtureBuild.build("basic", temp.resolve("site"), "--templates", temp.resolve("nowhere").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no templates folder at"), run.err());
    }

    @Test
    void emptyTemplatesFlagFallsBackToTheDefaultTheme() {
        var run = FixtureBuild.run(List.of("build", "--content", FixtureBuild.FIXTURES.resolve("basic/content").toString(),
                "--templates=", "--out", temp.resolve("site").toString(), "--build-date", FixtureBuild.BUILD_DATE),
                temp.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
    }

    private FixtureBuild build(String fixture, String name, String... flags) {
        var build = FixtureBuild.build(fixture, temp.resolve(name), flags);
        assertEquals(0, build.exitCode(), build.err());
        return build;
    }
}
