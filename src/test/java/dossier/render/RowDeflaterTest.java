package dossier.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** The hand-made zlib stream must decode, byte for byte, with the JDK's own inflater. */
class RowDeflaterTest {

    @Test
    void rowsOfRunsRepeatsAndNoiseInflateBackExactly() throws DataFormatException {
        int row = 601;
        var data = new byte[row * 40];
        var random = new Random(7);
        for (int y = 0; y < 40; y++) {
            switch (y % 4) {
                case 0 -> Arrays.fill(data, y * row, (y + 1) * row, (byte) 0);
                case 1 -> {
                    var noise = new byte[row];
                    random.nextBytes(noise);
                    System.arraycopy(noise, 0, data, y * row, row);
                }
                case 2 -> System.arraycopy(data, (y - 1) * row, data, y * row, row);
                default -> {
                    for (int x = 0; x < row; x++) {
                        data[y * row + x] = (byte) (x % 50 < 20 ? 0x11 : random.nextInt(256));
                    }
                }
            }
        }
        assertArrayEquals(data, inflate(RowDeflater.zlib(data, data.length, row), data.length));
    }

    @Test
    void flatRowsCompressToAFewBytesEach() throws DataFormatException {
        var data = new byte[601 * 630];
        var compressed = RowDeflater.zlib(data, data.length, 601);
        assertArrayEquals(data, inflate(compressed, data.length));
        assertTrue(compressed.length < 630 * 12, compressed.length + " bytes");
    }

    @Test
    void longRandomDataSurvivesEveryMatchLength() throws DataFormatException {
        var random = new Random(11);
        var data = new byte[100_000];
        for (int i = 0; i < data.length; ) {
            int run = 1 + random.nextInt(300);
            Arrays.fill(data, i, Math.min(data.length, i + run), (byte) random.nextInt(4));
            i += run;
        }
        assertArrayEquals(data, inflate(RowDeflater.zlib(data, data.length, 1000), data.length));
    }

    @Test
    void checksumOfRunsAndBytesIsAdler32() {
        var random = new Random(3);
        var data = new byte[50_000];
        var checksum = new RowDeflater.Checksum();
        int at = 0;
        while (at < data.length) {
            int count = Math.min(data.length - at, 1 + random.nextInt(1500));
            if (random.nextBoolean()) {
                int value = random.nextInt(256);
                Arrays.fill(data, at, at + count, (byte) value);
                checksum.run(value, count);
            } else {
                var noise = new byte[count];
                random.nextBytes(noise);
                System.arraycopy(noise, 0, data, at, count);
                checksum.bytes(data, at, at + count);
            }
            at += count;
        }
        var adler = new java.util.zip.Adler32();
        adler.update(data);
        org.junit.jupiter.api.Assertions.assertEquals(adler.getValue(), checksum.value());
    }

    private static byte[] inflate(byte[] zlib, int size) throws DataFormatException {
        var inflater = new Inflater();
        inflater.setInput(zlib);
        var out = new byte[size + 16];
        int length = inflater.inflate(out);
        assertTrue(inflater.finished(), "the stream ends, Adler-32 checked");
        inflater.end();
        return Arrays.copyOf(out, length);
    }
}
