package dossier.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Adler32;

/**
 * One preview image assembled from glyphs and written straight to the zlib stream of its PNG
 * rows, with no raster: paper rows (a filter byte, the accent bar, paper) are copies of the row
 * above; rows with ink join the codes of their {@link InkPatch patches} with such copies. The
 * Adler-32 is the blank image's plus what each patch adds. One per image.
 */
final class PreviewCanvas {

    /** Each row: PNG's "no filter" byte, then two pixels a byte. */
    static final int STRIDE = PreviewImage.WIDTH / 2 + 1;
    private static final int ROWS = PreviewImage.HEIGHT;
    private static final int ACCENT_BYTES = PreviewImage.ACCENT_WIDTH / 2;
    private static final long BLANK_ADLER = blankAdler();
    private static final int MOD = 65521;

    private final InkPatches patches;
    private final int left;
    private final List<InkPatches.Line> lines = new ArrayList<>();

    /** Glyphs reaching left of pixel {@code left} are left out. */
    PreviewCanvas(InkPatches patches, int left) {
        this.patches = patches;
        this.left = left;
    }

    /**
     * Places {@code text} in {@code style}, its pen starting at {@code x} on the baseline {@code y};
     * {@code repeated} when every image has that line.
     */
    void line(GlyphSet style, String text, int x, int y, boolean repeated) {
        lines.add(new InkPatches.Line(style, text, x, y, repeated));
    }

    /** The zlib stream (RFC 1950) of the image's rows, one block of fixed Huffman codes. */
    byte[] zlib() {
        var bits = new DeflateBits(6 * 1024);
        write(bits);
        var zlib = new byte[bits.size() / 8];
        bits.copyTo(zlib, 0);
        return zlib;
    }

    /** Writes that stream to {@code bits}, cleared first. */
    void write(DeflateBits bits) {
        var spots = patches.lay(lines, left);
        bits.clear();
        bits.put(0x78, 8);
        bits.put(0x01, 8);
        bits.put(1, 1);
        bits.put(1, 2);
        firstRow(bits);
        rows(bits, spots);
        bits.literal(256);
        bits.align();
        long adler = adler(spots);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bits.put((int) (adler >>> shift) & 0xFF, 8);
        }
    }

    /** The filter byte, the accent bar and paper, with no row above to copy. */
    private static void firstRow(DeflateBits bits) {
        bits.literal(0);
        bits.literal(0xFF);
        bits.repeat(ACCENT_BYTES - 1, 1);
        bits.literal(0);
        bits.repeat(STRIDE - ACCENT_BYTES - 2, 1);
    }

    /**
     * Rows 1 on: bytes as in the row above pile up in a copy until a patch's row has a code of
     * its own; the paper left and right of patches is as above, since each patch ends on paper.
     */
    private static void rows(DeflateBits bits, List<PatchRows.Spot> spots) {
        var walk = new PatchRows(spots);
        var copy = new PendingCopy();
        for (int y = 1; y < ROWS; y++) {
            int count = walk.at(y);
            int cursor = 0;
            for (int i = 0; i < count; i++) {
                var spot = walk.get(i);
                var patch = spot.patch();
                int row = y - spot.top();
                copy.add(spot.column() - cursor, 0);
                copy.add(patch.lead(row), patch.leadBytes(row));
                if (patch.bits(row) > 0) {
                    copy.write(bits, STRIDE);
                    patch.appendCode(bits, row);
                    copy.add(patch.trail(row), patch.trailBytes(row));
                }
                cursor = spot.column() + patch.width;
            }
            copy.add(STRIDE - cursor, 0);
        }
        copy.write(bits, STRIDE);
    }

    /** Adler-32 is linear in the bytes: each byte d at offset j of n adds d to its first sum, d·(n − j) to its second. */
    private static long adler(List<PatchRows.Spot> spots) {
        long total = (long) STRIDE * ROWS;
        long a = BLANK_ADLER & 0xFFFF;
        long b = BLANK_ADLER >>> 16;
        for (var spot : spots) {
            var patch = spot.patch();
            long origin = (long) spot.top() * STRIDE + spot.column();
            a = (a + patch.sum) % MOD;
            b = Math.floorMod(b + (total - origin) % MOD * (patch.sum % MOD) - patch.weighted % MOD, MOD);
        }
        return b << 16 | a;
    }

    private static long blankAdler() {
        var row = new byte[STRIDE];
        Arrays.fill(row, 1, 1 + ACCENT_BYTES, (byte) 0xFF);
        var adler = new Adler32();
        for (int y = 0; y < ROWS; y++) {
            adler.update(row);
        }
        return adler.getValue();
    }
}
