package dossier.load;

import dossier.model.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A content file read as strict UTF-8: byte-order mark dropped, CRLF and CR turned into LF.
 * A file that is not UTF-8 is a problem naming the first bad byte, never mojibake.
 */
public record TextFile(Path file, String text) {

    /**
     * Files past this size are refused: the longest press article runs to some 100 KB, so 2 MB is
     * a pasted dump or a wrong file, and it keeps memory bounded.
     */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    /**
     * Reads {@code path}; on a problem, adds it to {@code problems} (naming {@code shown}) and
     * returns {@code null}.
     */
    public static TextFile read(Path path, Path shown, List<Problem> problems) throws IOException {
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            problems.add(Problem.error(shown, 0, "file is " + size / 1024 + " KB, over the limit of "
                    + MAX_BYTES / 1024 + " KB", "split it, or remove what is not article text"));
            return null;
        }
        var bytes = Files.readAllBytes(path);
        if (bytes.length == 0) {
            problems.add(Problem.error(shown, 0, "empty file", "write its content, or delete it"));
            return null;
        }
        var text = decode(bytes);
        if (text == null) {
            problems.add(Problem.error(shown, 0, "not UTF-8 (byte " + firstBadByte(bytes) + ")",
                    "save the file as UTF-8 in your editor"));
            return null;
        }
        if (text.indexOf('\0') >= 0) {
            problems.add(Problem.error(shown, 0, "binary file (NUL byte " + (text.indexOf('\0') + 1) + ")",
                    "only text files belong here"));
            return null;
        }
        return new TextFile(shown, normalize(text));
    }

    /**
     * The text of {@code bytes}, or null when they are not UTF-8. The JDK's own decoding into a string is several
     * times faster than a reporting decoder, and puts U+FFFD for every bad sequence: only a text holding one (a
     * file that is not UTF-8, or one that writes that character itself) is decoded again, strictly.
     */
    private static String decode(byte[] bytes) {
        var text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** 1-based offset of the first byte that does not decode, found by decoding ever longer valid prefixes. */
    static long firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() + 1L : bytes.length;
    }

    static String normalize(String text) {
        var noBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (noBom.indexOf('\r') < 0) {
            // the usual case: one scan instead of two replacing passes
            return noBom;
        }
        return noBom.replace("\r\n", "\n").replace('\r', '\n');
    }
}
