package dossier.render;

/**
 * The templates' HTML escaping: {@code & < > " '} become {@code &amp; &lt; &gt; &quot; &#39;}, every
 * other character stays, exactly as Pebble's own strategy (unbescape's {@code escapeHtml4Xml}) writes
 * them. It is ours only for speed: a page prints a few hundred values, nearly all with nothing to
 * escape, and one scan for the five characters answers that where unbescape looks up every character.
 */
final class HtmlEscaping {

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
            // the five all sit at or below '>', so most characters are passed by one comparison
            if (c <= '>' && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'')) {
                return i;
            }
        }
        return -1;
    }
}
