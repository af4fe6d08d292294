package dossier.render;

/**
 * The inline text of one block in the plain subset {@link PlainMarkdown} reads, written as
 * Flexmark writes it: {@code **strong**} and {@code *emphasis*} not nested, inline links to
 * plain http(s) URLs, and the typographic extension's apostrophes between letters, paired
 * {@code "…"} guillemets, {@code ...} and {@code --}/{@code ---} dashes. Also gives the text
 * a text-collecting visitor gives (marks and quotes left out), which anchors are made from.
 *
 * <p>Each rule accepts only the forms whose reading by CommonMark's delimiter rules is beyond
 * doubt (a mark that could both open and close, a quote next to a mark, an odd run of dots or
 * dashes); anything else answers false, and the whole text goes to Flexmark.
 */
final class PlainInline {

    /** The text, and a copy of its chars for the scan: charAt on a French text checks its index at every char. */
    private final String source;
    private final char[] s;
    private final int from;
    private final int to;
    private final StringBuilder html;
    private final StringBuilder text;
    /** Inside a link's text, where only words, punctuation and typography are taken. */
    private final boolean linkText;
    /** The length of the open emphasis run, 0 when none is open. */
    private int emphasis;
    private boolean quoted;

    private PlainInline(String source, char[] s, int from, int to, StringBuilder html, StringBuilder text,
            boolean linkText) {
        this.source = source;
        this.s = s;
        this.from = from;
        this.to = to;
        this.html = html;
        this.text = text;
        this.linkText = linkText;
    }

    /**
     * Writes {@code source} between the bounds; false when it holds anything outside the subset.
     * {@code chars} are its chars, copied once for all its blocks.
     */
    static boolean write(String source, char[] chars, int from, int to, StringBuilder html, StringBuilder text) {
        return from < to && new PlainInline(source, chars, from, to, html, text, false).write();
    }

    private boolean write() {
        int kept = from;
        int i = from;
        while (i < to) {
            char c = s[i];
            // not a char that mark reads (nor a byte-order mark): tested here, not in a method too large to inline
            if (c < 64 ? (LOW >>> c & 1) == 0 : c < 128 ? (HIGH >>> (c - 64) & 1) == 0 : c != '\uFEFF') {
                i++;
                continue;
            }
            html.append(s, kept, i - kept);
            text.append(s, kept, i - kept);
            i = mark(c, i);
            if (i < 0) {
                return false;
            }
            kept = i;
        }
        html.append(s, kept, to - kept);
        text.append(s, kept, to - kept);
        // a space ending a line is a hard break when doubled, and trimmed when single
        return emphasis == 0 && !quoted && s[to - 1] != ' ';
    }

    /**
     * The ASCII characters {@link #mark} looks at, as bits: the marks it reads, and those that take a
     * text out of the subset (every control character, newline included, backslash, {@code & < ` _ ~},
     * DEL). One test a character, as this scan reads every character of a body.
     */
    private static final long LOW = 0xFFFF_FFFFL | bits(0, "*\"'.-!>&<");
    private static final long HIGH = bits(64, "[]|\\`_~\u007F");

    private static long bits(int base, String chars) {
        long bits = 0;
        for (int i = 0; i < chars.length(); i++) {
            bits |= 1L << (chars.charAt(i) - base);
        }
        return bits;
    }

    /** Writes the mark at {@code i} and returns where the text goes on, or -1 outside the subset. */
    private int mark(char c, int i) {
        return switch (c) {
            case '*' -> linkText || quoted ? -1 : emphasis(i);
            case '"' -> linkText ? -1 : quote(i);
            case '\'' -> apostrophe(i);
            case '.' -> dots(i);
            case '-' -> dashes(i);
            case '[' -> linkText || quoted ? -1 : link(i);
            case '!' -> i + 1 < to && s[i + 1] == '[' ? -1 : plain(i);
            case '\n' -> s[i - 1] == ' ' ? -1 : plain(i);
            default -> -1;
        };
    }

    private int plain(int i) {
        html.append(s[i]);
        text.append(s[i]);
        return i + 1;
    }

    /** A run of one or two stars that only opens (no run open) or only closes the open run of its length. */
    private int emphasis(int i) {
        int end = i;
        while (end < to && s[end] == '*') {
            end++;
        }
        int length = end - i;
        int before = kind(i > from ? s[i - 1] : ' ');
        int after = kind(end < to ? s[end] : ' ');
        if (length > 2 || before == UNKNOWN || after == UNKNOWN) {
            return -1;
        }
        boolean left = after != SPACE && (after != PUNCTUATION || before != WORD);
        boolean right = before != SPACE && (before != PUNCTUATION || after != WORD);
        var tag = length == 1 ? "em>" : "strong>";
        if (left && !right && emphasis == 0) {
            html.append('<').append(tag);
            emphasis = length;
        } else if (right && !left && emphasis == length) {
            html.append("</").append(tag);
            emphasis = 0;
        } else {
            return -1;
        }
        return end;
    }

    private static final int SPACE = 0;
    private static final int PUNCTUATION = 1;
    private static final int WORD = 2;
    private static final int UNKNOWN = 3;

    /** How a neighbour of a mark counts for CommonMark's flanking rules; other than ASCII or a letter, not decided here. */
    private static int kind(char c) {
        if (c == ' ' || c == '\n') {
            return SPACE;
        } else if (Character.isLetterOrDigit(c)) {
            return WORD;
        } else if (c > ' ' && c < 0x7F) {
            return PUNCTUATION;
        }
        return UNKNOWN;
    }

    /** A double quote opening after a space or "(" before a word, or closing after a word before a space or punctuation. */
    private int quote(int i) {
        char before = i > from ? s[i - 1] : ' ';
        char after = i + 1 < to ? s[i + 1] : ' ';
        if (!quoted && (before == ' ' || before == '\n' || before == '(') && Character.isLetterOrDigit(after)) {
            html.append("«\u00A0");
        } else if (quoted && (Character.isLetterOrDigit(before) && closes(after)
                || ".!?".indexOf(before) >= 0 && (after == ' ' || after == '\n'))) {
            html.append("\u00A0»");
        } else {
            return -1;
        }
        quoted = !quoted;
        return i + 1;
    }

    private static boolean closes(char after) {
        return after == ' ' || after == '\n' || ",.;:!?)".indexOf(after) >= 0;
    }

    /** An apostrophe between two letters, the only single quote taken. */
    private int apostrophe(int i) {
        if (i == from || i + 1 >= to || !Character.isLetter(s[i - 1]) || !Character.isLetter(s[i + 1])) {
            return -1;
        }
        html.append('’');
        text.append('\'');
        return i + 1;
    }

    /** A dot, or three dots alone as an ellipsis; a spaced ". . .", two dots or a longer run is left to Flexmark. */
    private int dots(int i) {
        int end = i;
        while (end < to && s[end] == '.') {
            end++;
        }
        if (end - i == 2 || end - i > 3 || source.startsWith(" . .", end) && end + 4 <= to) {
            return -1;
        }
        html.append(end - i == 3 ? "&hellip;" : ".");
        text.append(s, i, end - i);
        return end;
    }

    /** A hyphen, or two and three hyphens as en and em dashes. */
    private int dashes(int i) {
        int end = i;
        while (end < to && s[end] == '-') {
            end++;
        }
        if (end - i > 3) {
            return -1;
        }
        html.append(end - i == 1 ? "-" : end - i == 2 ? "&ndash;" : "&mdash;");
        text.append(s, i, end - i);
        return end;
    }

    /** {@code [text](http…)}: its text plain on one line, its URL a plain http(s) address, no title. */
    private int link(int i) {
        int close = source.indexOf(']', i);
        if (close < 0 || close + 1 >= to || s[close + 1] != '(') {
            return -1;
        }
        int end = PlainUrl.end(source, close + 2, to);
        if (end < 0 || end >= to || s[end] != ')') {
            return -1;
        }
        html.append("<a href=\"").append(s, close + 2, end - (close + 2)).append("\">");
        // a link's text is trimmed, and holds no line break
        if (!PlainLines.startsText(source, i + 1, close) || s[close - 1] == ' ' || PlainLines.holds(source, i + 1, close, '\n')
                || !new PlainInline(source, s, i + 1, close, html, text, true).write()) {
            return -1;
        }
        html.append("</a>");
        return end + 1;
    }
}
