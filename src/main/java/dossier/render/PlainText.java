package dossier.render;

/**
 * The reading text of an article's Markdown, for the search index and its passages: markup
 * left out (heading and quote marks, list bullets, emphasis, link targets, table rules), words
 * and punctuation kept, white space collapsed. One pass over the characters and no regular
 * expression, so indexing thousands of articles stays cheap; the pages themselves still come
 * from {@link MarkdownRenderer}. The Markdown is read from a copy of its chars and the text
 * written into a char array: charAt on a French text checks its index at every char.
 */
final class PlainText {

    private final char[] s;
    /** The text so far; never longer than the Markdown, as each char gives at most one. */
    private final char[] out;
    private int length;

    private PlainText(String markdown, int lead) {
        this.s = markdown.toCharArray();
        this.out = new char[lead + s.length + 1];
    }

    static String of(String markdown) {
        var text = new PlainText(markdown, 0);
        return new String(text.out, 0, text.read(markdown));
    }

    /**
     * {@code lead}, a space, then the text of {@code markdown}: what {@code lead + " " + of(markdown)}
     * gives, as chars. The search index and the passage files read it as chars, so it is copied
     * once rather than made a string, joined to its lead and taken apart again.
     */
    static char[] after(String lead, String markdown) {
        var text = new PlainText(markdown, lead.length() + 1);
        lead.getChars(0, lead.length(), text.out, 0);
        text.out[lead.length()] = ' ';
        text.length = lead.length() + 1;
        return java.util.Arrays.copyOf(text.out, text.read(markdown));
    }

    /** Appends the text of every line and returns its length, a space the last line leaves dropped. */
    private int read(String markdown) {
        int textStart = length;
        int start = 0;
        int n = s.length;
        while (start < n) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? n : end;
            line(start, end);
            start = end + 1;
        }
        return length > textStart && out[length - 1] == ' ' ? length - 1 : length;
    }

    /** Appends one line's text, skipping its block marks; a table rule or a fence adds nothing. */
    private void line(int from, int to) {
        int i = skipSpaces(from, to);
        if (startsWith("```", i) || startsWith("~~~", i) || isTableRule(i, to)) {
            return;
        }
        while (i < to && (s[i] == '#' || s[i] == '>')) {
            i++;
        }
        i = skipSpaces(i, to);
        if (i + 1 < to && (s[i] == '-' || s[i] == '*' || s[i] == '+') && s[i + 1] == ' ') {
            i += 2;
        }
        inline(i, to);
    }

    /** True when {@code mark} starts at {@code i}: a fence's test. */
    private boolean startsWith(String mark, int i) {
        if (i + mark.length() > s.length) {
            return false;
        }
        for (int k = 0; k < mark.length(); k++) {
            if (s[i + k] != mark.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int skipSpaces(int i, int to) {
        while (i < to && isSpace(s[i])) {
            i++;
        }
        return i;
    }

    private boolean isTableRule(int from, int to) {
        boolean dash = false;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && !isSpace(c)) {
                return false;
            }
        }
        return dash;
    }

    /** Copies inline text: {@code [label](target)} keeps its label, emphasis and escapes go, spaces collapse. */
    private void inline(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c == '\\' && i + 1 < to) {
                out[length++] = s[++i];
            } else if (c == ']' && i + 1 < to && s[i + 1] == '(') {
                int close = indexOf(')', i);
                i = close < 0 || close >= to ? i : close;
            } else if (c == '|' || isSpace(c)) {
                space();
            } else if (c != '*' && c != '_' && c != '`' && c != '[' && !(c == '!' && i + 1 < to && s[i + 1] == '[')) {
                out[length++] = c;
            }
        }
        space();
    }

    /** Where {@code c} is first found from {@code from} on, to the end of the Markdown; -1 when nowhere. */
    private int indexOf(char c, int from) {
        for (int i = from; i < s.length; i++) {
            if (s[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** White space, ASCII control characters included. */
    static boolean isSpace(char c) {
        return c <= ' ' || c >= 0x80 && isWideWhitespace(c);
    }

    /**
     * {@link Character#isWhitespace} for a char past ASCII, answered by comparisons instead of its
     * table: a body's apostrophes, dashes and no-break spaces sit among Java's few white spaces there.
     */
    static boolean isWideWhitespace(char c) {
        return c >= 0x2000 ? c <= 0x200A && c != 0x2007 || c == 0x2028 || c == 0x2029 || c == 0x205F || c == 0x3000
                : c == 0x1680;
    }

    private void space() {
        if (length > 0 && out[length - 1] != ' ') {
            out[length++] = ' ';
        }
    }
}
