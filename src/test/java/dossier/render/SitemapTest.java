package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapTest {

    @TempDir
    static Path temp;
    static LinksFixture fixture;

    @BeforeAll
    static void build() {
        fixture = LinksFixture.build(temp.resolve("site"));
    }

    @Test
    void sitemapListsExactlyThePublicPages() throws IOException {
        var listed = entries().keySet().stream().map(fixture::fileOf)
                .map(p -> fixture.site().relativize(p).toString().replace('\\', '/')).sorted().toList();
        assertEquals(fixture.publicPages(), listed);
        assertTrue(listed.contains("page/2/index.html") && listed.contains("tags/russie/page/2/index.html"));
    }

    @Test
    void articlesGiveTheirLastChangeOtherPagesTheDossiersNewest() throws IOException {
        var entries = entries();
        assertEquals("2025-10-07", entries.get(LinksFixture.BASE + "articles/accord-ratifie/"));
        assertEquals("2025-11-21", entries.get(LinksFixture.BASE + "articles/visite/"));
        assertEquals("2025-10-07", entries.get(LinksFixture.BASE + "tags/securite/"));
        assertEquals("2025-11-21", entries.get(LinksFixture.BASE + "chronologie/"));
    }

    @Test
    void robotsTxtNamesTheAbsoluteSitemap() throws IOException {
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://example.org/liens/sitemap.xml\n",
                Files.readString(fixture.site().resolve("robots.txt")));
    }

    @Test
    void newKindsOfPagesAreListedAndUnlistedOnesLeftOut() {
        var files = List.of(OutputFile.text(new SitePath("recherche/"), "<p>"),
                OutputFile.text(new SitePath("articles/vieux/"), "<p>").unlisted(),
                OutputFile.text(new SitePath("feed.xml"), "<feed/>"),
                OutputFile.text(new SitePath("a/"), "<p>").changedOn(java.time.LocalDate.of(2025, 1, 2)));
        var xml = new Sitemap(java.net.URI.create("https://h.example/d/"), java.time.LocalDate.of(2025, 3, 4)).render(files);
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url>
                <loc>https://h.example/d/a/</loc>
                <lastmod>2025-01-02</lastmod>
                </url>
                <url>
                <loc>https://h.example/d/recherche/</loc>
                <lastmod>2025-03-04</lastmod>
                </url>
                </urlset>
                """, new String(xml.bytes(), StandardCharsets.UTF_8));
    }

    private static Map<String, String> entries() throws IOException {
        var xml = Jsoup.parse(Files.readString(fixture.site().resolve("sitemap.xml")), "", Parser.xmlParser());
        var entries = new TreeMap<String, String>();
        xml.select("url").forEach(url -> entries.put(url.selectFirst("loc").text(), url.selectFirst("lastmod").text()));
        return entries;
    }
}
