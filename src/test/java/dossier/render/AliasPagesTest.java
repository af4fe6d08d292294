package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.FixtureBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Old addresses keep working: aliases redirect, and a headline can change without moving its page. */
class AliasPagesTest {

    @TempDir
    Path temp;

    @Test
    void everyAliasRedirectsToTheArticleWithCanonicalNoindexAndAVisibleLink() throws IOException {
        var fixture = LinksFixture.build(temp.resolve("site"));
        for (var path : LinksFixture.REDIRECTS) {
            var page = fixture.html(path);
            var refresh = page.select("meta[http-equiv=refresh]").attr("content");
            assertEquals("0; url=../accord-ratifie/", refresh, path);
            var target = fixture.site().resolve(path).getParent().resolve("../accord-ratifie/index.html").normalize();
            assertTrue(Files.isRegularFile(target), path + ": the refresh leads nowhere");
            assertEquals(LinksFixture.BASE + "articles/accord-ratifie/", page.select("link[rel=canonical]").attr("href"));
            assertEquals("noindex", page.select("meta[name=robots]").attr("content"));
            assertEquals(List.of("../accord-ratifie/"), page.select("body a").eachAttr("href"));
            assertEquals("fr", page.selectFirst("html").attr("lang"));
        }
    }

    @Test
    void forDiskRedirectsNameTheIndexFile() throws IOException {
        var fixture = LinksFixture.build(temp.resolve("disk"), "--for-disk");
        var page = fixture.html(LinksFixture.REDIRECTS.get(0));
        assertEquals("0; url=../accord-ratifie/index.html", page.select("meta[http-equiv=refresh]").attr("content"));
        var article = fixture.html("articles/accord-ratifie/index.html");
        assertEquals("../../feed.xml", article.select("link[rel=alternate]").attr("href"));
    }

    @Test
    void renamedHeadlineKeepsEveryAddress() throws IOException {
        var before = LinksFixture.build(temp.resolve("before"));
        var content = Files.createDirectories(temp.resolve("renamed/content"));
        PathUtils.copyDirectory(FixtureBuild.FIXTURES.resolve("links/content"), content);
        var article = content.resolve("articles/accord-ratifie.md");
        var text = Files.readString(article, StandardCharsets.UTF_8);
        Files.writeString(article, text.replace("l'accord est ratifié", "la Douma ratifie l'accord"), StandardCharsets.UTF_8);
        var after = FixtureBuild.run(List.of("build", "--content", content.toString(), "--templates", "templates",
                "--out", temp.resolve("after").toString(), "--build-date", FixtureBuild.BUILD_DATE), temp.resolve("after"));
        assertEquals(0, after.exitCode(), after.err());
        assertEquals(before.htmlFiles(), new LinksFixture(after).htmlFiles());
        assertEquals("Coopération militaire : la Douma ratifie l’accord",
                new LinksFixture(after).html("articles/accord-ratifie/index.html").selectFirst("h1").text());
    }

    @Test
    void aliasTakingAnotherArticlesAddressIsAnErrorNamingBothFiles() throws IOException {
        var content = Files.createDirectories(temp.resolve("clash/content"));
        PathUtils.copyDirectory(FixtureBuild.FIXTURES.resolve("links/content"), content);
        var article = content.resolve("articles/visite.md");
        Files.writeString(article, Files.readString(article).replace("tags: [Russie]", "tags: [Russie]\naliases: [accord-ratifie]"));
        var build = FixtureBuild.run(List.of("build", "--content", content.toString(), "--out",
                temp.resolve("clash/site").toString()), temp.resolve("clash/site"));
        assertEquals(1, build.exitCode());
        assertTrue(build.err().contains("visite.md:1: URL articles/accord-ratifie/ is already taken by "), build.err());
        assertTrue(build.err().contains("accord-ratifie.md"), build.err());
    }
}
