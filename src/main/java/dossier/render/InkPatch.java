package dossier.render;

import java.util.Arrays;
import java.util.List;

/**
 * Glyphs close enough to share bytes of the image's rows (a glyph, a word), assembled and coded
 * once: their rows of 4-bit palette indexes, each coded against the one above it, then one row
 * of paper below, coded against the last. Placed anywhere on paper with nothing else in its
 * columns from the row above it to that last row, it codes the same. Immutable.
 */
final class InkPatch {

    /** A glyph drawn with the top left corner of its box at pixel {@code (x, y)}. */
    record Placed(GlyphSet.Glyph glyph, int x, int y) {
    }

    /** Its width in bytes, two pixels a byte. */
    final int width;
    /** How many rows it covers, its paper row included. */
    final int height;
    /** The sum of its bytes, and of each byte times its offset from the patch's first, for the image's Adler-32. */
    final long sum;
    final long weighted;
    /** For each row: bytes as above first and last, and the bytes when two or fewer, bits of code, where it starts. */
    private final int[] rows;
    private static final int FIELDS = 6;
    private final int[] code;

    private InkPatch(int width, int[] rows, int[] code, long sum, long weighted) {
        this.width = width;
        this.height = rows.length / FIELDS;
        this.rows = rows;
        this.code = code;
        this.sum = sum;
        this.weighted = weighted;
    }

    /**
     * The glyphs, their corners relative to the patch's (x even), on {@code width} bytes by
     * {@code height} rows of ink, in an image whose rows are {@code stride} bytes apart.
     */
    static InkPatch of(List<Placed> glyphs, int width, int height, int stride) {
        var levels = new byte[width * 2 * height];
        for (var placed : glyphs) {
            var glyph = placed.glyph();
            for (int y = 0; y < glyph.height; y++) {
                int to = (placed.y() + y) * width * 2 + placed.x();
                int from = y * glyph.width;
                for (int x = 0; x < glyph.width; x++) {
                    levels[to + x] = (byte) Math.max(levels[to + x], glyph.levels[from + x]);
                }
            }
        }
        var packed = new byte[width * (height + 1)];
        long sum = 0;
        long weighted = 0;
        for (int i = 0; i < width * height; i++) {
            int pair = levels[i * 2] << 4 | levels[i * 2 + 1];
            packed[i] = (byte) pair;
            sum += pair;
            weighted += (long) pair * ((long) (i / width) * stride + i % width);
        }
        var rows = new Rows(height + 1);
        for (int y = 0; y <= height; y++) {
            var row = RowDeflater.encode(packed, y * width, y == 0 ? -1 : (y - 1) * width, width, stride);
            rows.add(row.lead(), row.leadBytes(), row.trail(), row.trailBytes(), row.code(), row.bits());
        }
        return rows.patch(width, sum, weighted);
    }

    /**
     * Patches side by side as one, {@code width} bytes by {@code height} rows, their spots relative
     * to its corner and sorted by top row: the paper between them becomes part of its copies.
     */
    static InkPatch join(List<PatchRows.Spot> spots, int width, int height, int stride) {
        var walk = new PatchRows(spots);
        var rows = new Rows(height);
        var bits = new DeflateBits(64);
        long sum = 0;
        long weighted = 0;
        for (var spot : spots) {
            sum += spot.patch().sum;
            weighted += spot.patch().weighted + spot.patch().sum * ((long) spot.top() * stride + spot.column());
        }
        var copy = new PendingCopy();
        for (int y = 0; y < height; y++) {
            joinRow(walk, y, width, stride, bits, copy, rows);
        }
        return rows.patch(width, sum, weighted);
    }

    /** Row {@code y} of the patches: the copy before the first code is the lead, the one after the last the trail. */
    private static void joinRow(PatchRows walk, int y, int width, int stride, DeflateBits bits, PendingCopy copy,
            Rows rows) {
        bits.clear();
        copy.clear();
        int count = walk.at(y);
        int lead = -1;
        int leadBytes = 0;
        int cursor = 0;
        for (int i = 0; i < count; i++) {
            var spot = walk.get(i);
            var patch = spot.patch();
            int row = y - spot.top();
            copy.add(spot.column() - cursor, 0);
            copy.add(patch.lead(row), patch.leadBytes(row));
            if (patch.bits(row) > 0) {
                if (lead < 0) {
                    lead = copy.length();
                    leadBytes = copy.bytes();
                    copy.clear();
                } else {
                    copy.write(bits, stride);
                }
                patch.appendCode(bits, row);
                copy.add(patch.trail(row), patch.trailBytes(row));
            }
            cursor = spot.column() + patch.width;
        }
        copy.add(width - cursor, 0);
        if (lead < 0) {
            rows.add(copy.length(), copy.bytes(), 0, 0, new int[0], 0);
        } else {
            rows.add(lead, leadBytes, copy.length(), copy.bytes(), bits.words(), bits.size());
        }
    }

    /** About how much memory it holds. */
    long bytes() {
        return 64 + 4L * (rows.length + code.length);
    }

    /** How many bytes of the row are as above, before its code. */
    int lead(int row) {
        return rows[row * FIELDS];
    }

    /** Those bytes, first in the higher byte, when two or fewer. */
    int leadBytes(int row) {
        return rows[row * FIELDS + 1];
    }

    /** How many bytes of the row are as above, after its code. */
    int trail(int row) {
        return rows[row * FIELDS + 2];
    }

    int trailBytes(int row) {
        return rows[row * FIELDS + 3];
    }

    int bits(int row) {
        return rows[row * FIELDS + 4];
    }

    void appendCode(DeflateBits bits, int row) {
        bits.append(code, rows[row * FIELDS + 5], rows[row * FIELDS + 4]);
    }

    /** Rows' codes gathered into two arrays, fewer objects to follow when the patch is written. */
    private static final class Rows {
        private final int[] rows;
        private int[] code = new int[64];
        private int size;
        private int count;

        Rows(int height) {
            rows = new int[height * FIELDS];
        }

        void add(int lead, int leadBytes, int trail, int trailBytes, int[] words, int bits) {
            int used = (bits + 31) >>> 5;
            if (size + used > code.length) {
                code = Arrays.copyOf(code, Math.max(code.length * 2, size + used));
            }
            System.arraycopy(words, 0, code, size, used);
            int at = count * FIELDS;
            rows[at] = lead;
            rows[at + 1] = leadBytes;
            rows[at + 2] = trail;
            rows[at + 3] = trailBytes;
            rows[at + 4] = bits;
            rows[at + 5] = size;
            size += used;
            count++;
        }

        InkPatch patch(int width, long sum, long weighted) {
            return new InkPatch(width, rows, Arrays.copyOf(code, size), sum, weighted);
        }
    }
}
