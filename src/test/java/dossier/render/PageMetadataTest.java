package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every public page's head describes that page: the same title, address and image everywhere. */
class PageMetadataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static LinksFixture fixture;

    @BeforeAll
    static void build() {
        fixture = LinksFixture.build(temp.resolve("site"));
    }

    @Test
    void everyPageHasTitleDescriptionCanonicalAndOpenGraphThatAgree() throws IOException {
        for (var path : fixture.publicPages()) {
            var page = fixture.html(path);
            var canonical = LinksFixture.BASE + path.replaceFirst("index\\.html$", "");
            assertEquals(canonical, page.select("link[rel=canonical]").attr("href"), path);
            assertEquals(canonical, property(page, "og:url"), path);
            var headline = property(page, "og:title");
            assertTrue(page.title().startsWith(spaced(headline)), path + ": " + page.title() + " / " + headline);
            assertEquals(name(page, "description"), property(page, "og:description"), path);
            assertFalse(name(page, "description").isBlank(), path);
            assertEquals(headline, name(page, "twitter:title"), path);
            assertEquals("summary_large_image", name(page, "twitter:card"), path);
            assertEquals("fr_FR", property(page, "og:locale"), path);
            assertEquals("Dossier des liens", property(page, "og:site_name"), path);
            assertEquals("1200", property(page, "og:image:width"), path);
            assertEquals("630", property(page, "og:image:height"), path);
            assertFalse(property(page, "og:image:alt").isBlank(), path);
            assertEquals(property(page, "og:image"), name(page, "twitter:image"), path);
            assertTrue(Files.isRegularFile(fixture.fileOf(property(page, "og:image"))), path + ": image missing");
        }
    }

    @Test
    void jsonLdDescribesEachPageWithItsTypeAndBreadcrumbs() throws IOException {
        for (var path : fixture.publicPages()) {
            var page = fixture.html(path);
            var graph = jsonLd(page).get("@graph");
            var main = graph.get(0);
            var expected = path.startsWith("articles/") ? "NewsArticle"
                    : path.equals("index.html") || path.startsWith("page/") || path.startsWith("tags/") ? "CollectionPage"
                    : "WebPage";
            assertEquals(expected, main.get("@type").asText(), path);
            assertEquals(property(page, "og:url"), main.get("url").asText(), path);
            var crumbs = graph.get(1).get("itemListElement");
            assertEquals("BreadcrumbList", graph.get(1).get("@type").asText(), path);
            assertEquals(LinksFixture.BASE, crumbs.get(0).get("item").asText(), path);
            assertEquals(property(page, "og:url"), crumbs.get(crumbs.size() - 1).get("item").asText(), path);
        }
        var tag = jsonLd(fixture.html("tags/russie/index.html")).get("@graph").get(1).get("itemListElement");
        assertEquals(List.of("Accueil", "Thèmes", "Russie"), tag.findValuesAsText("name"));
    }

    @Test
    void articleHeadAgreesWithTheArticleShown() throws IOException {
        var page = fixture.html("articles/accord-ratifie/index.html");
        assertEquals("article", property(page, "og:type"));
        assertEquals(page.selectFirst("h1").text(), spaced(property(page, "og:title")));
        assertEquals(page.selectFirst("header time").attr("datetime"), property(page, "article:published_time"));
        assertEquals(page.select("header ul.tags a").eachText(),
                page.select("meta[property=article:tag]").eachAttr("content"));
        assertEquals(LinksFixture.BASE + "articles/accord-ratifie/apercu.png", property(page, "og:image"));
        var article = jsonLd(page).get("@graph").get(0);
        assertEquals(page.selectFirst("h1").text(), spaced(article.get("headline").asText()));
        assertEquals("2025-10-07", article.get("datePublished").asText());
        assertEquals("A. Auteur", article.at("/author/name").asText());
    }

    @Test
    void articleNamesItsSourceAndLinksTheOriginalAndAnArchivedCopy() throws IOException {
        var page = fixture.html("articles/accord-ratifie/index.html");
        var original = "https://journal.example/accord?id=7&lang=fr";
        var archived = "https://web.archive.org/web/20251009/" + original;
        assertEquals(List.of(original, archived), page.select("p.source a").eachAttr("href"));
        assertTrue(page.selectFirst("p.source").text().contains("Journal d’essai"));
        assertTrue(page.selectFirst("p.source").text().contains("9 octobre 2025"), "the day it was collected");
        var basis = jsonLd(page).get("@graph").get(0).get("isBasedOn");
        assertEquals(original, basis.get("url").asText());
        assertEquals(archived, basis.get("archivedAt").asText());
        assertEquals("Journal d’essai", basis.at("/publisher/name").asText());
    }

    @Test
    void sourceWithoutAddressIsNamedButNotLinked() throws IOException {
        var page = fixture.html("articles/visite/index.html");
        assertTrue(page.select("p.source").isEmpty());
        assertTrue(page.selectFirst("header .meta").text().contains("Agence sans adresse"));
        assertEquals("2025-11-21", property(page, "article:modified_time"));
    }

    @Test
    void scrapedTextCannotCloseTheJsonLdScript() throws IOException {
        var raw = Files.readString(fixture.site().resolve("articles/visite/index.html"), StandardCharsets.UTF_8);
        var script = raw.substring(raw.indexOf("application/ld+json"), raw.indexOf("</script>", raw.indexOf("application/ld+json")));
        assertFalse(script.contains("<"), script);
        var description = jsonLd(fixture.html("articles/visite/index.html")).at("/@graph/0/description").asText();
        assertEquals("Les présidents se rencontrent\u00A0: «\u00A0</script>\u00A0» & <b>rien</b> ne doit s’échapper.", description);
    }

    @Test
    void baseUrlFlagMovesEveryAbsoluteAddress() throws IOException {
        var other = LinksFixture.build(temp.resolve("other"), "--base-url", "https://autre.example/d/");
        var stale = new ArrayList<String>();
        try (var files = Files.walk(other.site())) {
            for (var file : files.filter(f -> f.toString().matches(".*\\.(html|xml|txt)$")).toList()) {
                if (Files.readString(file, StandardCharsets.UTF_8).contains("example.org/liens")) {
                    stale.add(other.site().relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), stale);
        var page = other.html("articles/visite/index.html");
        assertEquals("https://autre.example/d/articles/visite/apercu.png", property(page, "og:image"));
    }

    @Test
    void notFoundPageOffersHomeChronologyTagsAndTheLatestArticles() throws IOException {
        var links = fixture.html("404.html").select("main a").eachAttr("href");
        assertTrue(links.containsAll(List.of("/liens/", "/liens/chronologie/", "/liens/tags/",
                "/liens/articles/visite/")), links.toString());
    }

    /** The text as jsoup's {@code text()} gives it: no-break spaces read as spaces. */
    private static String spaced(String text) {
        return text.replace('\u00A0', ' ');
    }

    private static JsonNode jsonLd(Document page) throws IOException {
        var scripts = page.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size(), page.location());
        return JSON.readTree(scripts.first().data());
    }

    private static String property(Document page, String property) {
        return page.select("meta[property=" + property + "]").attr("content");
    }

    private static String name(Document page, String name) {
        return page.select("meta[name=" + name + "]").attr("content");
    }
}
