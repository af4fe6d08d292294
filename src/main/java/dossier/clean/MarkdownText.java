package dossier.clean;

import java.util.regex.Pattern;

/**
 * Scraped text written as Markdown that reads back as the same text: characters Markdown would
 * take as markup are escaped. Scraped text is untrusted, so a stray {@code <script>} or
 * {@code [link](javascript:…)} must stay visible text, never become markup.
 */
final class MarkdownText {

    /** Inline markup: emphasis, code, links, raw HTML, and the escape character itself. */
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<])");
    /** "1. " or "1) " opening a paragraph would make it an ordered list. */
    private static final Pattern ORDERED = Pattern.compile("^\\d{1,9}(?=[.)](?: |$))");
    /** Heading, quote, list and fence markers a paragraph must not open with. */
    private static final String BLOCK_MARKS = "#>+-~";

    private MarkdownText() {
    }

    static String escape(String text) {
        var escaped = INLINE.matcher(text).replaceAll("\\\\$1");
        var ordered = ORDERED.matcher(escaped);
        if (ordered.find()) {
            return escaped.substring(0, ordered.end()) + "\\" + escaped.substring(ordered.end());
        }
        if (!escaped.isEmpty() && BLOCK_MARKS.indexOf(escaped.charAt(0)) >= 0) {
            return "\\" + escaped;
        }
        return escaped;
    }
}
