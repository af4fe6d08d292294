package dossier.render;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Deflate symbols (RFC 1951, fixed Huffman codes) written as bits, least significant first,
 * into 32-bit words, so that a code made once (a row of a glyph, see {@link RowDeflater}) is
 * appended to many streams a word at a time instead of a symbol at a time.
 */
final class DeflateBits {

    static final int MAX_MATCH = 258;
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
    /** For each distance 1–32768: its distance code, an index in DISTANCE_BASE. */
    private static final byte[] DISTANCE_CODE = new byte[32769];

    static {
        for (int symbol = 0; symbol < 288; symbol++) {
            int code = symbol < 144 ? 0x30 + symbol : symbol < 256 ? 0x190 + symbol - 144
                    : symbol < 280 ? symbol - 256 : 0xC0 + symbol - 280;
            int bits = symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : 8;
            CODE[symbol] = Integer.reverse(code) >>> (32 - bits);
            CODE_BITS[symbol] = bits;
        }
        for (int length = 3, index = 0; length <= MAX_MATCH; length++) {
            while (index + 1 < LENGTH_BASE.length && LENGTH_BASE[index + 1] <= length) {
                index++;
            }
            LENGTH_INDEX[length] = index;
        }
        for (int distance = 1, code = 0; distance < DISTANCE_CODE.length; distance++) {
            while (code + 1 < DISTANCE_BASE.length && DISTANCE_BASE[code + 1] <= distance) {
                code++;
            }
            DISTANCE_CODE[distance] = (byte) code;
        }
    }

    private int[] words;
    private int count;
    private long bits;
    private int pending;

    DeflateBits(int capacity) {
        words = new int[Math.max(4, capacity)];
    }

    /** The byte 0–255 as itself. */
    void literal(int value) {
        put(CODE[value], CODE_BITS[value]);
    }

    /** "The {@code length} (3–258) bytes that start {@code distance} (1–32768) bytes back." */
    void match(int length, int distance) {
        match(length, distance, DISTANCE_CODE[distance]);
    }

    /** Any {@code length} of at least 3 bytes {@code distance} back, as matches of at most 258. */
    void repeat(int length, int distance) {
        int code = DISTANCE_CODE[distance];
        while (length > 0) {
            int part = Math.min(MAX_MATCH, length);
            if (length - part > 0 && length - part < 3) {
                part = length - 3;
            }
            match(part, distance, code);
            length -= part;
        }
    }

    private void match(int length, int distance, int code) {
        int index = LENGTH_INDEX[length];
        int symbol = 257 + index;
        int value = CODE[symbol] | (length - LENGTH_BASE[index]) << CODE_BITS[symbol];
        int count = CODE_BITS[symbol] + LENGTH_EXTRA[index];
        int extra = code < 4 ? 0 : code / 2 - 1;
        put(value | (Integer.reverse(code) >>> 27) << count | (distance - DISTANCE_BASE[code]) << (count + 5),
                count + 5 + extra);
    }

    /** Another code's bits, as {@link #words} and {@link #size} gave them, from {@code code[from]}. */
    void append(int[] code, int from, int size) {
        int full = size >>> 5;
        for (int i = 0; i < full; i++) {
            put(code[from + i], 32);
        }
        if ((size & 31) != 0) {
            put(code[from + full], size & 31);
        }
    }

    /** Appends {@code count} (at most 32) bits of {@code value}, least significant first. */
    void put(int value, int count) {
        bits |= ((long) value & 0xFFFFFFFFL) << pending;
        pending += count;
        if (pending >= 32) {
            if (this.count == words.length) {
                words = Arrays.copyOf(words, words.length * 2);
            }
            words[this.count++] = (int) bits;
            bits >>>= 32;
            pending -= 32;
        }
    }

    /** Forgets what was written, to write another code. */
    void clear() {
        count = 0;
        bits = 0;
        pending = 0;
    }

    /** Zero bits up to the next byte boundary. */
    void align() {
        put(0, (8 - pending % 8) % 8);
    }

    /** How many bits were written. */
    int size() {
        return count * 32 + pending;
    }

    /** The bits written so far, in words; the last word holds what is pending. */
    int[] words() {
        var copy = Arrays.copyOf(words, count + (pending > 0 ? 1 : 0));
        if (pending > 0) {
            copy[count] = (int) bits;
        }
        return copy;
    }

    /** The bits as bytes, into {@code into} from {@code at}; {@link #align()} first. */
    void copyTo(byte[] into, int at) {
        ByteBuffer.wrap(into, at, count * 4).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(words, 0, count);
        at += count * 4;
        for (int shift = 0; shift < pending; shift += 8) {
            into[at++] = (byte) (bits >>> shift);
        }
    }

}
