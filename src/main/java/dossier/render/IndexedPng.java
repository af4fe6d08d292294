package dossier.render;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A PNG of 16 colours (4 bits a pixel, palette), written chunk by chunk: IHDR, PLTE, IDAT,
 * IEND and nothing else, so no date or software name makes two builds differ. The rows come
 * already compressed (see {@link PreviewCanvas}).
 */
final class IndexedPng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private IndexedPng() {
    }

    /**
     * {@code zlib} holds the zlib stream of {@code height} rows, each a filter byte then
     * {@code (width + 1) / 2} bytes of two pixels each, high nibble first, each nibble an index
     * into {@code palette} (RGB); it is copied once, into the PNG.
     */
    static byte[] encode(int width, int height, int[] palette, DeflateBits zlib) {
        var header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 4;
        header[9] = 3;
        var colours = new byte[palette.length * 3];
        for (int i = 0; i < palette.length; i++) {
            colours[i * 3] = (byte) (palette[i] >> 16);
            colours[i * 3 + 1] = (byte) (palette[i] >> 8);
            colours[i * 3 + 2] = (byte) palette[i];
        }
        int length = zlib.size() / 8;
        var png = new byte[SIGNATURE.length + 4 * 12 + header.length + colours.length + length];
        System.arraycopy(SIGNATURE, 0, png, 0, SIGNATURE.length);
        int at = chunk(png, SIGNATURE.length, "IHDR", header, header.length);
        at = chunk(png, at, "PLTE", colours, colours.length);
        zlib.copyTo(png, at + 8);
        at = chunk(png, at, "IDAT", null, length);
        chunk(png, at, "IEND", new byte[0], 0);
        return png;
    }

    /**
     * Writes a chunk at {@code at}: length, type, data (null: already in place), CRC of type and
     * data; returns where it ends.
     */
    private static int chunk(byte[] png, int at, String type, byte[] data, int length) {
        putInt(png, at, length);
        var name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, png, at + 4, 4);
        if (data != null) {
            System.arraycopy(data, 0, png, at + 8, length);
        }
        var crc = new CRC32();
        crc.update(png, at + 4, 4 + length);
        putInt(png, at + 8 + length, (int) crc.getValue());
        return at + 12 + length;
    }

    private static void putInt(byte[] into, int at, int value) {
        into[at] = (byte) (value >>> 24);
        into[at + 1] = (byte) (value >>> 16);
        into[at + 2] = (byte) (value >>> 8);
        into[at + 3] = (byte) value;
    }
}
