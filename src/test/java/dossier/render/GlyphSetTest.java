package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class GlyphSetTest {

    private static final java.awt.Font BOLD = PreviewImage.font("DejaVuSans-Bold.ttf").deriveFont(64f);

    private final GlyphSet ink = new GlyphSet(1, BOLD, 255);
    private final GlyphSet grey = new GlyphSet(2, BOLD, 185);

    @Test
    void widthIsWhatJava2dMeasuresWithWholePixelAdvances() {
        var g = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY).createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        var metrics = g.getFontMetrics(BOLD);
        g.dispose();
        for (var text : new String[] {"Coopération militaire : l’accord est ratifié", "« Œuvre » – 7 %", ""}) {
            assertEquals(metrics.stringWidth(text), ink.width(text), text);
        }
    }

    @Test
    void aStemIsFullInkAndItsEdgesAreShades() {
        var l = ink.glyph('l');
        assertTrue(l.width > 5 && l.height > 40, l.width + "×" + l.height);
        assertTrue(l.top < -40, "drawn above the baseline: " + l.top);
        int full = 0;
        int max = 0;
        for (byte level : l.levels) {
            full += level == GlyphSet.INK_LEVELS ? 1 : 0;
            max = Math.max(max, level);
        }
        assertTrue(full > l.levels.length / 2, full + " of " + l.levels.length);
        assertEquals(GlyphSet.INK_LEVELS, max);
    }

    @Test
    void aLighterShadeNeverReachesFullInk() {
        int max = 0;
        for (byte level : grey.glyph('l').levels) {
            max = Math.max(max, level);
        }
        assertEquals(10, max, "185 of 255 is level 10 of 14");
    }

    @Test
    void aSpaceHasAnAdvanceButNoInk() {
        var space = ink.glyph(' ');
        assertTrue(space.advance > 10);
        assertEquals(0, space.width);
        assertEquals(0, space.levels.length);
    }

    @Test
    void eachGlyphIsDrawnOnceWhetherLatinOrNot() {
        assertSame(ink.glyph('é'), ink.glyph('é'));
        assertSame(ink.glyph(0x1F600), ink.glyph(0x1F600));
        assertEquals(ink.glyph('é').advance + ink.glyph(0x1F600).advance, ink.width("é\uD83D\uDE00"));
    }
}
