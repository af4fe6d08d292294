package dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A reader on the site built from {@code content/}: from the front page to an article and a
 * tag, then the search page, by mouse and by keyboard, with French queries; no console error,
 * no request to another host and no axe violation on the way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderIT {

    private static final Path SITE = Path.of(System.getProperty("dossier.site", "site"));
    private static final Path CONTENT = Path.of(System.getProperty("dossier.content", "content"));
    private static final String BASE = "/dossier/";

    private final Prerequisites tools = Prerequisites.fromEnvironment();
    private Chromium browser;
    private StaticServer server;

    /** These checks know the Togo–Russia dossier's articles; a build of another content folder is not theirs. */
    @BeforeAll
    void onlyForTheRepositorysDossier() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isSameFile(CONTENT, Path.of("content")) && Files.isDirectory(SITE),
                "the site was built from " + CONTENT + ", not from this repository's content/");
    }

    @BeforeEach
    void launch() {
        tools.axe();
        var binary = tools.chromium();
        if (browser == null) {
            browser = Chromium.launch(binary);
            server = StaticServer.start(SITE, BASE);
        }
    }

    @AfterAll
    void close() {
        if (server != null) {
            server.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void readerGoesFromTheFrontPageToAnArticleAndOnToATag() {
        try (var page = browser.open(server.url(""))) {
            var title = page.evaluate("document.querySelector('.latest .card-title a').textContent").asText();
            // by keyboard: a headline over several lines has no text under its box's centre
            page.focus(".latest .card-title a");
            page.press(Key.ENTER);
            page.waitUntil("location.pathname.startsWith('/dossier/articles/') && document.readyState === 'complete'");
            assertEquals(title, page.evaluate("document.querySelector('h1').textContent").asText());

            var tag = page.evaluate("document.querySelector('.article .tags a').textContent").asText();
            page.focus(".article .tags a");
            page.press(Key.ENTER);
            page.waitUntil("location.pathname.startsWith('/dossier/tags/') && document.readyState === 'complete'");
            assertEquals(tag, page.evaluate("document.querySelector('h1').textContent").asText());

            assertClean(page);
        }
    }

    @Test
    void accentlessQueryFindsTheAccentedWordTitleHitsFirst() {
        assertFirstResult("cooperation", "articles/douma-ratifie-accord-militaire/", "Coopération");
    }

    @Test
    void pluralQueryFindsTheSingular() {
        assertFirstResult("accords", "articles/commission-aval-accord-militaire/", "accord");
    }

    @Test
    void elidedQueryFindsTheWordWithEitherApostrophe() {
        assertFirstResult("l'accord", "articles/commission-aval-accord-militaire/", "accord");
        assertFirstResult("l’accord", "articles/commission-aval-accord-militaire/", "accord");
    }

    @Test
    void keyboardAloneRunsASearchAndTheAddressSharesIt() {
        try (var page = browser.open(server.url("recherche/"))) {
            page.focus("#q");
            page.type("Douma");
            page.press(Key.ENTER);
            page.waitUntil("document.getElementById('resultats').dataset.query === 'Douma'");

            assertEquals("?q=Douma", page.evaluate("location.search").asText());
            assertTrue(page.evaluate("document.querySelectorAll('#resultats li').length").asInt() > 0);
            assertTrue(page.evaluate("document.getElementById('etat-recherche').textContent").asText()
                    .contains("pour «\u00A0Douma\u00A0»"));
            assertEquals(List.of(), page.axe());
            assertClean(page);
        }
    }

    @Test
    void browserNormalisesEveryWordAsTheBuildDoes() throws IOException {
        JsonCases cases = JsonCases.read();
        try (var page = browser.open(server.url("recherche/"))) {
            page.waitUntil("window.dossierSearch !== undefined");

            var found = page.evaluate(cases.texts() + ".map(t => window.dossierSearch.terms(t))");

            var mismatches = new ArrayList<String>();
            for (int i = 0; i < cases.expected().size(); i++) {
                var terms = new ArrayList<String>();
                found.get(i).forEach(t -> terms.add(t.asText()));
                if (!terms.equals(cases.expected().get(i))) {
                    mismatches.add(cases.text(i) + " → " + terms + ", expected " + cases.expected().get(i));
                }
            }
            assertEquals(List.of(), mismatches);
        }
    }

    @Test
    void unknownWordSaysSoAndPassesAxe() {
        try (var page = browser.open(server.url("recherche/?q=zzzyx"))) {
            page.waitUntil("document.getElementById('resultats').dataset.query === 'zzzyx'");

            assertEquals("Aucun article ne correspond à «\u00A0zzzyx\u00A0». Essayez un autre mot, ou parcourez les thèmes.",
                    page.evaluate("document.getElementById('etat-recherche').textContent").asText());
            assertEquals(List.of(), page.axe());
            assertClean(page);
        }
    }

    @Test
    void noPageIsWiderThanASmallPhone() {
        try (var page = browser.open(server.url(""))) {
            page.viewport(320, 640, true);
            var wide = new ArrayList<String>();
            for (var path : List.of("", "articles/gnassingbe-poutine-entretien-kremlin/", "tags/", "tags/russie/",
                    "chronologie/", "recherche/?q=accords", "a-propos/", "404.html")) {
                page.navigate(server.url(path));
                if (path.contains("?q=")) {
                    page.waitUntil("document.getElementById('resultats').dataset.query !== undefined");
                }
                var width = page.evaluate("document.documentElement.scrollWidth").asInt();
                if (width > 320) {
                    wide.add(path + ": " + width + " px");
                }
            }
            assertEquals(List.of(), wide);
        }
    }

    /** The budget: an article page, HTML, style sheets and scripts together, within 50 KB. */
    @Test
    void everyArticlePageWeighsAtMostFiftyKilobytes() throws IOException {
        var heavy = new ArrayList<String>();
        try (var files = Files.list(SITE.resolve("articles"))) {
            for (var folder : files.sorted().toList()) {
                var html = folder.resolve("index.html");
                var document = org.jsoup.Jsoup.parse(Files.readString(html), server.url("articles/" + folder.getFileName() + "/").toString());
                long bytes = Files.size(html);
                for (var asset : document.select("link[rel=stylesheet], script[src]")) {
                    var url = asset.hasAttr("href") ? asset.absUrl("href") : asset.absUrl("src");
                    bytes += Files.size(SITE.resolve(java.net.URI.create(url).getPath().substring(BASE.length())));
                }
                if (bytes > 50 * 1024) {
                    heavy.add(folder.getFileName() + ": " + bytes + " bytes");
                }
            }
        }
        assertEquals(List.of(), heavy);
    }

    private void assertFirstResult(String query, String expected, String highlighted) {
        try (var page = browser.open(server.url("recherche/?q=" + java.net.URLEncoder.encode(query,
                java.nio.charset.StandardCharsets.UTF_8)))) {
            page.waitUntil("document.getElementById('resultats').dataset.query !== undefined");

            var first = page.evaluate("(() => { const li = document.querySelector('#resultats li');"
                    + " return {href: li.querySelector('a').href, marks: Array.from(li.querySelectorAll('mark'),"
                    + " m => m.textContent), passage: li.querySelectorAll('.passage mark').length}; })()");
            assertEquals(server.url(expected).toString(), first.get("href").asText(), query);
            var marks = new ArrayList<String>();
            first.get("marks").forEach(m -> marks.add(m.asText()));
            assertTrue(marks.contains(highlighted), query + " marks " + marks);
            assertTrue(first.get("passage").asInt() > 0, query + ": the passage highlights the terms");
            assertClean(page);
        }
    }

    private void assertClean(BrowserPage page) {
        assertEquals(List.of(), page.consoleErrors());
        assertEquals(List.of(), page.externalRequests());
        assertEquals(List.of(), server.notFound());
    }

    /** The shared word → terms pairs of {@code src/test/resources/search/terms.json}. */
    private record JsonCases(String texts, List<String> inputs, List<List<String>> expected) {
        static JsonCases read() throws IOException {
            try (var in = ReaderIT.class.getResourceAsStream("/search/terms.json")) {
                var cases = new ObjectMapper().readTree(in).get("cases");
                var inputs = new ArrayList<String>();
                var expected = new ArrayList<List<String>>();
                cases.forEach(pair -> {
                    inputs.add(pair.get(0).asText());
                    var terms = new ArrayList<String>();
                    pair.get(1).forEach(t -> terms.add(t.asText()));
                    expected.add(terms);
                });
                var array = new ObjectMapper().createArrayNode();
                inputs.forEach(array::add);
                return new JsonCases(array.toString(), inputs, expected);
            }
        }

        String text(int i) {
            return inputs.get(i);
        }
    }
}
