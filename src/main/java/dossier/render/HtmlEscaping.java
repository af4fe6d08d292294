package dossier.render;

/**
 * The templates' HTML escaping: {@code & < > " '} become {@code &amp; &lt; &gt; &quot; &#39;}, every
 * other character stays, exactly as Pebble's own strategy (unbescape's {@code escapeHtml4Xml}) writes
 * them. It is ours only for speed: a page prints a few hundred values, nearly all with nothing to
 * escape, and one scan for the five characters answers that where unbescape looks up every character.
 */
final class HtmlEscaping {

    /** The five characters to escape, as bits. */
    private static final long ESCAPED = 1L << '&' | 1L << '<' | 1L << '>' | 1L << '"' | 1L << '\'';

    private HtmlEscaping() {
    }

    /** The text escaped for HTML content and quoted attributes; the text itself when nothing needs escaping. */
    static String escape(String text) {
        int first = firstToEscape(text);
        if (first < 0) {
            return text;
        }
        var out = new StringBuilder(text.length() + 16);
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // the five all sit below 64: the char's bit, masked off from 64 on (c - 64 is negative below),
            // is one test where spaces, digits and punctuation each took a second branch
            if ((ESCAPED >>> c & 1 & (c - 64) >> 31) != 0) {
                return i;
            }
        }
        return -1;
    }
}
