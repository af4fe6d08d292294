package dossier.render;

import dossier.model.Settings;
import dossier.model.Slug;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 1200×630 PNG shown when a page is shared (Open Graph, Twitter card): the dossier's name,
 * the headline wrapped on up to five lines, and a date line, in DejaVu Sans shipped with the
 * generator so every machine draws the same pixels (system fonts are never used).
 *
 * <p>Text is drawn in grey levels on a one-byte-per-pixel image, then mapped to a 16-colour
 * palette and written by {@link IndexedPng}: about a millisecond an image, and the scratch
 * images are kept per thread, since articles are drawn in parallel. Thread-safe.
 */
final class PreviewImage {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    static final SitePath SITE = new SitePath("apercu.png");

    private static final int STRIDE = WIDTH / 2 + 1;
    private static final int MARGIN = 96;
    private static final int ACCENT_WIDTH = 32;
    /** Where text may start to leave ink: a little left of the margin, for glyphs that overhang it. */
    private static final int TEXT_LEFT = MARGIN - 16;
    private static final int BACKGROUND = 0xF6F3EC;
    private static final int INK = 0x17212B;
    private static final int ACCENT = 0xB3261E;
    /** Palette: 0 the paper, 1–14 from paper to ink (antialiased edges), 15 the accent. */
    private static final int[] PALETTE = palette();
    private static final byte[] PAIRS = pairs();

    private final Font kicker;
    private final Font large;
    private final Font small;
    private final Font footer;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    PreviewImage() {
        var bold = font("DejaVuSans-Bold.ttf");
        kicker = bold.deriveFont(34f);
        large = bold.deriveFont(64f);
        small = bold.deriveFont(52f);
        footer = font("DejaVuSans.ttf").deriveFont(32f);
    }

    /** The path of an article's image, beside its page. */
    static SitePath of(Slug article) {
        return PageContext.ARTICLES.page(article).child("apercu.png");
    }

    /** How a page's head announces the image at {@code path}. */
    static Views.Image of(Settings settings, SitePath path, String about) {
        return new Views.Image(path.absolute(settings.baseUrl()), WIDTH, HEIGHT,
                FrenchTypography.text("Aperçu : " + about));
    }

    /** The PNG bytes: {@code above} the headline (the dossier's name), the {@code headline}, then {@code below}. */
    byte[] draw(String above, String headline, String below) {
        var work = scratch.get();
        work.clear();
        var g = work.image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
            text(g, work, kicker, 185, above, 1, 124, 0);
            drawHeadline(g, work, headline);
            text(g, work, footer, 175, below, 1, 562, 0);
        } finally {
            g.dispose();
        }
        long checksum = pack(work);
        return IndexedPng.encode(WIDTH, HEIGHT, PALETTE, work.raw, work.raw.length, checksum);
    }

    /** Large when the headline is short, smaller when it needs more lines. */
    private void drawHeadline(Graphics2D g, Scratch work, String headline) {
        if (!overflows(g.getFontMetrics(large), headline, 4)) {
            text(g, work, large, 255, headline, 4, 250, 78);
        } else {
            text(g, work, small, 255, headline, 5, 236, 63);
        }
    }

    private static void text(Graphics2D g, Scratch work, Font font, int level, String text, int maxLines,
            int baseline, int leading) {
        g.setFont(font);
        g.setColor(new Color(level, level, level));
        var metrics = g.getFontMetrics(font);
        var lines = lines(metrics, text, maxLines);
        for (int i = 0; i < lines.size(); i++) {
            int y = baseline + i * leading;
            int top = Math.max(0, y - metrics.getMaxAscent() - 4);
            int bottom = Math.min(HEIGHT, y + metrics.getMaxDescent() + 4);
            int right = Math.min(WIDTH, MARGIN + metrics.stringWidth(lines.get(i)) + 16) & ~7;
            // clipped to the stretch pack() reads and clear() blanks, so no ink outlives its image
            g.setClip(TEXT_LEFT, top, right - TEXT_LEFT, bottom - top);
            g.drawString(lines.get(i), MARGIN, y);
            for (int row = top; row < bottom; row++) {
                work.inked[row] = Math.max(work.inked[row], right);
            }
        }
    }

    private static boolean overflows(FontMetrics metrics, String text, int maxLines) {
        return String.join(" ", lines(metrics, text, maxLines)).length() < text.strip().length();
    }

    /** Words wrapped to the width; the last line ends in "…" when the text does not fit. */
    static List<String> lines(FontMetrics metrics, String text, int maxLines) {
        int width = WIDTH - MARGIN - 72;
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var word : text.strip().split(" +")) {
            var candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (lines.size() == maxLines - 1) {
                lines.add(ellipsis(metrics, line + " " + word, width));
                return lines;
            }
            lines.add(line.toString());
            line.setLength(0);
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(lines.size() < maxLines ? line.toString() : ellipsis(metrics, line.toString(), width));
        }
        return lines;
    }

    private static String ellipsis(FontMetrics metrics, String text, int width) {
        var cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    /**
     * Grey levels to palette indexes, two pixels a byte, with the accent bar on the left. Only the
     * stretch of each row where text was drawn is read; the rest is paper, written (and summed
     * for the zlib checksum) as such. Returns the rows' Adler-32.
     */
    private static long pack(Scratch work) {
        var grey = work.grey;
        var raw = work.raw;
        var checksum = new RowDeflater.Checksum();
        for (int y = 0; y < HEIGHT; y++) {
            int to = y * STRIDE;
            raw[to] = 0;
            Arrays.fill(raw, to + 1, to + 1 + ACCENT_WIDTH / 2, (byte) 0xFF);
            int right = Math.max(work.inked[y], TEXT_LEFT);
            Arrays.fill(raw, to + 1 + ACCENT_WIDTH / 2, to + 1 + TEXT_LEFT / 2, (byte) 0);
            Arrays.fill(raw, to + 1 + right / 2, to + STRIDE, (byte) 0);
            int from = y * WIDTH;
            for (int x = TEXT_LEFT; x < right; x += 2) {
                raw[to + 1 + x / 2] = PAIRS[(grey[from + x] & 0xFF) << 8 | grey[from + x + 1] & 0xFF];
            }
            checksum.run(0, 1);
            checksum.run(0xFF, ACCENT_WIDTH / 2);
            checksum.run(0, (TEXT_LEFT - ACCENT_WIDTH) / 2);
            checksum.bytes(raw, to + 1 + TEXT_LEFT / 2, to + 1 + right / 2);
            checksum.run(0, STRIDE - 1 - right / 2);
        }
        return checksum.value();
    }

    /** Two grey pixels, the first in the high byte, to their byte of two palette indexes. */
    private static byte[] pairs() {
        var table = new byte[1 << 16];
        for (int pair = 0; pair < table.length; pair++) {
            table[pair] = (byte) (index(pair >> 8) << 4 | index(pair & 0xFF));
        }
        return table;
    }

    /** A grey level (0 paper, 255 ink) to one of the 15 shades of the palette. */
    private static int index(int level) {
        return (int) Math.round(level * 14 / 255.0);
    }

    private static int[] palette() {
        var colours = new int[16];
        for (int i = 0; i < 15; i++) {
            colours[i] = mix(BACKGROUND, INK, i / 14.0);
        }
        colours[15] = ACCENT;
        return colours;
    }

    private static int mix(int from, int to, double share) {
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int a = from >> shift & 0xFF;
            int b = to >> shift & 0xFF;
            rgb |= (int) Math.round(a + (b - a) * share) << shift;
        }
        return rgb;
    }

    private static Font font(String name) {
        try (var in = PreviewImage.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing from the generator");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + name + " cannot be read", e);
        }
    }

    /** One thread's drawing surface and PNG rows, reused from image to image. */
    private static final class Scratch {
        final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        final byte[] grey = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        final byte[] raw = new byte[HEIGHT * STRIDE];
        /** For each row, where the text drawn on it ends (0: no text), the only part {@link #pack} reads. */
        final int[] inked = new int[HEIGHT];

        /** Blanks what the last image drew: only its inked rows hold anything but paper. */
        void clear() {
            for (int y = 0; y < HEIGHT; y++) {
                if (inked[y] > 0) {
                    Arrays.fill(grey, y * WIDTH, y * WIDTH + inked[y], (byte) 0);
                    inked[y] = 0;
                }
            }
        }
    }
}
