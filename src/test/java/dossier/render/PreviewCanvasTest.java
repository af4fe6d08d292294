package dossier.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rows a canvas writes, inflated (Adler-32 checked), must be exactly its glyphs' levels laid
 * one pixel at a time on paper beside the accent bar, whatever path the canvas took to code them.
 */
class PreviewCanvasTest {

    private static final Font BOLD = PreviewImage.font("DejaVuSans-Bold.ttf");
    private static final int LEFT = 80;

    private final GlyphSet large = new GlyphSet(1, BOLD.deriveFont(64f), 255);
    private final GlyphSet small = new GlyphSet(2, PreviewImage.font("DejaVuSans.ttf").deriveFont(21f), 185);
    private final InkPatches patches = new InkPatches(PreviewImage.WIDTH, PreviewImage.HEIGHT);

    @Test
    void blankCanvasIsTheAccentBarOnPaper() {
        var rows = RowDeflaterTest.inflate(new PreviewCanvas(patches, LEFT).zlib(), 601 * 630);
        var row = new byte[601];
        Arrays.fill(row, 1, 17, (byte) 0xFF);
        for (int y = 0; y < 630; y++) {
            assertArrayEquals(row, Arrays.copyOfRange(rows, y * 601, (y + 1) * 601), "row " + y);
        }
    }

    @Test
    void linesInflateToTheirGlyphsLaidOnePixelAtATime() {
        var lines = List.of(new InkPatches.Line(small, "Dossier d’essai : « tout » va bien", 96, 124, false),
                new InkPatches.Line(large, "Afrique de l’Ouest : la Cédéao", 96, 250, false),
                new InkPatches.Line(large, "et le Bénin relancent leur source", 97, 328, false),
                new InkPatches.Line(small, "1er janvier 2023 · Nouvelles de l’Est", 96, 562, false));
        assertEquals(reference(lines), rows(lines));
    }

    @Test
    void wordsCodedBeforeGiveTheSameRowsAtEitherParity() {
        var first = List.of(new InkPatches.Line(large, "la coopération militaire", 96, 250, false));
        var again = List.of(new InkPatches.Line(large, "militaire la coopération", 97, 250, false),
                new InkPatches.Line(large, "coopération la", 100, 400, false));
        assertEquals(reference(first), rows(first));
        assertEquals(reference(again), rows(again));
    }

    @Test
    void aRepeatedLineKeptWholeWritesTheSameStreamAsItsWords() {
        var words = List.of(new InkPatches.Line(small, "Dossier Togo–Russie : la coopération", 96, 124, false),
                new InkPatches.Line(large, "Un titre", 96, 250, false));
        var whole = List.of(new InkPatches.Line(small, "Dossier Togo–Russie : la coopération", 96, 124, true),
                new InkPatches.Line(large, "Un titre", 96, 250, false));
        var first = zlib(words);
        assertArrayEquals(first, zlib(whole), "the first time, word by word");
        assertArrayEquals(first, zlib(whole), "then kept whole");
    }

    @Test
    void linesCloseEnoughToTouchAreCodedTogether() {
        var lines = List.of(new InkPatches.Line(large, "Jypg Équipe", 96, 250, false),
                new InkPatches.Line(large, "ÉÀÇ jyqp", 110, 290, false),
                new InkPatches.Line(small, "Çà et là", 120, 300, false));
        assertEquals(reference(lines), rows(lines));
    }

    @Test
    void inkReachingOverTheSpaceIntoTheWordBeforeIsCodedTogether() {
        var lines = List.of(new InkPatches.Line(large, "e \u0300\u0300x f \u20D7\u20D7y", 96, 250, false));
        assertEquals(reference(lines), rows(lines));
    }

    @Test
    void glyphsOffTheImageAreLeftOut() {
        var lines = List.of(new InkPatches.Line(large, "Débordement à droite", 1000, 250, false),
                new InkPatches.Line(large, "Jusqu’en bas", 96, 640, false), new InkPatches.Line(large, "En haut", 96, 20, false),
                new InkPatches.Line(large, "Gauche", 60, 400, false));
        var rows = rows(lines);
        assertEquals(reference(lines), rows);
        assertTrue(rows.contains("ee"), "the glyphs that fit are drawn");
    }

    private String rows(List<InkPatches.Line> lines) {
        return hex(RowDeflaterTest.inflate(zlib(lines), 601 * 630));
    }

    private byte[] zlib(List<InkPatches.Line> lines) {
        var canvas = new PreviewCanvas(patches, LEFT);
        for (var line : lines) {
            canvas.line(line.style(), line.text(), line.x(), line.y(), line.repeated());
        }
        return canvas.zlib();
    }

    /** The accent bar, then each glyph that fits the image, its levels kept where darker than what is there. */
    private static String reference(List<InkPatches.Line> lines) {
        int width = PreviewImage.WIDTH;
        int height = PreviewImage.HEIGHT;
        var levels = new int[width * height];
        for (var line : lines) {
            int pen = line.x();
            for (int codePoint : line.text().codePoints().toArray()) {
                var glyph = line.style().glyph(codePoint);
                int x0 = pen + glyph.left;
                int y0 = line.y() + glyph.top;
                if (x0 >= LEFT && x0 + glyph.width <= width && y0 >= 1 && y0 + glyph.height < height) {
                    for (int y = 0; y < glyph.height; y++) {
                        for (int x = 0; x < glyph.width; x++) {
                            int at = (y0 + y) * width + x0 + x;
                            levels[at] = Math.max(levels[at], glyph.levels[y * glyph.width + x]);
                        }
                    }
                }
                pen += glyph.advance;
            }
        }
        var rows = new byte[(width / 2 + 1) * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x += 2) {
                int left = x < PreviewImage.ACCENT_WIDTH ? 15 : levels[y * width + x];
                int right = x + 1 < PreviewImage.ACCENT_WIDTH ? 15 : levels[y * width + x + 1];
                rows[y * (width / 2 + 1) + 1 + x / 2] = (byte) (left << 4 | right);
            }
        }
        return hex(rows);
    }

    /** One line of hex a row, so a failure shows the rows that differ. */
    private static String hex(byte[] rows) {
        var out = new StringBuilder();
        for (int i = 0; i < rows.length; i++) {
            out.append(Character.forDigit(rows[i] >> 4 & 0xF, 16)).append(Character.forDigit(rows[i] & 0xF, 16));
            if (i % 601 == 600) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
