package dossier.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small JSON text written straight to UTF-8 bytes, each string escaped exactly as Jackson's
 * default generator escapes it: a quote and a backslash behind a backslash, the control characters
 * as short escapes (newline, tab…) or a backslash, {@code u} and four upper-case hex digits, each
 * half of a surrogate pair in that hex form too, and anything else as its UTF-8 bytes. Ours for
 * the search page's one file per article, where going through a generator cost several times what
 * writing the bytes does.
 */
final class JsonBytes {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int length;

    /** {@code expected} is the size the text will most likely reach, so the buffer is not grown. */
    JsonBytes(int expected) {
        bytes = new byte[Math.max(16, expected)];
    }

    /** Appends ASCII text that needs no escaping: braces, commas, a member's quoted name and colon. */
    JsonBytes ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
        return this;
    }

    /** Appends {@code text} as a quoted JSON string. */
    JsonBytes string(String text) {
        return string(text.toCharArray(), 0, text.length());
    }

    /** Appends the chars of {@code chars} from {@code from} to {@code to} as a quoted JSON string. */
    JsonBytes string(char[] chars, int from, int to) {
        // room for one byte a char and the quotes; a char of more bytes, or an escape, makes room for its extra
        room(to - from + 2);
        var out = bytes;
        int at = length;
        out[at++] = '"';
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80 && c >= 0x20 && c != '"' && c != '\\') {
                out[at++] = (byte) c;
                continue;
            }
            length = at;
            room(to - i + 6);
            out = bytes;
            if (c >= 0x80 && c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (c >= 0x800 && !Character.isSurrogate(c)) {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else {
                at = escape(c);
            }
        }
        out[at++] = '"';
        length = at;
        return this;
    }

    /** Writes the escape of {@code c} at the end and returns the new end. */
    private int escape(char c) {
        char shortForm = switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
        int at = length;
        bytes[at++] = '\\';
        if (shortForm != 0) {
            bytes[at++] = (byte) shortForm;
            return at;
        }
        bytes[at++] = 'u';
        for (int shift = 12; shift >= 0; shift -= 4) {
            bytes[at++] = HEX[c >> shift & 0xF];
        }
        return at;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    /** The text written, its bytes copied once when the buffer is larger. */
    byte[] bytes() {
        return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    }
}
