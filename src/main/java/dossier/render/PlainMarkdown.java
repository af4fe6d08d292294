package dossier.render;

import dossier.model.ParagraphAnchors;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain Markdown nearly every article body is written in, without Flexmark, into the
 * HTML Flexmark would write for it: blocks separated by blank lines, each an ATX heading, a
 * paragraph, a {@code - } list of one-line items, a one-line {@code > } quote or a pipe table,
 * their text as {@link PlainInline} reads it. A text with anything else (a character Markdown
 * gives a meaning to, an indent, a tab, lines not parted by a blank line…) reads as null, and
 * goes to Flexmark whole, so the output never depends on how much this reader knows.
 *
 * <p>Parsing took a third of a large build; the articles of a dossier almost never need more.
 */
final class PlainMarkdown {

    /** A heading: its level, its id and its HTML, its "#" link left out. */
    record Heading(int level, String id, String html) {
    }

    /** A top-level paragraph: its anchor and its text as a text-collecting visitor gives it. */
    record Paragraph(String id, String text) {
    }

    /** What the reader found: the HTML before typography and sanitising, as Flexmark renders it. */
    record Read(String html, List<Heading> headings, List<Paragraph> paragraphs) {
    }

    private final String s;
    /** The chars of {@code s}, copied once for every block's inline scan. */
    private final char[] chars;
    private final StringBuilder html;
    /**
     * A block's inline HTML and its text, while its anchor is not yet known: one pair for all
     * blocks of the text, emptied before each, rather than two fresh builders grown a block.
     */
    private final StringBuilder inline = new StringBuilder();
    private final StringBuilder text = new StringBuilder();
    private final HeadingIds headingIds = new HeadingIds();
    private final ParagraphAnchors anchors = new ParagraphAnchors();
    private final List<Heading> headings = new ArrayList<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();

    private PlainMarkdown(String s) {
        this.s = s;
        this.chars = s.toCharArray();
        this.html = wide(s.length() + s.length() / 4);
    }

    /**
     * An empty builder holding two bytes a char from the start: the typography writes ’ into nearly
     * every French paragraph, where a builder made one byte a char would copy itself wider, having
     * held its first array for nothing.
     */
    private static StringBuilder wide(int capacity) {
        var builder = new StringBuilder().append('’');
        builder.setLength(0);
        builder.ensureCapacity(capacity);
        return builder;
    }

    /** The HTML, headings and paragraphs of {@code markdown}, or null when it is not in the plain subset. */
    static Read read(String markdown) {
        return new PlainMarkdown(markdown).read();
    }

    private Read read() {
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (s.charAt(i) == '\n') {
                i++;
                continue;
            }
            int end = block(i);
            // every block ends the text or is followed by a blank line: no lazy line, no block run into another
            if (end < 0 || end + 1 < n && s.charAt(end + 1) != '\n') {
                return null;
            }
            i = end + 1;
        }
        return headings.isEmpty() && paragraphs.isEmpty() && html.isEmpty() ? null
                : new Read(html.toString(), headings, paragraphs);
    }

    /** Writes the block starting at {@code i}; returns the end of its last line, or -1 outside the subset. */
    private int block(int i) {
        int end = PlainLines.end(s, i);
        char c = s.charAt(i);
        if (c == '#') {
            return heading(i, end);
        } else if (s.startsWith("- ", i)) {
            return list(i);
        } else if (s.startsWith("> ", i)) {
            return quote(i, end);
        } else if (c == '|') {
            return PlainTable.write(s, chars, i, html);
        }
        return paragraph(i);
    }

    private int heading(int i, int end) {
        int level = 0;
        while (i + level < end && s.charAt(i + level) == '#') {
            level++;
        }
        int from = i + level + 1;
        if (level > 6 || from >= end || s.charAt(from - 1) != ' ' || PlainLines.holds(s, from, end, '#')
                || !PlainLines.startsText(s, from, end)) {
            return -1;
        }
        if (!inline(from, end)) {
            return -1;
        }
        var id = headingIds.next(text.toString());
        headings.add(new Heading(level, id, inline.toString()));
        html.append("<h").append(level).append(" id=\"").append(id).append("\">").append(inline)
                .append(MarkdownRenderer.selfLink(id, level)).append('\n');
        return end;
    }

    /** A paragraph of one or more lines, each starting as text does, never as another block would. */
    private int paragraph(int i) {
        int end = PlainLines.end(s, i);
        while (end + 1 < s.length() && s.charAt(end + 1) != '\n') {
            end = PlainLines.end(s, end + 1);
        }
        for (int line = i; line < end; line = PlainLines.end(s, line) + 1) {
            if (!PlainLines.startsText(s, line, PlainLines.end(s, line))) {
                return -1;
            }
        }
        if (!inline(i, end)) {
            return -1;
        }
        var plain = text.toString();
        var id = anchors.next(plain);
        paragraphs.add(new Paragraph(id, plain));
        html.append("<p id=\"").append(id).append("\">").append(inline).append("</p>\n");
        return end;
    }

    /** Writes the inline text between the bounds into {@link #inline} and {@link #text}, emptied first. */
    private boolean inline(int from, int to) {
        inline.setLength(0);
        text.setLength(0);
        return PlainInline.write(s, chars, from, to, inline, text);
    }

    /** A tight list: {@code - } items of one line each, with no blank line between them nor after them before another item. */
    private int list(int i) {
        html.append("<ul>\n");
        int end;
        for (int line = i; ; line = end + 1) {
            end = PlainLines.end(s, line);
            html.append("<li>");
            if (!PlainLines.startsText(s, line + 2, end) || !written(line + 2, end)) {
                return -1;
            }
            html.append("</li>\n");
            if (!s.startsWith("- ", end + 1)) {
                break;
            }
        }
        html.append("</ul>\n");
        int next = end;
        while (next < s.length() && s.charAt(next) == '\n') {
            next++;
        }
        // an item after blank lines belongs to the same list, loose, its items' text in paragraphs
        return s.startsWith("- ", next) ? -1 : end;
    }

    /** Writes the inline text between the bounds straight into the HTML: an item or a quote takes no anchor. */
    private boolean written(int from, int to) {
        text.setLength(0);
        return PlainInline.write(s, chars, from, to, html, text);
    }

    /** A quote of one line; its paragraph is not top-level, so it takes no anchor. */
    private int quote(int i, int end) {
        html.append("<blockquote>\n<p>");
        if (!PlainLines.startsText(s, i + 2, end) || !written(i + 2, end)) {
            return -1;
        }
        html.append("</p>\n</blockquote>\n");
        return end;
    }
}
