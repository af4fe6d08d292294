package dossier.render;

/**
 * The reading text of an article's Markdown, for the search index and its passages: markup
 * left out (heading and quote marks, list bullets, emphasis, link targets, table rules), words
 * and punctuation kept, white space collapsed. One pass over the characters and no regular
 * expression, so indexing thousands of articles stays cheap; the pages themselves still come
 * from {@link MarkdownRenderer}.
 */
final class PlainText {

    private PlainText() {
    }

    static String of(String markdown) {
        var text = new StringBuilder(markdown.length());
        int start = 0;
        int n = markdown.length();
        while (start < n) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? n : end;
            line(markdown, start, end, text);
            start = end + 1;
        }
        int last = text.length();
        return last > 0 && text.charAt(last - 1) == ' ' ? text.substring(0, last - 1) : text.toString();
    }

    /** Appends one line's text, skipping its block marks; a table rule or a fence adds nothing. */
    private static void line(String s, int from, int to, StringBuilder out) {
        int i = skipSpaces(s, from, to);
        if (s.startsWith("```", i) || s.startsWith("~~~", i) || isTableRule(s, i, to)) {
            return;
        }
        while (i < to && (s.charAt(i) == '#' || s.charAt(i) == '>')) {
            i++;
        }
        i = skipSpaces(s, i, to);
        if (i + 1 < to && "-*+".indexOf(s.charAt(i)) >= 0 && s.charAt(i + 1) == ' ') {
            i += 2;
        }
        inline(s, i, to, out);
    }

    private static int skipSpaces(String s, int i, int to) {
        while (i < to && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isTableRule(String s, int from, int to) {
        boolean dash = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && !isSpace(c)) {
                return false;
            }
        }
        return dash;
    }

    /** Copies inline text: {@code [label](target)} keeps its label, emphasis and escapes go, spaces collapse. */
    private static void inline(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < to) {
                out.append(s.charAt(++i));
            } else if (c == ']' && i + 1 < to && s.charAt(i + 1) == '(') {
                int close = s.indexOf(')', i);
                i = close < 0 || close >= to ? i : close;
            } else if (c == '|' || isSpace(c)) {
                space(out);
            } else if (c != '*' && c != '_' && c != '`' && c != '[' && !(c == '!' && i + 1 < to && s.charAt(i + 1) == '[')) {
                out.append(c);
            }
        }
        space(out);
    }

    /** White space, the ASCII kind answered without a table look-up. */
    private static boolean isSpace(char c) {
        return c <= ' ' || c >= 128 && Character.isWhitespace(c);
    }

    private static void space(StringBuilder out) {
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) != ' ') {
            out.append(' ');
        }
    }
}
