package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.FixtureBuild;
import dossier.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dossier's own {@code templates/} folder replaces default templates file by file: the
 * fixture {@code own-templates} ships only {@code tags.peb}.
 */
class TemplateOverrideTest {

    private static final Path FIXTURE = FixtureBuild.FIXTURES.resolve("own-templates");

    @TempDir
    Path temp;

    @Test
    void dossierTemplateChangesItsPageAndLeavesEveryOtherFileIdentical() throws IOException {
        var withOwn = SiteTree.read(build(FIXTURE.resolve("content"), List.of(), "with"));
        var withoutOwn = SiteTree.read(build(copyWithoutTemplates(), List.of(), "without"));
        assertEquals(withoutOwn.keySet(), withOwn.keySet());
        assertEquals(List.of("tags/index.html"), differing(withoutOwn, withOwn));
        for (var name : withOwn.keySet()) {
            if (!name.equals("tags/index.html")) {
                assertArrayEquals(withoutOwn.get(name), withOwn.get(name), name);
            }
        }
        GoldenFiles.assertMatches(FIXTURE.resolve("expected/tags/index.html"),
                new String(withOwn.get("tags/index.html"), StandardCharsets.UTF_8));
    }

    @Test
    void dossierTemplateWinsOverTheThemeFolder() throws IOException {
        var theme = Files.createDirectories(temp.resolve("theme"));
        Files.writeString(theme.resolve("tags.peb"), "{% extends \"base\" %}{% block content %}<h1>Thèmes du thème</h1>{% endblock %}");
        var dossierWins = build(FIXTURE.resolve("content"), List.of("--templates", theme.toString()), "dossier");
        var themeWins = build(copyWithoutTemplates(), List.of("--templates", theme.toString()), "theme");
        assertTrue(Files.readString(dossierWins.resolve("tags/index.html")).contains("<h1>Index des thèmes</h1>"));
        assertTrue(Files.readString(themeWins.resolve("tags/index.html")).contains("<h1>Thèmes du thème</h1>"));
    }

    @Test
    void dossierAssetReplacesTheDefaultOne() throws IOException {
        var content = copyWithoutTemplates();
        var assets = Files.createDirectories(content.resolve("templates/assets"));
        Files.writeString(assets.resolve("style.css"), "body { color: #123; }\n");
        var site = build(content, List.of(), "asset");
        assertEquals("body { color: #123; }\n", Files.readString(site.resolve("assets/style.css")));
    }

    private Path build(Path content, List<String> flags, String name) {
        var site = temp.resolve(name);
        var args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out", site.toString(),
                "--build-date", FixtureBuild.BUILD_DATE));
        args.addAll(flags);
        var build = FixtureBuild.run(args, site);
        assertEquals(0, build.exitCode(), build.err());
        return site;
    }

    private Path copyWithoutTemplates() throws IOException {
        var copy = temp.resolve("plain-content");
        if (!Files.exists(copy)) {
            PathUtils.copyDirectory(FIXTURE.resolve("content"), copy);
            PathUtils.deleteDirectory(copy.resolve("templates"));
        }
        return copy;
    }

    private static List<String> differing(Map<String, byte[]> before, Map<String, byte[]> after) {
        return before.keySet().stream()
                .filter(name -> !java.util.Arrays.equals(before.get(name), after.get(name)))
                .toList();
    }
}
