package dossier.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.FixtureBuild;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewImageTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    private final PreviewImage previews = new PreviewImage();

    @TempDir
    Path temp;

    @Test
    void everyArticleAndTheFrontPageGetAnImageAndTwoBuildsGiveTheSameBytes() throws IOException {
        var first = LinksFixture.build(temp.resolve("one")).site();
        var second = LinksFixture.build(temp.resolve("two")).site();
        for (var path : List.of("apercu.png", "articles/accord-ratifie/apercu.png", "articles/visite/apercu.png")) {
            var bytes = Files.readAllBytes(first.resolve(path));
            var image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertEquals(1200, image.getWidth(), path);
            assertEquals(630, image.getHeight(), path);
            assertArrayEquals(bytes, Files.readAllBytes(second.resolve(path)), path);
        }
    }

    @Test
    void rebuildKeepsTheImagesOfUnchangedArticlesAndDrawsARetitledOnesAsACleanBuildWould() throws IOException {
        var content = temp.resolve("content");
        copyTree(FixtureBuild.FIXTURES.resolve("links/content"), content);
        var site = temp.resolve("site");
        build(content, site);
        var kept = site.resolve("articles/visite/apercu.png");
        var retitled = site.resolve("articles/accord-ratifie/apercu.png");
        Files.setLastModifiedTime(kept, LONG_AGO);
        var before = Files.readAllBytes(retitled);
        var article = content.resolve("articles/accord-ratifie.md");
        Files.writeString(article, Files.readString(article).replace("l'accord est ratifié", "la Douma ratifie l'accord"));

        build(content, site);
        build(content, temp.resolve("clean"));

        assertEquals(LONG_AGO, Files.getLastModifiedTime(kept));
        var after = Files.readAllBytes(retitled);
        assertFalse(Arrays.equals(key(before), key(after)), "the retitled article's image has a new key");
        assertArrayEquals(Files.readAllBytes(temp.resolve("clean/articles/accord-ratifie/apercu.png")), after);
    }

    @Test
    void imageStartsWithTheHeadOfItsTextsAndEndsAsEveryPng() {
        var path = new SitePath("articles/visite/apercu.png");
        var file = previews.file(path, "Dossier", "Une visite au Kremlin", "19 novembre 2025");
        var bytes = file.bytes();
        var signature = file.signature().orElseThrow();

        assertArrayEquals(signature.head(), Arrays.copyOf(bytes, signature.head().length));
        assertArrayEquals(signature.tail(), Arrays.copyOfRange(bytes, bytes.length - signature.tail().length, bytes.length));
        assertArrayEquals(previews.draw("Dossier", "Une visite au Kremlin", "19 novembre 2025"), bytes);
        assertArrayEquals(new PreviewImage().head("Dossier", "Une visite au Kremlin", "19 novembre 2025"),
                signature.head(), "another drawer on the same machine gives the same key");
    }

    @Test
    void keyIsThirtyTwoHexDigitsAfterTheHeaderAndChangesWithEachText() {
        var keys = new java.util.HashSet<String>();
        for (var texts : List.of(List.of("Dossier", "Titre", "2025"), List.of("Dossier ", "Titre", "2025"),
                List.of("Dossier", "Titre.", "2025"), List.of("Dossier", "Titre", "2026"), List.of("DossierT", "itre", "2025"))) {
            var head = previews.head(texts.get(0), texts.get(1), texts.get(2));
            var chunk = new String(head, 33, head.length - 33, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(chunk.matches("(?s)....tEXtdossier-apercu\0[0-9a-f]{32}...."), chunk);
            keys.add(chunk);
        }
        assertEquals(5, keys.size());
    }

    @Test
    void imageIsAPngOfTwelveHundredBySixHundredThirty() throws IOException {
        var bytes = previews.draw("Dossier d’essai", "Coopération militaire : l’accord est ratifié", "7 octobre 2025");
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(bytes, 4));
        var image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
    }

    @Test
    void drawingTwiceGivesTheSameBytes() {
        var first = previews.draw("Dossier", "Une visite au Kremlin", "19 novembre 2025");
        previews.draw("Autre dossier", "Un autre titre, pour salir la surface de dessin", "1er août 2025");
        assertArrayEquals(first, previews.draw("Dossier", "Une visite au Kremlin", "19 novembre 2025"));
    }

    @Test
    void headlineIsDrawnInInkOnPaperWithTheAccentBar() throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(previews.draw("Dossier", "Titre", "2025")));
        assertEquals(0xB3261E, image.getRGB(10, 300) & 0xFFFFFF, "accent bar");
        assertEquals(0xF6F3EC, image.getRGB(1100, 600) & 0xFFFFFF, "paper");
        assertTrue(darkPixels(image, 96, 180, 400, 270) > 500, "the headline leaves ink where it is drawn");
        assertEquals(1, bands(image, 150, 505), "one line of headline");
    }

    @Test
    void wordsKeptFromEarlierImagesChangeNoByte() {
        var headline = "Coopération militaire : la Russie et le Togo signent un accord de défense";
        var fresh = new PreviewImage().draw("Dossier", headline, "7 octobre 2025");
        for (var other : List.of("Un accord de coopération", "La Russie et le Togo", "militaire militaire défense")) {
            previews.draw("Dossier", other, "7 octobre 2025");
        }
        assertArrayEquals(fresh, previews.draw("Dossier", headline, "7 octobre 2025"));
    }

    @Test
    void longHeadlineTakesFiveSmallerLinesAndLeavesPaperAboveTheFooter() throws IOException {
        var headline = "Un titre bien trop long pour tenir sur quatre lignes : il faut donc le couper, car il ne "
                + "tient pas, même en petit ; voilà pourquoi on écrit des titres courts, mieux vaut s’y tenir";
        var image = ImageIO.read(new ByteArrayInputStream(previews.draw("Dossier", headline, "2025")));
        assertEquals(5, bands(image, 150, 505), "lines of headline");
        assertEquals(0, inked(image, 32, 505, 1200, 525), "paper between the headline and the footer");
        assertTrue(inked(image, 96, 530, 400, 570) > 500, "the footer");
    }

    @Test
    void longHeadlineIsCutWithAnEllipsisOnItsLastLine() {
        var headline = "mot ".repeat(200).strip();
        var lines = PreviewImage.lines(text -> 26 * text.length(), headline, 5);
        assertEquals(5, lines.size());
        assertTrue(lines.get(4).endsWith("…"), lines.get(4));
    }

    private static void build(Path content, Path site) {
        var build = FixtureBuild.run(List.of("build", "--content", content.toString(), "--templates", "templates",
                "--out", site.toString(), "--build-date", FixtureBuild.BUILD_DATE), site);
        assertEquals(0, build.exitCode(), build.err());
    }

    /** The key an image carries in its tEXt chunk. */
    private static byte[] key(byte[] png) {
        return Arrays.copyOfRange(png, 33 + 8 + PreviewImage.KEYWORD.length() + 1, 33 + 8 + PreviewImage.KEYWORD.length() + 33);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (var file : files.toList()) {
                var target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** How many stretches of rows with ink there are from {@code y0} to {@code y1}. */
    private static int bands(BufferedImage image, int y0, int y1) {
        int bands = 0;
        boolean inLine = false;
        for (int y = y0; y < y1; y++) {
            boolean ink = inked(image, 40, y, 1200, y + 1) > 0;
            bands += ink && !inLine ? 1 : 0;
            inLine = ink;
        }
        return bands;
    }

    private static int inked(BufferedImage image, int x0, int y0, int x1, int y1) {
        int inked = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                inked += (image.getRGB(x, y) & 0xFFFFFF) == 0xF6F3EC ? 0 : 1;
            }
        }
        return inked;
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        int dark = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xFF) < 0x60) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
