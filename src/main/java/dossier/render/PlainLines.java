package dossier.render;

/**
 * The line rules of the plain subset {@link PlainMarkdown} reads: which characters a text may
 * hold at all, and how a line of text may start so that no Markdown block could start there.
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
     * True when {@code s} holds no character that escapes, starts an entity, HTML, code or a
     * strike-through, is a control character, a tab or a byte-order mark, and no line ends in a space
     * (two of them make a hard break).
     */
    static boolean plainCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' && c != '\n' || c == 0x7F || c == '\uFEFF') {
                return false;
            }
            switch (c) {
                case '\\', '&', '<', '`', '_', '~' -> {
                    return false;
                }
                case ' ' -> {
                    if (i + 1 == s.length() || s.charAt(i + 1) == '\n') {
                        return false;
                    }
                }
                default -> { }
            }
        }
        return true;
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
