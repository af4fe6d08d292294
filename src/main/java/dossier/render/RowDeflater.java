package dossier.render;

import java.util.Arrays;
import java.util.zip.Adler32;

/**
 * A zlib stream (RFC 1950, deflate of RFC 1951 with its fixed Huffman codes) for image rows,
 * looking for only two kinds of repeats: the same bytes as the row above, and runs of one byte.
 * Preview images are flat paper with a few lines of text, so these two find nearly every repeat,
 * and the encoder runs several times faster than zlib's fastest level on the same rows, which
 * matters when a dossier draws 10,000 images. The output is plain deflate: any PNG reader
 * decodes it.
 */
final class RowDeflater {

    private static final int MAX_MATCH = 258;
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
        67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
        5, 5, 5, 5, 0};
    private static final int[] DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
        513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    /** The fixed literal/length codes, bit-reversed as deflate writes them, and their lengths. */
    private static final int[] CODE = new int[288];
    private static final int[] CODE_BITS = new int[288];
    /** For each match length 3–258: its length symbol's index in LENGTH_BASE. */
    private static final int[] LENGTH_INDEX = new int[MAX_MATCH + 1];

    static {
        for (int symbol = 0; symbol < 288; symbol++) {
            int code;
            int bits;
            if (symbol < 144) {
                code = 0x30 + symbol;
                bits = 8;
            } else if (symbol < 256) {
                code = 0x190 + symbol - 144;
                bits = 9;
            } else if (symbol < 280) {
                code = symbol - 256;
                bits = 7;
            } else {
                code = 0xC0 + symbol - 280;
                bits = 8;
            }
            CODE[symbol] = Integer.reverse(code) >>> (32 - bits);
            CODE_BITS[symbol] = bits;
        }
        for (int length = 3, index = 0; length <= MAX_MATCH; length++) {
            while (index + 1 < LENGTH_BASE.length && LENGTH_BASE[index + 1] <= length) {
                index++;
            }
            LENGTH_INDEX[length] = index;
        }
    }

    /** The distance code of one row back, the only distance besides 1. */
    private final int rowCode;
    private byte[] out;
    private int size;
    private long bits;
    private int pending;

    private RowDeflater(int capacity, int row) {
        out = new byte[capacity];
        int code = DISTANCE_BASE.length - 1;
        while (DISTANCE_BASE[code] > row) {
            code--;
        }
        rowCode = code;
    }

    /** The zlib stream of {@code data[0, length)}, made of rows of {@code row} bytes. */
    static byte[] zlib(byte[] data, int length, int row) {
        var adler = new Adler32();
        adler.update(data, 0, length);
        return zlib(data, length, row, adler.getValue());
    }

    /** The same, with the data's Adler-32 already known (see {@link Checksum}). */
    static byte[] zlib(byte[] data, int length, int row, long adler32) {
        if (row < 2 || row > 32768) {
            throw new IllegalArgumentException("rows of " + row + " bytes do not fit deflate's window");
        }
        var deflater = new RowDeflater(length / 8 + 1024, row);
        deflater.put(0x78, 8);
        deflater.put(0x01, 8);
        deflater.put(1, 1);
        deflater.put(1, 2);
        deflater.encode(data, length, row);
        deflater.symbol(256);
        deflater.flush();
        long sum = adler32;
        deflater.bytes((int) (sum >>> 24), (int) (sum >>> 16), (int) (sum >>> 8), (int) sum);
        deflater.flush();
        return Arrays.copyOf(deflater.out, deflater.size);
    }

    /** Greedy: at each byte the longer of "as in the row above" and "as the byte before", else a literal. */
    private void encode(byte[] data, int length, int row) {
        int i = 0;
        while (i < length) {
            byte current = data[i];
            // a match needs three equal bytes: checked here, before any longer search
            boolean three = i + 2 < length;
            boolean above = three && i >= row && data[i - row] == current && data[i + 1 - row] == data[i + 1]
                    && data[i + 2 - row] == data[i + 2];
            boolean before = three && i > 0 && data[i - 1] == current && data[i + 1] == current && data[i + 2] == current;
            if (!above && !before) {
                symbol(current & 0xFF);
                i++;
                continue;
            }
            int limit = Math.min(MAX_MATCH, length - i);
            int best = 0;
            int distance = 1;
            if (above) {
                int same = Arrays.mismatch(data, i, i + limit, data, i - row, i - row + limit);
                best = same < 0 ? limit : same;
                distance = row;
            }
            if (before && best < limit) {
                int run = 3;
                while (run < limit && data[i + run] == current) {
                    run++;
                }
                if (run > best) {
                    best = run;
                    distance = 1;
                }
            }
            if (best >= 3) {
                match(best, distance);
                i += best;
            } else {
                symbol(current & 0xFF);
                i++;
            }
        }
    }

    /** One length symbol, its extra bits, the distance code and its extra bits, in a single write. */
    private void match(int length, int distance) {
        int index = LENGTH_INDEX[length];
        int symbol = 257 + index;
        int value = CODE[symbol] | (length - LENGTH_BASE[index]) << CODE_BITS[symbol];
        int count = CODE_BITS[symbol] + LENGTH_EXTRA[index];
        int code = distance == 1 ? 0 : rowCode;
        int extra = code < 4 ? 0 : code / 2 - 1;
        put(value | (Integer.reverse(code) >>> 27) << count | (distance - DISTANCE_BASE[code]) << (count + 5),
                count + 5 + extra);
    }

    private void symbol(int symbol) {
        put(CODE[symbol], CODE_BITS[symbol]);
    }

    /** Appends {@code count} (at most 32) bits of {@code value}, least significant first, as deflate packs them. */
    private void put(int value, int count) {
        bits |= ((long) value & 0xFFFFFFFFL) << pending;
        pending += count;
        if (pending >= 32) {
            if (size + 4 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[size] = (byte) bits;
            out[size + 1] = (byte) (bits >>> 8);
            out[size + 2] = (byte) (bits >>> 16);
            out[size + 3] = (byte) (bits >>> 24);
            size += 4;
            bits >>>= 32;
            pending -= 32;
        }
    }

    /** Writes the bits still held, the last byte padded with zero bits. */
    private void flush() {
        put(0, (8 - pending % 8) % 8);
        while (pending > 0) {
            if (size == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[size++] = (byte) bits;
            bits >>>= 8;
            pending -= 8;
        }
        pending = 0;
    }

    private void bytes(int... values) {
        for (int value : values) {
            put(value & 0xFF, 8);
        }
    }

    /**
     * Adler-32 (RFC 1950) fed by runs as well as bytes: a run of one value costs a few
     * multiplications, so a mostly blank image is summed without reading its blank stretches.
     */
    static final class Checksum {
        private static final int MOD = 65521;
        private long a = 1;
        private long b;

        void run(int value, int count) {
            b = (b + count * a + (long) value * count * (count + 1) / 2) % MOD;
            a = (a + (long) value * count) % MOD;
        }

        /** {@code bytes[from, to)}, at most a few thousand of them (the sums stay within a long). */
        void bytes(byte[] bytes, int from, int to) {
            for (int i = from; i < to; i++) {
                a += bytes[i] & 0xFF;
                b += a;
            }
            a %= MOD;
            b %= MOD;
        }

        long value() {
            return b << 16 | a;
        }
    }
}
