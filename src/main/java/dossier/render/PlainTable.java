package dossier.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A pipe table as {@link PlainMarkdown} takes it: a header row, a rule of dashes only (no
 * alignment), and at least one body row, every row between outer pipes with the header's number
 * of cells, none empty; written as Flexmark's table extension writes it.
 */
final class PlainTable {

    private PlainTable() {
    }

    /**
     * Writes the table starting at {@code i}; returns the end of its last line, or -1 when it is not
     * of that kind. {@code chars} are the chars of {@code s}, for the cells' inline scan.
     */
    static int write(String s, char[] chars, int i, StringBuilder html) {
        int headerEnd = PlainLines.end(s, i);
        var header = cells(s, i, headerEnd);
        if (header == null || headerEnd + 1 >= s.length() || !rule(s, headerEnd + 1, PlainLines.end(s, headerEnd + 1), header.size())) {
            return -1;
        }
        html.append("<table class=\"table\">\n<thead>\n");
        if (!row(s, chars, header, "th", html)) {
            return -1;
        }
        html.append("</thead>\n<tbody>\n");
        int end = PlainLines.end(s, headerEnd + 1);
        do {
            int start = end + 1;
            end = PlainLines.end(s, start);
            var cells = start < s.length() ? cells(s, start, end) : null;
            if (cells == null || cells.size() != header.size() || !row(s, chars, cells, "td", html)) {
                return -1;
            }
        } while (end + 1 < s.length() && s.charAt(end + 1) == '|');
        html.append("</tbody>\n</table>\n");
        return end;
    }

    private static boolean row(String s, char[] chars, List<int[]> cells, String tag, StringBuilder html) {
        html.append("<tr>");
        for (var cell : cells) {
            html.append('<').append(tag).append('>');
            if (!PlainInline.write(s, chars, cell[0], cell[1], html, new StringBuilder())) {
                return false;
            }
            html.append("</").append(tag).append('>');
        }
        html.append("</tr>\n");
        return true;
    }

    /** The bounds of each cell's text, spaces trimmed, or null when the line is not a row between outer pipes. */
    private static List<int[]> cells(String s, int from, int to) {
        if (to - from < 3 || s.charAt(from) != '|' || s.charAt(to - 1) != '|') {
            return null;
        }
        var cells = new ArrayList<int[]>();
        int start = from + 1;
        for (int pipe = start; pipe < to; pipe++) {
            if (s.charAt(pipe) != '|') {
                continue;
            }
            int a = start;
            int b = pipe;
            while (a < b && s.charAt(a) == ' ') {
                a++;
            }
            while (b > a && s.charAt(b - 1) == ' ') {
                b--;
            }
            if (a == b || !PlainLines.startsText(s, a, b)) {
                return null;
            }
            cells.add(new int[] {a, b});
            start = pipe + 1;
        }
        return cells;
    }

    /** True for {@code |---|---|}: as many cells as the header, each three dashes or more, nothing else. */
    private static boolean rule(String s, int from, int to, int count) {
        if (to - from < 5 || s.charAt(from) != '|' || s.charAt(to - 1) != '|') {
            return false;
        }
        int cells = 0;
        int dashes = 0;
        for (int i = from + 1; i < to; i++) {
            char c = s.charAt(i);
            if (c == '-') {
                dashes++;
            } else if (c == '|' && dashes >= 3) {
                cells++;
                dashes = 0;
            } else {
                return false;
            }
        }
        return cells == count;
    }
}
