package dossier.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** Rows coded against the row above must decode, byte for byte, with the JDK's own inflater. */
class RowDeflaterTest {

    @Test
    void rowLikeTheOneAboveIsOneCopyWithNoCode() {
        var data = new byte[] {0, 4, 4, 4, 0, 4, 4, 4};
        var row = RowDeflater.encode(data, 4, 0, 4, 4);
        assertEquals(4, row.lead());
        assertEquals(0, row.bits());
        assertEquals(0, row.trail());
    }

    @Test
    void endsAsAboveAreLeftToTheCallerAndTheMiddleIsCoded() {
        var data = new byte[] {0, 0, 0, 5, 0, 0, 0};
        var row = RowDeflater.encode(data, 0, -1, 7, 7);
        assertEquals(3, row.lead());
        assertEquals(3, row.trail());
        assertEquals(0, row.leadBytes());
        var literal = new DeflateBits(1);
        literal.literal(5);
        assertEquals(literal.size(), row.bits());
        assertArrayEquals(literal.words(), row.code());
    }

    @Test
    void endsShorterThanACopyKeepTheirBytesForTheCaller() {
        var data = new byte[] {
            0, 0, 0, 0, 0, 0, 0,
            0, 3, 4, 9, 9, 9, 8,
            0, 3, 4, 1, 1, 1, 8};
        var row = RowDeflater.encode(data, 15, 8, 6, 7);
        assertEquals(2, row.lead());
        assertEquals(0x0304, row.leadBytes());
        assertEquals(1, row.trail());
        assertEquals(0x08, row.trailBytes());
        assertArrayEquals(data, inflate(stream(data, 7), data.length));
    }

    @Test
    void rowsOfRunsRepeatsAndNoiseInflateBackExactly() {
        int width = 601;
        var data = new byte[width * 40];
        var random = new Random(7);
        for (int y = 0; y < 40; y++) {
            switch (y % 4) {
                case 0 -> Arrays.fill(data, y * width, (y + 1) * width, (byte) 0);
                case 1 -> {
                    var noise = new byte[width];
                    random.nextBytes(noise);
                    System.arraycopy(noise, 0, data, y * width, width);
                }
                case 2 -> System.arraycopy(data, (y - 1) * width, data, y * width, width);
                default -> {
                    for (int x = 0; x < width; x++) {
                        data[y * width + x] = (byte) (x % 50 < 20 ? 0x11 : random.nextInt(256));
                    }
                }
            }
        }
        assertArrayEquals(data, inflate(stream(data, width), data.length));
    }

    @Test
    void longRunsOfFewValuesSurviveEveryMatchLength() {
        var random = new Random(11);
        var data = new byte[100_000];
        for (int i = 0; i < data.length; ) {
            int run = 1 + random.nextInt(300);
            Arrays.fill(data, i, Math.min(data.length, i + run), (byte) random.nextInt(4));
            i += run;
        }
        assertArrayEquals(data, inflate(stream(data, 1000), data.length));
    }

    @Test
    void flatRowsCompressToAFewBytesEach() {
        var data = new byte[601 * 630];
        var zlib = stream(data, 601);
        assertArrayEquals(data, inflate(zlib, data.length));
        assertTrue(zlib.length < 630 * 12, zlib.length + " bytes");
    }

    /**
     * A zlib stream of the rows, as an image joins them: each row a paper byte (PNG's filter byte)
     * then a stretch coded against the row above, its ends copied from there.
     */
    static byte[] stream(byte[] data, int width) {
        for (int y = 0; y * width < data.length; y++) {
            data[y * width] = 0;
        }
        var bits = new DeflateBits(64);
        bits.put(0x78, 8);
        bits.put(0x01, 8);
        bits.put(1, 1);
        bits.put(1, 2);
        for (int x = 0; x < width; x++) {
            bits.literal(data[x] & 0xFF);
        }
        var copy = new PendingCopy();
        for (int y = 1; y * width < data.length; y++) {
            var row = RowDeflater.encode(data, y * width + 1, (y - 1) * width + 1, width - 1, width);
            copy.add(1, 0);
            copy.add(row.lead(), row.leadBytes());
            if (row.bits() > 0) {
                copy.write(bits, width);
                bits.append(row.code(), 0, row.bits());
                copy.add(row.trail(), row.trailBytes());
            }
        }
        copy.write(bits, width);
        bits.literal(256);
        bits.align();
        var adler = new java.util.zip.Adler32();
        adler.update(data);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bits.put((int) (adler.getValue() >>> shift) & 0xFF, 8);
        }
        var zlib = new byte[bits.size() / 8];
        bits.copyTo(zlib, 0);
        return zlib;
    }

    /** Inflates, the Adler-32 checked by the inflater. */
    static byte[] inflate(byte[] zlib, int size) {
        var inflater = new Inflater();
        inflater.setInput(zlib);
        var out = new byte[size + 16];
        try {
            int length = inflater.inflate(out);
            assertTrue(inflater.finished(), "the stream ends, its Adler-32 right");
            return Arrays.copyOf(out, length);
        } catch (DataFormatException e) {
            throw new AssertionError("not a zlib stream: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
