package dossier.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A PNG of 16 colours (4 bits a pixel, palette), written chunk by chunk: IHDR, PLTE, IDAT,
 * IEND and nothing else, so no date or software name makes two builds differ. Rows are stored
 * unfiltered and compressed by {@link RowDeflater}: preview images are flat colour and text,
 * which compress well without filters, and a dossier of 10,000 articles draws 10,000 of them.
 */
final class IndexedPng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private IndexedPng() {
    }

    /**
     * {@code raw} holds {@code height} rows, each a 0 (PNG's "no filter") then {@code (width + 1) / 2}
     * bytes of two pixels each, high nibble first, each nibble an index into {@code palette} (RGB);
     * {@code adler32} is their checksum, which the caller computes faster knowing their shape.
     */
    static byte[] encode(int width, int height, int[] palette, byte[] raw, int length, long adler32) {
        var out = new ByteArrayOutputStream(16 * 1024);
        out.writeBytes(SIGNATURE);
        var header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 4;
        header[9] = 3;
        chunk(out, "IHDR", header, header.length);
        var colours = new byte[palette.length * 3];
        for (int i = 0; i < palette.length; i++) {
            colours[i * 3] = (byte) (palette[i] >> 16);
            colours[i * 3 + 1] = (byte) (palette[i] >> 8);
            colours[i * 3 + 2] = (byte) palette[i];
        }
        chunk(out, "PLTE", colours, colours.length);
        var compressed = RowDeflater.zlib(raw, length, (width + 1) / 2 + 1, adler32);
        chunk(out, "IDAT", compressed, compressed.length);
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        var head = new byte[8];
        putInt(head, 0, length);
        var name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, head, 4, 4);
        out.writeBytes(head);
        out.write(data, 0, length);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        var tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.writeBytes(tail);
    }

    private static void putInt(byte[] into, int at, int value) {
        into[at] = (byte) (value >>> 24);
        into[at + 1] = (byte) (value >>> 16);
        into[at + 2] = (byte) (value >>> 8);
        into[at + 3] = (byte) value;
    }
}
