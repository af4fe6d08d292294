package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.FixtureBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dossier holding raw {@code .txt} articles (one with a byte-order mark, CRLF endings and a
 * non-breaking space; one republishing a {@code .md} article's story) builds, says what it
 * inferred, and lists the republished story once.
 */
class RawTextDossierTest {

    private static final String CONTENT = "src/test/resources/fixtures/raw-text/content";
    private static final List<String> INFERENCES = List.of(
            CONTENT + "/articles/douma-reprise.txt: cleaned: title \"Moscou ratifie le pacte militaire conclu avec Lomé\","
                    + " date 2025-10-09 (\"le 9 octobre 2025\", stated on a byline), source Togo Matin,"
                    + " author Koffi Amouzou, 7 lines removed",
            CONTENT + "/articles/kremlin-visite.txt: cleaned: title \"Togo-Russie : Gnassingbé reçu au Kremlin par"
                    + " Vladimir Poutine\", date 2025-11-19 (\"le 19 novembre 2025\", stated on a byline), no source,"
                    + " 9 lines removed");
    /** Every junk line of kremlin-visite.txt, the dossier's own "Écoutez cet article" rule included. */
    private static final List<String> JUNK = List.of("Écoutez cet article", "Publié le", "Lire aussi", "WhatsApp",
            "réflexions", "Kossi", "Enfin une bonne nouvelle", "Répondre");

    @TempDir
    Path temp;

    @Test
    void rawArticlePageHoldsTheCleanedTitleAndBodyAndNoJunk() throws IOException {
        var build = FixtureBuild.build("raw-text", temp.resolve("site"));
        assertEquals(0, build.exitCode(), build.err());
        var page = build.page("articles/kremlin-visite/index.html");
        var article = page.substring(page.indexOf("<article"), page.indexOf("</article>"));
        assertTrue(article.contains("<h1>Togo-Russie\u00a0: Gnassingbé reçu au Kremlin par Vladimir Poutine</h1>"), article);
        assertTrue(article.contains("<time datetime=\"2025-11-19\">"), article);
        for (var sentence : List.of("s’est entretenu ce mercredi avec Vladimir Poutine au Kremlin.",
                "la formation des étudiants togolais.", "rouvrir leurs ambassades respectives en 2026.")) {
            assertTrue(article.contains(sentence), sentence);
        }
        for (var junk : JUNK) {
            assertFalse(page.contains(junk), junk);
        }
        assertEquals(1, article.split("Gnassingbé reçu au Kremlin", -1).length - 1, "the repeated headline shows once");
    }

    @Test
    void buildAndCheckPrintWhatWasInferredForEachRawArticle() {
        var build = FixtureBuild.build("raw-text", temp.resolve("site"));
        assertEquals(INFERENCES, build.out().lines().filter(l -> l.contains(": cleaned: ")).toList());
        var check = FixtureBuild.run(List.of("check", "--content", CONTENT), temp.resolve("unused"));
        assertEquals(0, check.exitCode(), check.err());
        assertEquals(INFERENCES, check.out().lines().filter(l -> l.contains(": cleaned: ")).toList());
        assertFalse(Files.exists(temp.resolve("unused")));
    }

    @Test
    void checkWarnsThatTheRepublishedStoryDuplicatesTheOriginal() {
        var check = FixtureBuild.run(List.of("check", "--content", CONTENT), temp.resolve("unused"));
        assertEquals(List.of(CONTENT + "/articles/douma-reprise.txt:1: warning: same story as " + CONTENT
                + "/articles/douma-accord.md (92% of the text shared): only that one is listed, its page says"
                + " \"Également publié par Togo Matin\"; this one's page stays, outside every list"
                + " (two different stories? rewrite the shared text; the same one? keep a single file)"),
                check.problems().stream().filter(line -> line.contains(": warning: ")).toList());
    }

    @Test
    void theRepublishedStoryIsListedOnceAndItsPagePointsToTheOriginal() throws IOException {
        var build = FixtureBuild.build("raw-text", temp.resolve("site"));
        assertEquals(0, build.exitCode(), build.err());
        for (var list : List.of("index.html", "tags/russie/index.html", "tags/togo/index.html")) {
            var html = build.page(list);
            assertTrue(html.contains("articles/douma-accord/"), list);
            assertFalse(html.contains("douma-reprise"), list);
        }
        assertTrue(build.page("articles/douma-accord/index.html")
                .contains("Également publié par <a href=\"../douma-reprise/\">Togo Matin</a>"));
        var copy = build.page("articles/douma-reprise/index.html");
        assertTrue(copy.contains("sous le titre <a href=\"../douma-accord/\">La Douma ratifie l’accord militaire"
                + " avec le Togo</a>"), copy);
        assertFalse(copy.contains("cooperation-militaire"), "a tag only the copy carries has no page to link to");
    }

    @Test
    void markupInScrapedTextStaysVisibleText() throws IOException {
        var content = Files.createDirectories(temp.resolve("content/articles")).getParent();
        Files.copy(Path.of(CONTENT, "dossier.yaml"), content.resolve("dossier.yaml"));
        Files.writeString(content.resolve("articles/balises.txt"), """
                Le Togo et la Russie signent un accord <script>alert(1)</script>
                Publié le 7 octobre 2025

                L’accord a été signé à Lomé [voir](javascript:alert(2)) et <img src=x onerror=alert(3)> ratifié par la Douma.
                """, StandardCharsets.UTF_8);
        var build = FixtureBuild.run(List.of("build", "--content", content.toString(), "--templates", "templates",
                "--out", temp.resolve("site").toString(), "--build-date", FixtureBuild.BUILD_DATE), temp.resolve("site"));
        assertEquals(0, build.exitCode(), build.err());
        var page = build.page("articles/balises/index.html");
        assertFalse(page.contains("<script>alert"), page);
        assertFalse(page.contains("<img src=x"), page);
        assertFalse(page.contains("href=\"javascript:"), page);
        assertTrue(page.contains("&lt;img src=x onerror=alert(3)&gt;"), page);
    }

    @Test
    void badRawArticlesAreReportedEachWithItsReason() throws IOException {
        var build = FixtureBuild.build("raw-text-bad", temp.resolve("site"));
        assertEquals(1, build.exitCode());
        var expected = Files.readAllLines(FixtureBuild.FIXTURES.resolve("raw-text-bad/expected-problems.txt"),
                StandardCharsets.UTF_8);
        assertEquals(expected, build.problems());
        assertFalse(Files.exists(temp.resolve("site")));
    }
}
