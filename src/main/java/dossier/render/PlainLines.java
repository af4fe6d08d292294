package dossier.render;

/**
 * The line rules of the plain subset {@link PlainMarkdown} reads: how a line of text may start so
 * that no Markdown block could start there ({@link PlainInline} refuses the characters no text of
 * the subset holds: every character of a body outside block marks is in some block's text).
 */
final class PlainLines {

    private PlainLines() {
    }

    /** Where the line starting at {@code i} ends: its newline, or the end of the text. */
    static int end(String s, int i) {
        int end = s.indexOf('\n', i);
        return end < 0 ? s.length() : end;
    }

    /**
     * True when a line's text starting at {@code from} starts as plain text does: a letter, a digit
     * not opening a numbered list, a visible character past ASCII, a parenthesis, a double quote, a
     * bracket, or stars that open emphasis; never a space or any mark that starts a block.
     */
    static boolean startsText(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        char c = s.charAt(from);
        if (Character.isLetter(c)) {
            return true;
        } else if (c >= '0' && c <= '9') {
            int end = from;
            while (end < to && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
                end++;
            }
            return end == to || s.charAt(end) != '.' && s.charAt(end) != ')';
        } else if (c == '*') {
            int end = from;
            while (end < to && s.charAt(end) == '*') {
                end++;
            }
            return end < to && s.charAt(end) != ' ';
        }
        return c >= 0x80 && !Character.isWhitespace(c) && !Character.isSpaceChar(c) || c == '(' || c == '"' || c == '[';
    }

    /** True when {@code c} occurs between the bounds. */
    static boolean holds(String s, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }
}
