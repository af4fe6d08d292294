package dossier.clean;

import java.text.Normalizer;

/**
 * Removes accents one character at a time, so the result has the very same length as the input.
 *
 * <p>Rules and date words match the stripped text while names and phrases are cut from the
 * original at the same offsets, keeping "Gnassingbé" accented in the output. That is why this
 * does not use {@link dossier.model.Slug#fold}, which spells "œ" as "oe" and shifts offsets.
 */
final class Accents {

    private Accents() {
    }

    static String strip(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char plain = plain(c);
            if (plain != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = plain;
            }
        }
        return out == null ? text : new String(out);
    }

    /** Latin-1 and Latin Extended-A, where French and most scraped text live, worked out once. */
    private static final char[] LATIN = latin();

    private static char[] latin() {
        var table = new char[0x180];
        for (char c = 0; c < table.length; c++) {
            table[c] = decompose(c);
        }
        return table;
    }

    /** Lower case one character at a time, so offsets stay valid as they do for {@link #strip}. */
    static String lowerCase(String text) {
        var out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(out[i]);
        }
        return new String(out);
    }

    private static char plain(char c) {
        if (c < 0x80) {
            return c;
        }
        return c < LATIN.length ? LATIN[c] : decompose(c);
    }

    private static char decompose(char c) {
        if (c == '’' || c == '‘' || c == 'ʼ') {
            return '\'';
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        var decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return decomposed.length() > 1 && Character.getType(decomposed.charAt(1)) == Character.NON_SPACING_MARK
                ? decomposed.charAt(0) : c;
    }
}
