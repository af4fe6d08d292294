package dossier.render;

import dossier.model.Settings;
import dossier.model.Slug;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * The 1200×630 PNG shown when a page is shared (Open Graph, Twitter card): the dossier's name,
 * the headline wrapped on up to five lines, and a date line, in DejaVu Sans shipped with the
 * generator so every machine draws the same pixels (system fonts are never used).
 *
 * <p>Each glyph is drawn once by Java2D ({@link GlyphSet}); an image is laid out from their
 * advances and written straight to PNG from their coded rows ({@link PreviewCanvas}), in a
 * 16-colour palette: a tenth of a millisecond or so an image, since a dossier of 10,000
 * articles draws 10,000 of them. Thread-safe.
 *
 * <p>Each image names what it is drawn from, in a tEXt chunk after its header: a key hashed from
 * its three texts, {@link #DRAWING} and a {@link #fingerprint} of how this machine draws. An
 * article's image {@link #file} is kept undrawn when the site holds one with that key already
 * (as Hugo keeps the images it processed): at 10,000 articles, drawing them is a tenth of a build.
 */
final class PreviewImage {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    static final int ACCENT_WIDTH = 32;
    static final SitePath SITE = new SitePath("apercu.png");
    /**
     * The drawing's version, hashed into every key: raise it with any change to how an image is
     * drawn that the two reference images of {@link #fingerprint} might not show.
     */
    static final int DRAWING = 1;
    /** The keyword of the tEXt chunk holding the key. */
    static final String KEYWORD = "dossier-apercu";

    private static final int MARGIN = 96;
    /** Where text may leave ink: a little left of the margin, for glyphs that overhang it. */
    private static final int TEXT_LEFT = MARGIN - 16;
    private static final int BACKGROUND = 0xF6F3EC;
    private static final int INK = 0x17212B;
    private static final int ACCENT = 0xB3261E;
    /** Palette: 0 the paper, 1–14 from paper to ink (antialiased edges), 15 the accent. */
    private static final int[] PALETTE = palette();

    private final GlyphSet kicker;
    private final GlyphSet large;
    private final GlyphSet small;
    private final GlyphSet footer;
    private final InkPatches patches = new InkPatches(WIDTH, HEIGHT);
    /** Each thread's stream, reused from image to image: its few kilobytes stay in cache. */
    private final ThreadLocal<DeflateBits> streams = ThreadLocal.withInitial(() -> new DeflateBits(8 * 1024));
    /** Made for the first key, by drawing. */
    private volatile byte[] fingerprint;

    PreviewImage() {
        var bold = font("DejaVuSans-Bold.ttf");
        kicker = new GlyphSet(1, bold.deriveFont(34f), 185);
        large = new GlyphSet(2, bold.deriveFont(64f), 255);
        small = new GlyphSet(3, bold.deriveFont(52f), 255);
        footer = new GlyphSet(4, font("DejaVuSans.ttf").deriveFont(32f), 175);
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

    /**
     * The image of an article at {@code path}, drawn when the site does not hold it already: its
     * first bytes (its {@link #head}) and last are those of no other image.
     */
    OutputFile file(SitePath path, String above, String headline, String below) {
        var head = head(above, headline, below);
        return OutputFile.signed(path, new OutputFile.Signature(head, IndexedPng.END),
                () -> draw(head, above, headline, below));
    }

    /** The PNG bytes: {@code above} the headline (the dossier's name), the {@code headline}, then {@code below}. */
    byte[] draw(String above, String headline, String below) {
        return draw(head(above, headline, below), above, headline, below);
    }

    /** The first bytes of the image of these texts, through the tEXt chunk of its key. */
    byte[] head(String above, String headline, String below) {
        var texts = Stream.of(above, headline, below).map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
        var machine = fingerprint();
        // each text after its length, so letters moved from one text to the next make another key
        var key = ByteBuffer.allocate(Integer.BYTES + machine.length
                + texts.stream().mapToInt(t -> Integer.BYTES + t.length).sum());
        key.putInt(DRAWING).put(machine);
        texts.forEach(t -> key.putInt(t.length).put(t));
        var hex = HexFormat.of().formatHex(Sha256.of(key.array()), 0, 16);
        return IndexedPng.head(WIDTH, HEIGHT, KEYWORD, hex);
    }

    /**
     * The digest of two reference images, one in each headline size, wrapped and cut: it changes
     * with the drawing code and with how this machine's Java draws glyphs, so an image kept from
     * before either changed is drawn again.
     */
    private byte[] fingerprint() {
        var made = fingerprint;
        return made != null ? made : firstFingerprint();
    }

    private synchronized byte[] firstFingerprint() {
        if (fingerprint == null) {
            var none = IndexedPng.head(WIDTH, HEIGHT, KEYWORD, "");
            var first = draw(none, "Dossier de presse", "Coopération militaire\u202F: l’accord est ratifié",
                    "7 octobre 2025 · République togolaise");
            var second = draw(none, "Dossier", "Âge d’or ? « Œuvres », #42 & 1er août : ".repeat(12),
                    "1er août 2025");
            var both = Arrays.copyOf(first, first.length + second.length);
            System.arraycopy(second, 0, both, first.length, second.length);
            fingerprint = Sha256.of(both);
        }
        return fingerprint;
    }

    private byte[] draw(byte[] head, String above, String headline, String below) {
        var canvas = new PreviewCanvas(patches, TEXT_LEFT);
        // the dossier's name is the same on every article's image: its line is coded once
        text(canvas, kicker, above, 1, 124, 0, true);
        if (!overflows(large::width, headline, 4)) {
            text(canvas, large, headline, 4, 250, 78, false);
        } else {
            text(canvas, small, headline, 5, 236, 63, false);
        }
        text(canvas, footer, below, 1, 562, 0, false);
        var stream = streams.get();
        canvas.write(stream);
        return IndexedPng.encode(head, PALETTE, stream);
    }

    private static void text(PreviewCanvas canvas, GlyphSet style, String text, int maxLines, int baseline,
            int leading, boolean repeated) {
        var lines = lines(style::width, text, maxLines);
        for (int i = 0; i < lines.size(); i++) {
            canvas.line(style, lines.get(i), MARGIN, baseline + i * leading, repeated);
        }
    }

    private static boolean overflows(ToIntFunction<String> width, String text, int maxLines) {
        return String.join(" ", lines(width, text, maxLines)).length() < text.strip().length();
    }

    /**
     * Words wrapped to the width; the last line ends in "…" when the text does not fit. Widths
     * add up (whole-pixel advances), so a line's width grows by its space and word.
     */
    static List<String> lines(ToIntFunction<String> measure, String text, int maxLines) {
        int width = WIDTH - MARGIN - 72;
        int space = measure.applyAsInt(" ");
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        int lineWidth = 0;
        for (var word : text.strip().split(" +")) {
            int wordWidth = measure.applyAsInt(word);
            int candidate = line.isEmpty() ? wordWidth : lineWidth + space + wordWidth;
            if (candidate <= width || line.isEmpty()) {
                line.append(line.isEmpty() ? "" : " ").append(word);
                lineWidth = candidate;
                continue;
            }
            if (lines.size() == maxLines - 1) {
                lines.add(ellipsis(measure, line + " " + word, width));
                return lines;
            }
            lines.add(line.toString());
            line.setLength(0);
            line.append(word);
            lineWidth = wordWidth;
        }
        if (!line.isEmpty()) {
            lines.add(lines.size() < maxLines ? line.toString() : ellipsis(measure, line.toString(), width));
        }
        return lines;
    }

    private static String ellipsis(ToIntFunction<String> measure, String text, int width) {
        var cut = text;
        while (!cut.isEmpty() && measure.applyAsInt(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
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

    static Font font(String name) {
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
}
