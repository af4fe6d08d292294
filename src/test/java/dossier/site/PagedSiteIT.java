package dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.FixtureBuild;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture dossier {@code paged} (five articles, two a page) built and read in Chromium:
 * every page type, following pages of the lists and the search page included, passes axe-core
 * and loads without console error or outside request; the pager's links lead where they say.
 */
class PagedSiteIT {

    private static final List<String> PAGES = List.of("", "page/2/", "page/3/", "articles/article-3/", "tags/",
            "tags/russie/", "tags/russie/page/2/", "chronologie/", "recherche/", "recherche/?q=accords", "404.html");

    @Test
    void everyPageTypeAndEveryFollowingPagePassesAxe(@TempDir Path site) {
        var tools = Prerequisites.fromEnvironment();
        tools.axe();
        var build = FixtureBuild.build("paged", site);
        assertEquals(0, build.exitCode(), build.err());
        try (var server = StaticServer.start(site, "/pages/"); var browser = Chromium.launch(tools.chromium());
                var page = browser.open(server.url(""))) {
            var problems = new ArrayList<String>();
            for (var path : PAGES) {
                page.clearRecords();
                page.navigate(server.url(path));
                if (path.contains("?q=")) {
                    page.waitUntil("document.getElementById('resultats').dataset.query !== undefined");
                }
                page.axe().forEach(v -> problems.add(path + ": " + v));
                page.consoleErrors().forEach(e -> problems.add(path + ": " + e));
                page.externalRequests().forEach(r -> problems.add(path + ": request to " + r.url()));
            }
            problems.addAll(server.notFound().stream().map(Object::toString).toList());
            assertEquals(List.of(), problems);
        }
    }

    @Test
    void pagerLeadsFromPageToPage(@TempDir Path site) {
        var tools = Prerequisites.fromEnvironment();
        var build = FixtureBuild.build("paged", site);
        assertEquals(0, build.exitCode(), build.err());
        try (var server = StaticServer.start(site, "/pages/"); var browser = Chromium.launch(tools.chromium());
                var page = browser.open(server.url(""))) {
            page.click(".pager a[rel=next]");
            page.waitUntil("location.pathname === '/pages/page/2/' && document.readyState === 'complete'");
            page.click(".pager a[rel=next]");
            page.waitUntil("location.pathname === '/pages/page/3/' && document.readyState === 'complete'");

            assertEquals("Page 3 sur 3", page.evaluate("document.querySelector('.pager span').textContent").asText());
            assertEquals(1, page.evaluate("document.querySelectorAll('.latest .card').length").asInt());
            page.click(".pager a[rel=prev]");
            page.waitUntil("location.pathname === '/pages/page/2/' && document.readyState === 'complete'");
        }
    }

    @Test
    void printedArticleLeavesOutNavigationAndSpellsOutItsSourceLink(@TempDir Path site) {
        var tools = Prerequisites.fromEnvironment();
        var build = FixtureBuild.build("paged", site);
        assertEquals(0, build.exitCode(), build.err());
        try (var server = StaticServer.start(site, "/pages/"); var browser = Chromium.launch(tools.chromium());
                var page = browser.open(server.url("articles/article-3/"))) {
            page.emulateMedia("print");

            var hidden = page.evaluate("['.masthead nav', '.colophon', '.neighbours', '.toc', '.skip']"
                    + ".map(s => getComputedStyle(document.querySelector(s)).display)");
            assertEquals("[\"none\",\"none\",\"none\",\"none\",\"none\"]", hidden.toString());
            var after = page.evaluate("getComputedStyle(document.querySelector('.source a[rel=external]'), '::after')"
                    + ".content").asText();
            assertTrue(after.contains("(https://journal0.example/article-3)"), after);
        }
    }
}
