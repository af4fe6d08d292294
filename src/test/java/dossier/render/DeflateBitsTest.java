package dossier.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.zip.Adler32;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DeflateBitsTest {

    @Test
    void everyCopyLengthFromThreeUpInflates() {
        for (int length = 3; length <= 800; length++) {
            var data = new byte[length + 1];
            Arrays.fill(data, (byte) 7);
            var bits = start();
            bits.literal(7);
            bits.repeat(length, 1);
            assertArrayEquals(data, RowDeflaterTest.inflate(finish(bits, data), data.length), "length " + length);
        }
    }

    @Test
    void appendedCodeReadsAsIfWrittenInPlaceAtAnyBitOffset() {
        var code = new DeflateBits(1);
        for (int value : new int[] {1, 200, 3, 255, 0, 143, 144}) {
            code.literal(value);
        }
        for (int offset = 0; offset < 9; offset++) {
            var direct = new DeflateBits(1);
            var appended = new DeflateBits(1);
            direct.put(0b101010101, offset);
            appended.put(0b101010101, offset);
            for (int value : new int[] {1, 200, 3, 255, 0, 143, 144}) {
                direct.literal(value);
            }
            appended.append(code.words(), 0, code.size());
            assertEquals(direct.size(), appended.size());
            assertArrayEquals(direct.words(), appended.words(), "offset " + offset);
        }
    }

    @Property(tries = 500)
    void appendedWordsAreThoseWrittenOneWordAtATime(@ForAll @Size(max = 40) int[] words,
            @ForAll @IntRange(min = 0, max = 31) int tail, @ForAll @IntRange(min = 0, max = 40) int offset,
            @ForAll @IntRange(min = 1, max = 3) int capacity) {
        int size = words.length == 0 ? 0 : (words.length - 1) * 32 + tail;
        var direct = new DeflateBits(capacity);
        var appended = new DeflateBits(capacity);
        for (var bits : List.of(direct, appended)) {
            bits.put(0x5A5A5A5A & (int) ((1L << Math.min(offset, 31)) - 1), Math.min(offset, 31));
        }
        for (int i = 0; i < size >>> 5; i++) {
            direct.put(words[i], 32);
        }
        if ((size & 31) != 0) {
            direct.put(words[size >>> 5] & (1 << tail) - 1, tail);
        }
        var masked = words.clone();
        if ((size & 31) != 0) {
            masked[size >>> 5] &= (1 << tail) - 1;
        }
        appended.append(masked, 0, size);
        assertEquals(direct.size(), appended.size());
        assertArrayEquals(direct.words(), appended.words());
    }

    @Test
    void fewerThanThreeBytesAsAboveAreWrittenAsThemselves() {
        var data = new byte[] {9, 8, 0, 0, 5, 6, 9, 8};
        var bits = start();
        for (int i = 0; i < 6; i++) {
            bits.literal(data[i]);
        }
        var copy = new PendingCopy();
        copy.add(1, 9);
        copy.add(1, 8);
        assertEquals(0x0908, copy.bytes());
        copy.write(bits, 6);
        assertEquals(0, copy.length());
        assertArrayEquals(data, RowDeflaterTest.inflate(finish(bits, data), data.length));
    }

    private static DeflateBits start() {
        var bits = new DeflateBits(1);
        bits.put(0x78, 8);
        bits.put(0x01, 8);
        bits.put(1, 1);
        bits.put(1, 2);
        return bits;
    }

    private static byte[] finish(DeflateBits bits, byte[] data) {
        bits.literal(256);
        bits.align();
        var adler = new Adler32();
        adler.update(data);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bits.put((int) (adler.getValue() >>> shift) & 0xFF, 8);
        }
        var zlib = new byte[bits.size() / 8];
        bits.copyTo(zlib, 0);
        return zlib;
    }
}
