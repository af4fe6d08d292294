package dossier.render;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A PNG of 16 colours (4 bits a pixel, palette), written chunk by chunk: IHDR, one tEXt naming
 * what the image is drawn from, PLTE, IDAT, IEND and nothing else, so no date or software name
 * makes two builds differ. The rows come already compressed (see {@link PreviewCanvas}).
 *
 * <p>The image starts with its {@link #head}, the same for every image of one size and text, and
 * ends with {@link #END}: a file holding both is that image, so a build can keep it undrawn.
 */
final class IndexedPng {

    /** The IEND chunk every PNG ends with. */
    static final byte[] END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private IndexedPng() {
    }

    /**
     * The first bytes of the image {@link #encode} gives for {@code width}, {@code height} and
     * {@code text}: signature, IHDR, then {@code text} in a tEXt chunk under {@code keyword}
     * (both Latin-1, the keyword 1 to 79 letters).
     */
    static byte[] head(int width, int height, String keyword, String text) {
        var header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 4;
        header[9] = 3;
        var about = (keyword + '\0' + text).getBytes(StandardCharsets.ISO_8859_1);
        var head = new byte[SIGNATURE.length + 2 * 12 + header.length + about.length];
        System.arraycopy(SIGNATURE, 0, head, 0, SIGNATURE.length);
        int at = chunk(head, SIGNATURE.length, "IHDR", header, header.length);
        chunk(head, at, "tEXt", about, about.length);
        return head;
    }

    /**
     * {@code zlib} holds the zlib stream of {@code height} rows, each a filter byte then
     * {@code (width + 1) / 2} bytes of two pixels each, high nibble first, each nibble an index
     * into {@code palette} (RGB); it is copied once, into the PNG, after {@code head}.
     */
    static byte[] encode(byte[] head, int[] palette, DeflateBits zlib) {
        var colours = new byte[palette.length * 3];
        for (int i = 0; i < palette.length; i++) {
            colours[i * 3] = (byte) (palette[i] >> 16);
            colours[i * 3 + 1] = (byte) (palette[i] >> 8);
            colours[i * 3 + 2] = (byte) palette[i];
        }
        int length = zlib.size() / 8;
        var png = new byte[head.length + 2 * 12 + colours.length + length + END.length];
        System.arraycopy(head, 0, png, 0, head.length);
        int at = chunk(png, head.length, "PLTE", colours, colours.length);
        zlib.copyTo(png, at + 8);
        at = chunk(png, at, "IDAT", null, length);
        System.arraycopy(END, 0, png, at, END.length);
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
