package dossier.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Lays lines of text out as {@link InkPatch patches}: a word makes one patch, the same wherever
 * its pen starts on a pixel of the same parity, so words seen before (the dossier's name on every
 * image, "de", "la", dates) are not coded again. Glyphs go one by one instead when words or lines
 * come close enough to share bytes or see each other's rows. Thread-safe.
 */
final class InkPatches {

    /** Words kept take at most this many bytes of code (a word is one or two kilobytes); past that, they are coded anew. */
    private static final long KEPT_BYTES = 24L << 20;

    /**
     * A line of text in a style, its pen starting at {@code x} on the baseline {@code y};
     * {@code repeated} when it is drawn the same on every image (the dossier's name), so worth
     * keeping as one patch.
     */
    record Line(GlyphSet style, String text, int x, int y, boolean repeated) {
    }

    /** A word's patch, placed relative to its pen (on an even pixel, or the next one): its box of ink in pixels too. */
    private record Word(InkPatch patch, int column, int top, int left, int right, int bottom) {
    }

    private record WordKey(int style, String text, int parity) {
    }

    private record GroupKey(long[] glyphs) {
        @Override
        public boolean equals(Object other) {
            return other instanceof GroupKey key && Arrays.equals(glyphs, key.glyphs);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(glyphs);
        }
    }

    private final int stride;
    private final int width;
    private final int height;
    private final ConcurrentHashMap<WordKey, Word> words = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<GroupKey, InkPatch> groups = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Line, PatchRows.Spot> repeated = new ConcurrentHashMap<>();
    private final AtomicLong kept = new AtomicLong();

    /** For images of {@code width × height} pixels, rows of {@code stride} bytes with the filter byte first. */
    InkPatches(int width, int height) {
        this.stride = width / 2 + 1;
        this.width = width;
        this.height = height;
    }

    /**
     * The patches of the lines, sorted by top row. Ink left of {@code left}, past the right edge,
     * on the first row or past the last but one, is left out.
     */
    List<PatchRows.Spot> lay(List<Line> lines, int left) {
        var spots = new ArrayList<PatchRows.Spot>();
        var bands = new ArrayList<int[]>();
        for (var line : lines) {
            int first = spots.size();
            var whole = line.repeated() ? repeated.get(line) : null;
            if (whole != null) {
                spots.add(whole);
            } else if (words(line, left, spots)) {
                keep(line, spots.subList(first, spots.size()));
            } else {
                spots.subList(first, spots.size()).clear();
                spots.addAll(GlyphGroups.line(glyphs(line, fits(left)), this::patch));
            }
            bands.add(band(spots.subList(first, spots.size())));
        }
        if (GlyphGroups.overlap(bands)) {
            var all = new ArrayList<List<InkPatch.Placed>>();
            for (var line : lines) {
                all.add(glyphs(line, fits(left)));
            }
            spots = new ArrayList<>(GlyphGroups.lines(all, this::patch));
        }
        spots.sort(Comparator.comparingInt(PatchRows.Spot::top).thenComparingInt(PatchRows.Spot::column));
        return spots;
    }

    /** Keeps a repeated line's words as one patch, the same bytes as its words side by side. */
    private void keep(Line line, List<PatchRows.Spot> words) {
        if (!line.repeated() || words.isEmpty() || repeated.size() >= 64) {
            return;
        }
        int column = words.stream().mapToInt(PatchRows.Spot::column).min().orElseThrow();
        int top = words.stream().mapToInt(PatchRows.Spot::top).min().orElseThrow();
        int end = words.stream().mapToInt(s -> s.column() + s.patch().width).max().orElseThrow();
        int bottom = words.stream().mapToInt(s -> s.top() + s.patch().height).max().orElseThrow();
        var relative = words.stream()
                .map(s -> new PatchRows.Spot(s.patch(), s.column() - column, s.top() - top))
                .sorted(Comparator.comparingInt(PatchRows.Spot::top).thenComparingInt(PatchRows.Spot::column))
                .toList();
        repeated.putIfAbsent(line, new PatchRows.Spot(InkPatch.join(relative, end - column, bottom - top, stride),
                column, top));
    }

    /** The line word by word, if every word fits and paper parts each from the next. */
    private boolean words(Line line, int left, List<PatchRows.Spot> spots) {
        var text = line.text();
        var space = line.style().glyph(' ').advance;
        int pen = line.x();
        int end = 0;
        for (int i = 0; i < text.length(); ) {
            if (text.charAt(i) == ' ') {
                pen += space;
                i++;
                continue;
            }
            int j = text.indexOf(' ', i);
            j = j < 0 ? text.length() : j;
            var piece = text.substring(i, j);
            var word = word(line.style(), piece, pen & 1);
            if (word.patch() != null) {
                int even = pen - (pen & 1);
                int column = even / 2 + word.column();
                int top = line.y() + word.top();
                if (even + word.left() < left || even + word.right() > width || top < 1
                        || top + word.patch().height > height || column <= end) {
                    return false;
                }
                spots.add(new PatchRows.Spot(word.patch(), column, top));
                end = column + word.patch().width;
            }
            pen += line.style().width(piece);
            i = j;
        }
        return true;
    }

    private Word word(GlyphSet style, String text, int parity) {
        var key = new WordKey(style.id, text, parity);
        var word = words.get(key);
        if (word == null) {
            word = lay(style, text, parity);
            if (word.patch() != null && kept.addAndGet(word.patch().bytes()) < KEPT_BYTES) {
                words.putIfAbsent(key, word);
            }
        }
        return word;
    }

    /** The word with its pen at {@code (parity, 0)}: its glyphs' patches joined into one. */
    private Word lay(GlyphSet style, String text, int parity) {
        var glyphs = glyphs(new Line(style, text, parity, 0, false), placed -> true);
        var spots = GlyphGroups.line(glyphs, this::patch);
        if (spots.isEmpty()) {
            return new Word(null, 0, 0, 0, 0, 0);
        }
        int column = spots.stream().mapToInt(PatchRows.Spot::column).min().orElseThrow();
        int top = spots.stream().mapToInt(PatchRows.Spot::top).min().orElseThrow();
        int end = spots.stream().mapToInt(s -> s.column() + s.patch().width).max().orElseThrow();
        int bottom = spots.stream().mapToInt(s -> s.top() + s.patch().height).max().orElseThrow();
        int leftmost = glyphs.stream().mapToInt(InkPatch.Placed::x).min().orElseThrow();
        int rightmost = glyphs.stream().mapToInt(g -> g.x() + g.glyph().width).max().orElseThrow();
        if (spots.size() == 1) {
            return new Word(spots.get(0).patch(), column, top, leftmost, rightmost, bottom);
        }
        var relative = spots.stream()
                .map(s -> new PatchRows.Spot(s.patch(), s.column() - column, s.top() - top))
                .sorted(Comparator.comparingInt(PatchRows.Spot::top).thenComparingInt(PatchRows.Spot::column))
                .toList();
        return new Word(InkPatch.join(relative, end - column, bottom - top, stride), column, top, leftmost,
                rightmost, bottom);
    }

    /** Whether a glyph's box is on the image, right of {@code left}, clear of the first and last rows. */
    private Predicate<InkPatch.Placed> fits(int left) {
        return p -> p.x() >= left && p.x() + p.glyph().width <= width && p.y() >= 1
                && p.y() + p.glyph().height < height;
    }

    /** The line's glyphs with ink, those {@code kept}. */
    private static List<InkPatch.Placed> glyphs(Line line, Predicate<InkPatch.Placed> kept) {
        var placed = new ArrayList<InkPatch.Placed>();
        int pen = line.x();
        var text = line.text();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            var glyph = line.style().glyph(codePoint);
            var glyphAt = new InkPatch.Placed(glyph, pen + glyph.left, line.y() + glyph.top);
            if (glyph.width > 0 && kept.test(glyphAt)) {
                placed.add(glyphAt);
            }
            pen += glyph.advance;
            i += Character.charCount(codePoint);
        }
        return placed;
    }

    /** The patch of glyphs grouped together, {@code width} bytes from pixel {@code left} and {@code rows} of ink from {@code top}. */
    private InkPatch patch(List<InkPatch.Placed> glyphs, int left, int top, int width, int rows) {
        if (glyphs.size() == 1) {
            var placed = glyphs.get(0);
            int parity = placed.x() & 1;
            var alone = placed.glyph().alone;
            if (alone[parity] == null) {
                // two threads may both make it: they make the same patch
                alone[parity] = InkPatch.of(List.of(new InkPatch.Placed(placed.glyph(), parity, 0)), width, rows, stride);
            }
            return alone[parity];
        }
        var relative = glyphs.stream().map(p -> new InkPatch.Placed(p.glyph(), p.x() - left, p.y() - top)).toList();
        var parts = new long[relative.size()];
        for (int i = 0; i < parts.length; i++) {
            var placed = relative.get(i);
            parts[i] = placed.glyph().key << 24 | (placed.x() & 0xFFFL) << 12 | placed.y() & 0xFFFL;
        }
        var key = new GroupKey(parts);
        var patch = groups.get(key);
        if (patch == null) {
            patch = InkPatch.of(relative, width, rows, stride);
            if (kept.addAndGet(patch.bytes()) < KEPT_BYTES) {
                groups.putIfAbsent(key, patch);
            }
        }
        return patch;
    }

    /** The rows a line's patches cover, from the one above the highest: {@code {top - 1, bottom}}. */
    private static int[] band(List<PatchRows.Spot> spots) {
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (var spot : spots) {
            top = Math.min(top, spot.top() - 1);
            bottom = Math.max(bottom, spot.top() + spot.patch().height);
        }
        return new int[] {top, bottom};
    }
}
