package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.FixtureBuild;
import dossier.load.BuildOptions;
import dossier.load.ContentLoader;
import dossier.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code import}: raw articles become reviewable Markdown that the build reads back as it is. */
class ImportCommandTest {

    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    private static final Path DOSSIER_YAML = FixtureBuild.FIXTURES.resolve("raw-text/content/dossier.yaml");

    @TempDir
    Path temp;

    private Path content() throws IOException {
        var content = Files.createDirectories(temp.resolve("content/articles")).getParent();
        Files.copy(DOSSIER_YAML, content.resolve("dossier.yaml"));
        return content;
    }

    private Path raw(Path content, String name, String text) throws IOException {
        return Files.writeString(content.resolve("articles").resolve(name), text, StandardCharsets.UTF_8);
    }

    private static FixtureBuild run(Path content, String... args) {
        var all = Stream.concat(Stream.of("import", "--content", content.toString()), Stream.of(args)).toList();
        return FixtureBuild.run(all, content);
    }

    @Test
    void frontMatterSaysWhatWasInferredAndKeepsEventsAsCommentedCandidates() throws IOException {
        var content = content();
        var txt = raw(content, "douma.txt", """
                Accueil
                La Douma ratifie l’accord militaire avec le Togo
                Par Koffi Amouzou | Togo Matin
                Publié le 9 octobre 2025

                La Douma d’État a ratifié mardi l’accord de coopération militaire avec la République togolaise.
                Lire aussi : Lomé accueille une mission d’experts russes
                L’accord avait été signé à Moscou le 3 avril 2025, selon le texte publié par la Douma.
                Rejoins notre chaîne WhatsApp
                """);
        var result = run(content, txt.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("""
                ---
                title: "La Douma ratifie l’accord militaire avec le Togo"
                date: 2025-10-09  # stated on a byline: "le 9 octobre 2025"
                author: "Koffi Amouzou"
                source:
                  name: "Togo Matin"
                  # url: the original article's address
                tags: ["coopération militaire", "Togo", "Russie"]  # suggested from the vocabulary: keep those that fit
                # events: dates found in the text; uncomment those the chronology needs and shorten their titles
                # events:
                #   - date: "2025-04-03"  # "le 3 avril 2025", line 8
                #     title: "L’accord avait été signé à Moscou le 3 avril 2025, selon le texte publié par la Douma."
                ---
                La Douma d’État a ratifié mardi l’accord de coopération militaire avec la République togolaise.

                L’accord avait été signé à Moscou le 3 avril 2025, selon le texte publié par la Douma.
                """, Files.readString(content.resolve("articles/douma.md"), StandardCharsets.UTF_8));
    }

    @Test
    void reportListsEveryRemovedLineWithItsNumberAndRule() throws IOException {
        var content = content();
        var txt = Files.copy(SEEDS.resolve("000_efceeb7a4c39a7a7.txt"), content.resolve("articles/douma.txt"));
        var result = run(content, txt.toString());
        assertEquals(0, result.exitCode(), result.err());
        var report = result.out().lines().toList();
        assertTrue(report.contains("  date: 2025-10-07 from \"Le mardi 7 octobre 2025\" (the latest day the text reports)"),
                result.out());
        assertTrue(report.contains("  removed 6 lines:"), result.out());
        assertTrue(report.contains("    3 (repeated-headline): Coopération militaire : Le Togo et la Russie signent un nouveau pacte"),
                result.out());
        assertTrue(report.contains("    9 (related): Lire aussi Santé mentale au Togo : l’ODESS veut miser sur le numérique"
                + " pour mieux soigner"), result.out());
        assertTrue(report.contains("    25 (promo): Rejoins notre chaîne WhatsApp"), result.out());
        assertTrue(report.contains("    26 (ad): 4 Go à 1500 F"), result.out());
    }

    static List<String> seeds() {
        return List.of("000_efceeb7a4c39a7a7", "001_0935441e492a4687", "002_81825f0a80dba8eb", "003_c023af4f39a1d2c9",
                "004_8c740ef6e12f3877");
    }

    /** Seeds 001 and 002 state no publication date: the import leaves `date:` for the editor, and the build says so. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void importedSeedLoadsBackThroughTheMarkdownPath(String seed) throws IOException {
        var content = content();
        var result = run(content, SEEDS.resolve(seed + ".txt").toString(), "--out", content.resolve("articles").toString());
        assertEquals(0, result.exitCode(), result.err());
        var loaded = new ContentLoader(temp).load(content, new BuildOptions(false, false, null));
        var errors = loaded.problems().stream().map(Problem::format).toList();
        if (seed.startsWith("001") || seed.startsWith("002")) {
            assertEquals(List.of("content/articles/" + seed + ".md:2: missing \"date\" (add `date: 2025-10-07` to the"
                    + " front matter)"), errors);
            return;
        }
        assertEquals(List.of(), errors);
        var article = loaded.dossier().articles().get(0);
        var imported = Files.readString(content.resolve("articles/" + seed + ".md"), StandardCharsets.UTF_8);
        assertTrue(imported.endsWith("---\n" + article.markdown()), "the body reads back unchanged");
        assertFalse(article.tags().isEmpty(), "tags suggested from the vocabulary");
    }

    @Test
    void outFolderReceivesTheMarkdownAndAnExistingFileIsReplacedOnlyWithForce() throws IOException {
        var content = content();
        var txt = Files.copy(SEEDS.resolve("003_c023af4f39a1d2c9.txt"), temp.resolve("kremlin.txt"));
        var out = temp.resolve("revue");
        assertEquals(0, run(content, txt.toString(), "--out", out.toString()).exitCode());
        var md = out.resolve("kremlin.md");
        assertTrue(Files.readString(md).startsWith("---\ntitle: \"Togo-Russie : Gnassingbé discute avec Poutine"));
        Files.writeString(md, "edited by hand");
        var refused = run(content, txt.toString(), "--out", out.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("kremlin.md already exists (use --force to replace it)"), refused.err());
        assertEquals("edited by hand", Files.readString(md));
        assertEquals(0, run(content, txt.toString(), "--out", out.toString(), "--force").exitCode());
        assertTrue(Files.readString(md).startsWith("---\n"));
    }

    @Test
    void aFileWithNoArticleTextIsAnErrorAndWritesNothing() throws IOException {
        var content = content();
        var txt = raw(content, "bruit.txt", "Accueil\nPartager :\nFacebook\nWhatsApp\n");
        var result = run(content, txt.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("bruit.txt: file has no article text after cleaning (4 lines removed as junk)"),
                result.err());
        assertFalse(Files.exists(content.resolve("articles/bruit.md")));
    }

    @Test
    void badUsageExitsWithTwo() throws IOException {
        var content = content();
        var md = Files.writeString(temp.resolve("article.md"), "---\ntitle: x\n---\n");
        assertEquals(2, run(content).exitCode());
        assertEquals(2, run(content, md.toString()).exitCode());
        assertEquals(2, run(content, temp.resolve("absent.txt").toString()).exitCode());
        assertEquals(2, run(content, "--unknown").exitCode());
    }
}
