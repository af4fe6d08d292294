package dossier.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewImageTest {

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
