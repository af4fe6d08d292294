package dossier.render;

/**
 * Bytes "as in the row above" piling up between coded stretches of rows, written as one copy
 * when the next code comes, or, when fewer than three (deflate's shortest copy), as the bytes
 * themselves, which is why the last two are remembered.
 */
final class PendingCopy {

    private int length;
    private int last;

    /** {@code count} more bytes, the last (at most two) of them {@code bytes}, first in the higher byte. */
    void add(int count, int bytes) {
        length += count;
        if (length <= 2) {
            last = last << 8 * count | bytes;
        }
    }

    int length() {
        return length;
    }

    /** The bytes, first in the higher byte, while there are at most two. */
    int bytes() {
        return last;
    }

    /** Writes them as a copy {@code distance} back, or as literals when fewer than three; starts again empty. */
    void write(DeflateBits bits, int distance) {
        if (length >= 3) {
            bits.repeat(length, distance);
        } else {
            for (int i = length - 1; i >= 0; i--) {
                bits.literal(last >>> 8 * i & 0xFF);
            }
        }
        clear();
    }

    void clear() {
        length = 0;
        last = 0;
    }
}
