package dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The dossier that {@code mvn package} built from {@code content/}, checked as hosts, browsers
 * and readers meet it: every page there, valid HTML, every link and anchor resolving under a
 * sub-path, none of the scraped junk left, and pages that load clean in Chromium.
 */
class DossierSiteIT {

    private static final Path SITE = Path.of(System.getProperty("dossier.site", "site"));
    private static final Path CONTENT = Path.of(System.getProperty("dossier.content", "content"));

    /** These checks know the Togo–Russia dossier's pages; a build of another content folder is not theirs. */
    @org.junit.jupiter.api.BeforeAll
    static void onlyForTheRepositorysDossier() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isSameFile(CONTENT, Path.of("content")) && Files.isDirectory(SITE),
                "the site was built from " + CONTENT + ", not from this repository's content/");
    }

    /** Lines of the raw seeds that are not article text: none may reach a page. */
    private static final List<String> JUNK = List.of("Lire aussi", "Rejoins notre chaîne WhatsApp", "4 Go à 1500 F",
            "réflexions au sujet de", "Répondre", "Laisser un commentaire", "Joindre la rédaction", "Infos à la une",
            "Communiqués", "(ph)", "Tu es au moins au courant", "Pauvre troll", "Nous, c’est la France ou rien",
            "Santé mentale au Togo", "Alerte TikTok", "Vente aux enchères au port de Lomé", "koaci.ghana@gmail.com",
            "Correspondant permanent");

    @Test
    void everyPageTypeIsBuilt() throws IOException {
        var articles = htmlFiles().stream().filter(p -> p.startsWith(SITE.resolve("articles"))).count();
        assertEquals(5, articles, "one page per article");
        for (var page : List.of("index.html", "tags/index.html", "tags/russie/index.html", "chronologie/index.html",
                "404.html", "assets/style.css")) {
            assertTrue(Files.isRegularFile(SITE.resolve(page)), page);
        }
    }

    @Test
    void everyPageIsValidHtml() throws IOException {
        var errors = HtmlValidator.validate(SITE).stream().filter(m -> m.type() == HtmlMessage.Type.ERROR).toList();
        assertEquals(List.of(), errors);
    }

    @Test
    void everyInternalLinkAndAnchorResolvesUnderASubPath() throws IOException {
        assertEquals(List.of(), LinkCheck.check(SITE, basePath()));
    }

    @Test
    void noJunkFromTheScrapedSeedsIsPublished() throws IOException {
        var found = new ArrayList<String>();
        // article pages only: the method page names the junk it describes ("Lire aussi" links…)
        for (var file : htmlFiles().stream().filter(p -> p.startsWith(SITE.resolve("articles"))).toList()) {
            var text = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)).text();
            JUNK.stream().filter(text::contains).forEach(junk -> found.add(SITE.relativize(file) + ": " + junk));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void pagesLoadInChromiumWithoutErrorsOrOutsideRequests() throws IOException {
        var tools = Prerequisites.fromEnvironment();
        try (var server = StaticServer.start(SITE, basePath()); var browser = Chromium.launch(tools.chromium())) {
            var page = browser.open(server.url("index.html"));
            var problems = new ArrayList<String>();
            for (var file : htmlFiles()) {
                var path = SITE.relativize(file).toString().replace('\\', '/');
                page.clearRecords();
                page.navigate(server.url(path));
                page.consoleErrors().forEach(e -> problems.add(path + ": " + e));
                page.externalRequests().forEach(r -> problems.add(path + ": request to " + r.url()));
            }
            problems.addAll(server.notFound().stream().map(Object::toString).toList());
            assertEquals(List.of(), problems);
        }
    }

    @Test
    void everyPageTypePassesAxe() throws IOException {
        var tools = Prerequisites.fromEnvironment();
        tools.axe();
        try (var server = StaticServer.start(SITE, basePath()); var browser = Chromium.launch(tools.chromium())) {
            var page = browser.open(server.url("index.html"));
            var violations = new ArrayList<String>();
            for (var path : List.of("index.html", "articles/douma-ratifie-accord-militaire/", "tags/",
                    "tags/russie/", "chronologie/", "a-propos/", "404.html")) {
                page.navigate(server.url(path));
                page.axe().forEach(v -> violations.add(path + ": " + v));
            }
            assertEquals(List.of(), violations);
        }
    }

    /** The path of the base URL the site was built for, where 404.html's links start. */
    private static String basePath() throws IOException {
        var canonical = Jsoup.parse(Files.readString(SITE.resolve("index.html"), StandardCharsets.UTF_8))
                .select("link[rel=canonical]").attr("href");
        return java.net.URI.create(canonical).getPath();
    }

    private static List<Path> htmlFiles() throws IOException {
        try (var files = Files.walk(SITE)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
