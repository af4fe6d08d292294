package dossier.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One text style of the preview images, a font at a size in a shade of ink, with its glyphs
 * drawn once each by Java2D (antialiased, whole-pixel advances) and kept as palette levels
 * 0–14, so that an image is assembled from glyphs instead of drawn. Thread-safe.
 */
final class GlyphSet {

    /** The palette's darkest ink level, for full coverage by black text. */
    static final int INK_LEVELS = 14;

    /**
     * One glyph: its advance, where its box starts from the pen ({@code left}) and from the
     * baseline ({@code top}, negative above it), and its {@code width × height} levels, row by row.
     * {@code alone} keeps, by the parity of its first column, the patch it makes by itself.
     */
    static final class Glyph {
        /** Its style's id and its code point, which name it in the keys of patches. */
        final long key;
        final int codePoint;
        final int advance;
        final int left;
        final int top;
        final int width;
        final int height;
        final byte[] levels;
        final InkPatch[] alone = new InkPatch[2];

        Glyph(long key, int codePoint, int advance, int left, int top, int width, int height, byte[] levels) {
            this.key = key;
            this.codePoint = codePoint;
            this.advance = advance;
            this.left = left;
            this.top = top;
            this.width = width;
            this.height = height;
            this.levels = levels;
        }
    }

    /** Small and distinct: part of the key of the patches glyphs of several styles make together. */
    final int id;
    private final Font font;
    private final int shade;
    private final FontMetrics metrics;
    private final Glyph[] latin = new Glyph[0x2200];
    private final ConcurrentHashMap<Integer, Glyph> others = new ConcurrentHashMap<>();

    /** {@code shade} 0–255 is the ink's darkness at full coverage. */
    GlyphSet(int id, Font font, int shade) {
        this.id = id;
        this.font = font;
        this.shade = shade;
        var g = graphics(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY));
        metrics = g.getFontMetrics(font);
        g.dispose();
    }

    /** The width of {@code text} drawn in this style, in pixels. */
    int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += glyph(codePoint).advance;
            i += Character.charCount(codePoint);
        }
        return width;
    }

    Glyph glyph(int codePoint) {
        if (codePoint < latin.length) {
            var glyph = latin[codePoint];
            if (glyph == null) {
                // two threads may both draw it: they draw the same levels
                glyph = draw(codePoint);
                latin[codePoint] = glyph;
            }
            return glyph;
        }
        return others.computeIfAbsent(codePoint, this::draw);
    }

    /** Draws the glyph in white on black on a surface just larger than its pixels, then keeps the box of its ink. */
    private Glyph draw(int codePoint) {
        var text = new String(Character.toChars(codePoint));
        int advance = metrics.charWidth(codePoint);
        var bounds = font.createGlyphVector(metrics.getFontRenderContext(), text)
                .getPixelBounds(metrics.getFontRenderContext(), 0, 0);
        if (bounds.isEmpty()) {
            return new Glyph((long) id << 21 | codePoint, codePoint, advance, 0, 0, 0, 0, new byte[0]);
        }
        // a pixel of room all round, should antialiasing reach past the bounds
        int originX = 2 - bounds.x;
        int originY = 2 - bounds.y;
        var image = new BufferedImage(bounds.width + 4, bounds.height + 4, BufferedImage.TYPE_BYTE_GRAY);
        var g = graphics(image);
        try {
            g.setColor(Color.WHITE);
            g.setFont(font);
            g.drawString(text, originX, originY);
        } finally {
            g.dispose();
        }
        return inked(image, originX, originY, codePoint, advance);
    }

    /** The glyph drawn on {@code image} with its pen at {@code (originX, originY)}: the box of its ink, in levels. */
    private Glyph inked(BufferedImage image, int originX, int originY, int codePoint, int advance) {
        var grey = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int w = image.getWidth();
        int x0 = w;
        int x1 = 0;
        int y0 = image.getHeight();
        int y1 = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < w; x++) {
                if (level(grey[y * w + x]) > 0) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x + 1);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y + 1);
                }
            }
        }
        if (x1 <= x0) {
            return new Glyph((long) id << 21 | codePoint, codePoint, advance, 0, 0, 0, 0, new byte[0]);
        }
        var levels = new byte[(x1 - x0) * (y1 - y0)];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                levels[(y - y0) * (x1 - x0) + x - x0] = (byte) level(grey[y * w + x]);
            }
        }
        return new Glyph((long) id << 21 | codePoint, codePoint, advance, x0 - originX, y0 - originY, x1 - x0, y1 - y0,
                levels);
    }

    /** Coverage 0–255 to a palette level: the share of the shade it lets through. */
    private int level(byte coverage) {
        return (int) Math.round((coverage & 0xFF) * shade * INK_LEVELS / (255.0 * 255.0));
    }

    private static Graphics2D graphics(BufferedImage image) {
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
        return g;
    }
}
