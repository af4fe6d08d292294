package dossier.render;

import java.util.Arrays;

/**
 * Deflate code for one stretch of an image row, knowing the same stretch of the row above:
 * greedy, looking for only two kinds of repeats, "as in the row above" and runs of one byte.
 * Preview images are flat paper with text, so these two find nearly every repeat. The bytes
 * at either end that equal the row above are not coded but counted ({@link Row#lead},
 * {@link Row#trail}), so that the caller joins them with its neighbours' into one long copy
 * (see {@link PendingCopy}). The byte left of a stretch must be paper (0): a run of paper may
 * start on the stretch's first byte.
 */
final class RowDeflater {

    /**
     * A coded stretch: {@code lead} bytes as above, the {@code code} of {@code bits} bits,
     * {@code trail} bytes as above; when two or fewer, the lead's and trail's bytes, first in the higher byte.
     */
    record Row(int lead, int leadBytes, int[] code, int bits, int trail, int trailBytes) {
    }

    private RowDeflater() {
    }

    /**
     * {@code data[from, from + width)} against {@code data[up, up + width)} ({@code up} negative:
     * zeros), the row above being {@code distance} bytes back in the image.
     */
    static Row encode(byte[] data, int from, int up, int width, int distance) {
        int lead = same(data, from, up, width);
        if (lead == width) {
            return new Row(width, bytes(data, from, width), new int[0], 0, 0, 0);
        }
        int trail = 0;
        while (above(data, up, width - 1 - trail) == data[from + width - 1 - trail]) {
            trail++;
        }
        var bits = new DeflateBits(8);
        code(bits, data, from, up, lead, width - trail, distance);
        return new Row(lead, bytes(data, from, lead), bits.words(), bits.size(), trail,
                bytes(data, from + width - trail, trail));
    }

    /** At each byte of {@code [start, end)}, the longer of "as in the row above" and "as the byte before", else a literal. */
    private static void code(DeflateBits bits, byte[] data, int from, int up, int start, int end, int distance) {
        int i = start;
        while (i < end) {
            byte current = data[from + i];
            int limit = Math.min(DeflateBits.MAX_MATCH, end - i);
            int upward = limit < 3 ? 0 : same(data, from + i, up < 0 ? up : up + i, limit);
            int run = 0;
            if (limit >= 3 && (i > 0 ? data[from + i - 1] == current : current == 0)) {
                run = 1;
                while (run < limit && data[from + i + run] == current) {
                    run++;
                }
            }
            if (upward >= 3 && upward >= run) {
                bits.match(upward, distance);
                i += upward;
            } else if (run >= 3) {
                bits.match(run, 1);
                i += run;
            } else {
                bits.literal(current & 0xFF);
                i++;
            }
        }
    }

    /** How many of the {@code length} bytes from {@code from} equal those from {@code up} (negative: zeros). */
    private static int same(byte[] data, int from, int up, int length) {
        if (up < 0) {
            for (int i = 0; i < length; i++) {
                if (data[from + i] != 0) {
                    return i;
                }
            }
            return length;
        }
        int differ = Arrays.mismatch(data, from, from + length, data, up, up + length);
        return differ < 0 ? length : differ;
    }

    private static byte above(byte[] data, int up, int index) {
        return up < 0 ? 0 : data[up + index];
    }

    /** Up to two bytes packed, first in the higher byte; more are not needed (they make a copy). */
    private static int bytes(byte[] data, int from, int count) {
        return count > 2 ? 0 : count == 2 ? (data[from] & 0xFF) << 8 | data[from + 1] & 0xFF
                : count == 1 ? data[from] & 0xFF : 0;
    }
}
