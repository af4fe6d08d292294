package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.FixtureBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's pages of the fixture dossier {@code paged}: five articles, two a page. */
class ReaderPagesTest {

    @TempDir
    static Path temp;

    private static FixtureBuild build;

    @BeforeAll
    static void buildOnce() {
        build = FixtureBuild.build("paged", temp.resolve("site"));
        assertEquals(0, build.exitCode(), build.err());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(build.page(path));
    }

    @Test
    void frontPageShowsKeyFiguresWithTheSpanOfMonths() throws IOException {
        var figures = page("index.html").select(".figures li").eachText();

        assertEquals(List.of("5 articles", "3 sources", "5 événements", "d’avril 2025 à août 2025 période couverte"), figures);
    }

    @Test
    void listsPastThePageSizeGoOnAtPageN() throws IOException {
        assertEquals(2, page("index.html").select(".latest .card").size());
        var second = page("page/2/index.html");
        assertEquals("../../", second.select(".pager a[rel=prev]").attr("href"));
        assertEquals("../3/", second.select(".pager a[rel=next]").attr("href"));
        assertEquals(1, page("page/3/index.html").select(".latest .card").size());
        assertTrue(Files.isRegularFile(build.site().resolve("tags/russie/page/3/index.html")));
        assertFalse(Files.exists(build.site().resolve("page/4")));
    }

    @Test
    void frontPageTeaserLinksIntoTheChronology() throws IOException {
        var chronology = page("chronologie/index.html");
        for (var link : page("index.html").select(".teaser-events a")) {
            var href = link.attr("href");
            assertTrue(href.startsWith("chronologie/#e-2025-"), href);
            assertEquals(1, chronology.select("[id=" + href.substring(href.indexOf('#') + 1) + "]").size(), href);
        }
        assertEquals(4, page("index.html").select(".teaser-events a").size());
    }

    @Test
    void articleWithFourHeadingsHasATableOfContentsPointingAtThem() throws IOException {
        var article = page("articles/article-3/index.html");

        assertEquals(List.of("Le contexte", "Les réactions", "À Lomé", "La suite"), article.select(".toc a").eachText());
        for (var link : article.select(".toc a")) {
            assertEquals(1, article.select(".body [id=" + link.attr("href").substring(1) + "]").size(), link.attr("href"));
        }
        assertEquals(List.of("sub"), article.select(".toc li.sub").eachAttr("class"));
    }

    @Test
    void tagPageShowsItsDescriptionAndEventsAndTheTagsIndexItsCounts() throws IOException {
        var tag = page("tags/russie/index.html");
        assertEquals("Les relations avec la Fédération de Russie.", tag.select(".lede").text());
        assertEquals(5, tag.select(".timeline .event").size());
        assertEquals(List.of("5 articles", "5 articles"), page("tags/index.html").select(".tag-list .count").eachText());
    }

    @Test
    void searchPageLoadsItsScriptFromAFileAndSaysWhenJavaScriptIsOff() throws IOException {
        var search = page("recherche/index.html");

        assertEquals(List.of("../assets/search.js"), search.select("script[src]").eachAttr("src"));
        assertTrue(search.select("script:not([src]):not([type=application/ld+json])").isEmpty(), "no inline script");
        assertTrue(search.select("*").stream().allMatch(e -> e.attributes().asList().stream()
                .noneMatch(a -> a.getKey().startsWith("on"))), "no on* attribute");
        assertEquals("search", search.select("form").attr("role"));
        assertTrue(search.select("noscript").html().contains("besoin de JavaScript"));
        assertEquals("index.json", search.select("form").attr("data-index"));
        assertTrue(Files.isRegularFile(build.site().resolve("recherche/index.json")));
        assertTrue(Files.isRegularFile(build.site().resolve("recherche/t/0.json")));
        assertTrue(Files.isRegularFile(build.site().resolve("recherche/d/4.json")));
    }

    @Test
    void onlyTheSearchPageCarriesScript() throws IOException {
        for (var path : List.of("index.html", "articles/article-3/index.html", "tags/russie/index.html",
                "chronologie/index.html", "404.html")) {
            // JSON-LD is data, never run
            assertEquals(0, page(path).select("script:not([type=application/ld+json])").size(), path);
        }
    }
}
