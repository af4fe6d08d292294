package dossier.render;

/**
 * Chars encoded to UTF-8 bytes exactly as {@link String#getBytes(java.nio.charset.Charset)} encodes
 * them, into an array of the exact length: a surrogate pair as its four bytes, a lone surrogate as
 * {@code ?}. Ours so a page goes from its template's buffer to its bytes without a {@code String}
 * between them (0.8 GB at 10,000 articles); the page's writer lends the array they are first written into.
 */
final class Utf8Bytes {

    private Utf8Bytes() {
    }

    /** The UTF-8 bytes of the first {@code length} chars of {@code chars}. */
    static byte[] of(char[] chars, int length) {
        return of(chars, length, new byte[length * 3]);
    }

    /**
     * As {@link #of(char[], int)}, the bytes written first into {@code scratch} (at least three
     * bytes a char: no char takes more) and copied from there: one pass over the chars, where
     * counting the bytes first to fill an array of their size took a second.
     */
    static byte[] of(char[] chars, int length, byte[] scratch) {
        var bytes = scratch;
        int at = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes[at++] = (byte) c;
            } else if (c < 0x800) {
                bytes[at++] = (byte) (0xC0 | c >> 6);
                bytes[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                bytes[at++] = (byte) (0xE0 | c >> 12);
                bytes[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[at++] = (byte) (0x80 | c & 0x3F);
            } else if (pairs(chars, length, i)) {
                int point = Character.toCodePoint(c, chars[++i]);
                bytes[at++] = (byte) (0xF0 | point >> 18);
                bytes[at++] = (byte) (0x80 | point >> 12 & 0x3F);
                bytes[at++] = (byte) (0x80 | point >> 6 & 0x3F);
                bytes[at++] = (byte) (0x80 | point & 0x3F);
            } else {
                bytes[at++] = '?';
            }
        }
        return java.util.Arrays.copyOf(bytes, at);
    }

    /** True when the char at {@code i} is a high surrogate and a low one follows it. */
    private static boolean pairs(char[] chars, int length, int i) {
        return Character.isHighSurrogate(chars[i]) && i + 1 < length && Character.isLowSurrogate(chars[i + 1]);
    }
}
