package dossier.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.clean.Cleaner;
import dossier.clean.Rules;
import dossier.model.Problem;
import dossier.model.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever an editor or a scraper hands over, only content errors come out: front matter, raw
 * bytes and scraped text made of random pieces never make the loader or the cleaner throw, an
 * article comes back exactly when no error was found, and every problem points inside the file.
 */
class ContentPropertiesTest {

    private static final Path SHOWN = Path.of("content/articles/hasard.md");
    private static final TagVocabulary VOCABULARY = new TagVocabulary(
            List.of(new Tag(new dossier.model.Slug("russie"), "Russie", "", List.of("Moscou"))));
    private static final Cleaner CLEANER = new Cleaner(Rules.defaults());

    @Property(tries = 400)
    void frontMatterGivesAnArticleOrAnErrorNeverAnException(@ForAll("articleText") String text) {
        var problems = new ArrayList<Problem>();
        var article = ArticleFile.parse(new TextFile(SHOWN, TextFile.normalize(text)), VOCABULARY, problems);
        assertEquals(article == null, problems.stream().anyMatch(Problem::isError), problems::toString);
        assertInside(problems, text);
    }

    @Property(tries = 200)
    void anyBytesAreReadOrRefusedByName(@ForAll("bytes") byte[] bytes) throws IOException {
        var file = Files.createTempFile("dossier-", ".md");
        try {
            Files.write(file, bytes);
            var problems = new ArrayList<Problem>();
            var read = TextFile.read(file, SHOWN, problems);
            assertEquals(read == null, !problems.isEmpty(), problems::toString);
            if (read != null) {
                assertTrue(read.text().indexOf('\r') < 0 && read.text().indexOf('\0') < 0);
            }
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 300)
    void cleanerReturnsAnArticleForAnyScrapedText(@ForAll("scrapedText") String text) {
        var clean = CLEANER.clean(Path.of("content/articles/hasard.txt"), TextFile.normalize(text));
        assertInside(clean.problems(), text);
    }

    @Property(tries = 100)
    void anyLinksInABodyAreCheckedWithoutException(@ForAll("linkBody") String body) throws IOException {
        var content = Files.createTempDirectory("dossier-");
        try {
            Files.createDirectories(content.resolve("articles"));
            Files.writeString(content.resolve("dossier.yaml"), "title: T\nbaseUrl: https://example.org/\n");
            Files.writeString(content.resolve("articles/visite.md"), "---\ntitle: T\ndate: 2025-10-07\n---\n## Le programme\n");
            Files.writeString(content.resolve("articles/liens.md"), "---\ntitle: L\ndate: 2025-10-07\n---\n" + body);
            var loaded = new ContentLoader(content).load(content, new BuildOptions(false, false, null));
            loaded.problems().forEach(p -> assertTrue(p.line() == 0 || p.line() <= body.lines().count() + 5, p::format));
        } finally {
            org.apache.commons.io.file.PathUtils.deleteDirectory(content);
        }
    }

    @Provide
    Arbitrary<String> linkBody() {
        var targets = Arbitraries.of("../visite/", "../visite/#le-programme", "#", "#p1", "../../", "../../tags/x/",
                "../../articles/", "..", "../../../../..", "/", "//evil.example/", "%", "%zz", " ", "a b", "?q=<x>", "\\",
                "../visite/index.html#le-programm", "mailto:x@y", "javascript:alert(1)", "../Visite/", "../visité/", "#é", "");
        var link = Combinators.combine(Arbitraries.of("[a](", "![i](", "<", "[r]: "), targets, Arbitraries.of(")", ">", "", " \"t\")"))
                .as((open, target, close) -> open + target + close);
        return Arbitraries.oneOf(link, Arbitraries.of("Texte.", "## Titre", "", "```", "    code"))
                .list().ofMaxSize(10).map(lines -> String.join("\n", lines));
    }

    private static void assertInside(List<Problem> problems, String text) {
        long lines = text.lines().count() + 1;
        for (var problem : problems) {
            assertTrue(problem.line() <= lines, problem::format);
            assertTrue(!problem.message().isBlank(), problem::format);
        }
    }

    @Provide
    Arbitrary<String> articleText() {
        var keys = Arbitraries.of("title", "date", "source", "author", "tags", "summary", "slug", "aliases", "events",
                "draft", "updated", "titre", "sumary", "name", "url", "place", "- date", "  - title", "", "?", "&a", "*a", "!!str");
        var values = Arbitraries.of("\"Un titre\"", "2025-10-07", "2025-02-30", "31/02/2025", "[Russie, Togo", "[Moscou]",
                "{name: KOACI, url: \"javascript:alert(1)\"}", "\"", "'", "|", ">", "- a", "true", "oui", "~", "null", "[]", "{}",
                "../../etc", "Sécurité", "Se\u0301curite\u0301", "\u0000", "\t", "<script>alert(1)</script>", "2018", "2025-08",
                "9999999999999999999", "-1", "[[[[[[", "&x [*x, *x]", "\uFEFF", "\r", "\u2028", "«\u00A0oui\u00A0»", "");
        var indent = Arbitraries.of("", "", "  ", "    ", "\t", " ");
        var line = net.jqwik.api.Combinators.combine(indent, keys, Arbitraries.of(": ", ":", " ", ""), values)
                .as((i, k, sep, v) -> i + k + sep + v);
        var body = Arbitraries.of("Texte.", "## Titre", "[lien](../autre/)", "[a](#ancre)", "<img src=x onerror=alert(1)>",
                "```", "| a | b |\n|---|---|", "", "---", "[x]: javascript:alert(1)");
        return net.jqwik.api.Combinators.combine(line.list().ofMaxSize(12), body.list().ofMaxSize(6),
                        Arbitraries.of("---\n", "---\n", "", "--- \n", "...\n"), Arbitraries.of("---\n", "", "...\n"))
                .as((yaml, text, open, close) -> open + String.join("\n", yaml) + "\n" + close + String.join("\n", text));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        var texts = articleText().map(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        return Arbitraries.oneOf(texts, noise);
    }

    @Provide
    Arbitrary<String> scrapedText() {
        var lines = Arbitraries.of("Accueil | Politique | Sport", "Lire aussi : un autre article", "Partager sur Facebook",
                "Par Kossi Mensah, à Lomé", "Publié le 7 octobre 2025 à 10h30", "Le 19 novembre 2025, la Douma a ratifié l’accord.",
                "Commentaires (3)", "© 2025 Journal", "", "   ", "\u00A0", "TITRE EN CAPITALES", "Une phrase sans point",
                "31/02/2025", "le 32 janvier 2025", "1er mars 2025", "<script>alert(1)</script>", "»", "«", "…", "\t\t",
                "x".repeat(3000), "Ceci est un paragraphe complet qui parle de coopération militaire entre le Togo et la Russie.");
        var random = Arbitraries.strings().withCharRange('\u0000', '\u036F').ofMaxLength(80);
        return Arbitraries.oneOf(lines, lines, random).list().ofMaxSize(40).map(l -> String.join("\n", l));
    }
}
