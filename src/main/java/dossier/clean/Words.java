package dossier.clean;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text's words as 64-bit hashes, accents and case folded ("Fédération" and "FEDERATION" hash
 * alike), read in one pass without making a string per word: near-duplicate search reads every
 * word of every article, 10,000 articles in a large dossier.
 */
final class Words {

    /** Marks a character that separates words. */
    private static final char SEPARATOR = 0;
    /** Marks a combining accent, which belongs to the letter before it and is skipped. */
    private static final char MARK = 1;
    /** Each character of the Basic Multilingual Plane folded: its lower-case base letter or digit, or a marker. */
    private static final char[] FOLDED = folded();

    private Words() {
    }

    static long[] hashes(String text) {
        var out = new long[Math.max(16, text.length() / 5)];
        int n = 0;
        long hash = 0;
        boolean inWord = false;
        // over a copy of the chars: charAt on a French text checks its index at every char
        for (char raw : text.toCharArray()) {
            char c = FOLDED[raw];
            if (c == MARK) {
                continue;
            }
            if (c == SEPARATOR) {
                if (inWord) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = hash;
                    inWord = false;
                }
                continue;
            }
            hash = inWord ? (hash ^ c) * 0x100000001b3L : (0xcbf29ce484222325L ^ c) * 0x100000001b3L;
            inWord = true;
        }
        if (inWord) {
            out = n == out.length ? Arrays.copyOf(out, n + 1) : out;
            out[n++] = hash;
        }
        return Arrays.copyOf(out, n);
    }

    private static char[] folded() {
        var table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                table[c] = MARK;
            } else if (Character.isLetterOrDigit(c)) {
                // accents are taken off the Latin letters of French and English text (up to Latin Extended-B)
                char base = c < 0x80 || c > 0x24F ? (char) c
                        : Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD).charAt(0);
                char folded = Character.toLowerCase(base);
                table[c] = folded <= MARK ? (char) c : folded;
            }
        }
        return table;
    }
}
